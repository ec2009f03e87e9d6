import type { Token } from '../nlp/index.js';
import type { RuleContext } from './context.js';

/**
 * question — "Asked whether Dhaka would retaliate against India's new port restrictions, the adviser
 * replied: …", "Asked about the abductions issue, the prime minister replied that the door … remains
 * wide open": a sentence that opens with a participle of one of `params.questions.verbs` holds a
 * reporter's question up to its first comma, words put to the speaker rather than the speaker's own. Its
 * hits count 0 (modifier `question:<participle>`) when the answer after the comma holds a hit of its own;
 * an answer with none ("a spokesman said there was no such plan") leaves the question to carry what the
 * answer is about. Off without `params.questions`.
 */
export function question(context: RuleContext): void {
  const verbs = context.lexicon.params.questions?.verbs;
  const first = context.hits[0];
  if (verbs === undefined || first === undefined) return;
  const { tokens, sentences } = context.analysis;
  const sentence = sentences[(tokens[first.first] as Token).sentence];
  if (sentence === undefined) return;
  const opener = firstWord(tokens, sentence.firstToken, sentence.lastToken);
  const participle = tokens[opener];
  if (participle === undefined || !verbs.includes(participle.lemma) || !participle.normal.endsWith('ed')) return;
  let comma = opener + 1;
  while (comma <= sentence.lastToken && tokens[comma]?.normal !== ',') comma += 1;
  if (comma > sentence.lastToken || !context.hits.some((hit) => hit.first > comma)) return;
  for (const hit of context.hits) {
    if (hit.last > comma) break;
    hit.factor = 0;
    hit.modifiers.push(`question:${participle.normal}`);
  }
}

/** The sentence's first word: past line breaks and punctuation (an opening quotation mark, a dash). */
function firstWord(tokens: readonly Token[], from: number, to: number): number {
  let t = from;
  while (t < to && (tokens[t]?.pos === 'SPACE' || tokens[t]?.pos === 'PUNCT')) t += 1;
  return t;
}
