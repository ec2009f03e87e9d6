import type { Token } from '../nlp/index.js';
import type { RuleContext, WorkingHit } from './context.js';
import { clauseEnd } from './phrase.js';
import { CLAUSE_BREAK } from './scope.js';

/**
 * question — "Asked whether Dhaka would retaliate against India's new port restrictions, the adviser
 * replied: …", "Asked about the abductions issue, the prime minister replied that the door … remains
 * wide open": a sentence that opens with a participle of one of `params.questions.verbs` holds a
 * reporter's question up to its first comma, words put to the speaker rather than the speaker's own. Its
 * hits count 0 (modifier `question:<participle>`) when the answer after the comma holds a hit of its own;
 * an answer with none ("a spokesman said there was no such plan") leaves the question to carry what the
 * answer is about. The same question follows the answer after "when" ("the foreign secretary asked when
 * pressed about Tehran's call for new talks", "said when asked whether Suva would host the next round
 * of talks"), up to the clause's end. Off without `params.questions`.
 */
export function question(context: RuleContext): void {
  const verbs = context.lexicon.params.questions?.verbs;
  const first = context.hits[0];
  if (verbs === undefined || first === undefined) return;
  const { tokens, sentences } = context.analysis;
  const sentence = sentences[(tokens[first.first] as Token).sentence];
  if (sentence === undefined) return;
  const opener = firstWord(tokens, sentence.firstToken, sentence.lastToken);
  if (isQuestionVerb(tokens[opener], verbs)) {
    let comma = opener + 1;
    while (comma <= sentence.lastToken && tokens[comma]?.normal !== ',') comma += 1;
    if (comma <= sentence.lastToken) putToSpeaker(context, opener, comma);
  }
  for (let t = opener + 1; t < sentence.lastToken; t += 1) {
    // The answer may be a quotation the tokenizer ends as a sentence of its own ("…in its prisons?" the secretary asked when pressed).
    if (tokens[t]?.normal === 'when' && isQuestionVerb(tokens[t + 1], verbs)) putToSpeaker(context, t + 1, clauseEnd(tokens, t + 2), context.previous);
  }
}

/** Whether `token` is the participle of a verb of questioning ("asked", "pressed"). */
function isQuestionVerb(token: Token | undefined, verbs: readonly string[]): token is Token {
  return token !== undefined && verbs.includes(token.lemma) && token.normal.endsWith('ed');
}

/**
 * The hits from `from` to `to`, a question put to the speaker, count 0 when the sentence holds a hit
 * outside them, or `before` holds one: the answer.
 */
function putToSpeaker(context: RuleContext, from: number, to: number, before: readonly WorkingHit[] = []): void {
  const inside = (hit: WorkingHit): boolean => hit.first >= from && hit.last <= to;
  if (context.hits.every(inside) && before.every((hit) => hit.factor === 0)) return;
  const participle = (context.analysis.tokens[from] as Token).normal;
  for (const hit of context.hits) {
    if (!inside(hit)) continue;
    hit.factor = 0;
    hit.modifiers.push(`question:${participle}`);
  }
}

/** The sentence's first word: past line breaks and punctuation (an opening quotation mark, a dash). */
function firstWord(tokens: readonly Token[], from: number, to: number): number {
  let t = from;
  while (t < to && (tokens[t]?.pos === 'SPACE' || tokens[t]?.pos === 'PUNCT')) t += 1;
  return t;
}

/**
 * withheld — "Lavoie declined to say whether Ottawa supported the surcharge", "she would not say whether
 * Astana would seek compensation": a question the speaker leaves unanswered, "whether" after a verb of
 * `params.withheld.verbs` that is declined ("declined to", "refused to") or negated ("would not", "did
 * not"), says nothing the speaker does, and nor does what such a verb would have been "on" ("declined to
 * comment on the timing of the next round of talks"). The hits of its clause, from "whether" or "on" to
 * the next clause punctuation, count 0 (modifier `withheld:<verb>`). Off without `params.withheld`.
 */
export function withheld(context: RuleContext): void {
  const verbs = context.lexicon.params.withheld?.verbs;
  if (verbs === undefined) return;
  const tokens = context.analysis.tokens;
  for (const hit of context.hits) {
    if (hit.factor === 0) continue;
    const verb = withheldVerb(tokens, hit.first, verbs);
    if (verb === undefined) continue;
    hit.factor = 0;
    hit.modifiers.push(`withheld:${verb.normal}`);
  }
}

/**
 * The declined or negated verb of telling before the "whether" whose clause holds token `t`, within
 * `WHETHER_REACH` tokens back and no clause punctuation between; `undefined` if none.
 */
function withheldVerb(tokens: readonly Token[], t: number, verbs: readonly string[]): Token | undefined {
  const sentence = tokens[t]?.sentence;
  for (let w = t - 1; w >= t - WHETHER_REACH; w -= 1) {
    const token = tokens[w];
    if (token === undefined || token.sentence !== sentence || CLAUSE_BREAK.has(token.normal)) return undefined;
    // "declined to comment on the timing of the next round of talks": what the comment would be on.
    const commented = tokens[w - 1];
    if (token.normal === 'on' && commented !== undefined && verbs.includes(commented.lemma)) return isWithheld(tokens, w - 1) ? commented : undefined;
    if (token.normal !== 'whether') continue;
    // "declined to say whether", "declined to comment on whether".
    const at = tokens[w - 1]?.normal === 'on' ? w - 2 : w - 1;
    const verb = tokens[at];
    return verb !== undefined && verbs.includes(verb.lemma) && isWithheld(tokens, at) ? verb : undefined;
  }
  return undefined;
}

/** Whether the verb at `v` is declined ("declined to say", "refused to confirm") or negated ("would not say", "did not comment"). */
function isWithheld(tokens: readonly Token[], v: number): boolean {
  const before = tokens[v - 1];
  if (before?.normal === 'to') return DECLINING.has(tokens[v - 2]?.lemma ?? '');
  return NEGATIONS.has(before?.normal ?? '');
}

/** Tokens from "whether" to a hit of its clause at most: "whether the U.S. embassy in Havana would restore visa processing" is 9. */
const WHETHER_REACH = 10;
/** Lemmas of verbs that decline what "to" and a verb of telling would do. */
const DECLINING: ReadonlySet<string> = new Set(['decline', 'refuse']);
const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never']);
