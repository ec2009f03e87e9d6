import { isPossessive } from '../nlp/index.js';
import type { RuleContext } from './context.js';

/**
 * source — "talks ran aground on Monday, mediators said", "Qatar's chief negotiator told reporters",
 * "…, said a mediator": a hit on the head noun of the phrase that is the subject of a finite verb of
 * `params.sources.verbs`, right before it, or that follows such a verb at the end of the sentence, names
 * who is speaking, not an act, and counts 0 (modifier `source:<verb>`). A word before the head says what
 * kind of speaker it is and keeps its hit ("Aid officials said", "the peace envoy said"), and so does a
 * source after "according to", which is often a record whose kind is the stance ("according to a
 * complaint filed with the board"). Off without `params.sources`.
 */
export function source(context: RuleContext): void {
  const verbs = context.lexicon.params.sources?.verbs;
  if (verbs === undefined || context.hits.length === 0) return;
  const tokens = context.analysis.tokens;
  for (const hit of context.hits) {
    // The head of the phrase speaks; a word before it says what kind of speaker ("Aid officials said").
    if (!NOMINAL.has(tokens[hit.last]?.pos ?? '') || phraseEnd(tokens, hit.last) !== hit.last) continue;
    const after = hit.last + 1;
    const before = phraseStart(tokens, hit.first) - 1;
    // A finite verb: "left the talks saying" has the talks for its object, not its speaker.
    const speaking = (t: number): boolean => tokens[t]?.pos === 'VERB' && tokens[t]?.sentence === tokens[hit.first]?.sentence && verbs.includes(tokens[t]?.lemma ?? '') && !tokens[t]?.normal.endsWith('ing');
    let verb: number | undefined;
    if (speaking(after)) verb = after;
    else if (speaking(before) && isSentenceEnd(tokens, after)) verb = before;
    if (verb === undefined) continue;
    hit.factor = 0;
    hit.modifiers.push(`source:${tokens[verb]?.normal}`);
  }
}

/** The last token of the noun phrase a noun at `t` heads or modifies ("peace" in "a UN peace envoy"). */
function phraseEnd(tokens: RuleContext['analysis']['tokens'], t: number): number {
  let end = t;
  while (NOMINAL.has(tokens[end + 1]?.pos ?? '') && tokens[end + 1]?.sentence === tokens[t]?.sentence) end += 1;
  return end;
}

/** The first token of the noun phrase before token `t`: its articles, possessives, adjectives and names. */
function phraseStart(tokens: RuleContext['analysis']['tokens'], t: number): number {
  let start = t;
  while ((PHRASE.has(tokens[start - 1]?.pos ?? '') || isPossessive(tokens[start - 1])) && tokens[start - 1]?.sentence === tokens[t]?.sentence) start -= 1;
  return start;
}

/** Whether token `t` ends the sentence: "…, said a mediator." */
function isSentenceEnd(tokens: RuleContext['analysis']['tokens'], t: number): boolean {
  const token = tokens[t];
  return token === undefined || token.sentence !== tokens[t - 1]?.sentence || SENTENCE_END.has(token.normal);
}

const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?', ';']);

const NOMINAL: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);
const PHRASE: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);
