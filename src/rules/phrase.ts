import { isCurrencySign, isGerundBeforeNoun, isHyphenatedPiece, isNounPhraseWord, isParticipleBeforeNoun, isPossessive, joinsModifiers, pastHyphenPieces, type Token } from '../nlp/index.js';
import { CLAUSE_BREAK } from './scope.js';

/**
 * The last token of the run that starts at `start` and goes on while `inside(t)` holds, within `reach`
 * tokens and the sentence of `start`; `start − 1` when the run is empty. Rules use it to find where a
 * noun phrase or a list of them ends.
 */
export function runEnd(tokens: readonly Token[], start: number, reach: number, inside: (t: number) => boolean): number {
  const sentence = tokens[start]?.sentence;
  let end = start - 1;
  for (let t = start; t < start + reach; t += 1) {
    if (tokens[t] === undefined || tokens[t]?.sentence !== sentence || !inside(t)) break;
    end = t;
  }
  return end;
}

/** The last token from `start` before clause punctuation or the sentence's end; `start − 1` if `start` is one. */
export function clauseEnd(tokens: readonly Token[], start: number): number {
  return runEnd(tokens, start, tokens.length, (t) => !CLAUSE_BREAK.has((tokens[t] as Token).normal));
}

/**
 * The first token of the run that ends at `end` and goes back while `inside(t)` holds, within `reach`
 * tokens and the sentence of `end`; `end + 1` when the run is empty. `runEnd` read backwards.
 */
export function runStart(tokens: readonly Token[], end: number, reach: number, inside: (t: number) => boolean): number {
  const sentence = tokens[end]?.sentence;
  let start = end + 1;
  for (let t = end; t > end - reach; t -= 1) {
    if (tokens[t] === undefined || tokens[t]?.sentence !== sentence || !inside(t)) break;
    start = t;
  }
  return start;
}

/**
 * Whether token `t` is a participle in front of a noun as an adjective is: an "-ed" form after an
 * article, a possessive, a number, a preposition or a verb ("the proposed", "to the bombed", "assist
 * detained"), or a hyphenated word's last piece ("US-proposed"); not a verb after its subject ("They
 * proposed sanctions"). wink-nlp tags some of them adjectives ("the shelled villages").
 */
export function isAttributiveParticiple(tokens: readonly Token[], t: number): boolean {
  const participle = tokens[t];
  if (participle === undefined || (participle.pos !== 'VERB' && participle.pos !== 'ADJ') || !participle.normal.endsWith('ed')) return false;
  const before = tokens[t - 1];
  return ATTRIBUTIVE_AFTER.has(before?.pos ?? '') || isPossessive(before) || isHyphenatedPiece(tokens, t);
}

/** What a participle in front of a noun may follow: "the proposed", "two detained", "to bombed", "join proposed". */
const ATTRIBUTIVE_AFTER: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADP', 'VERB']);

/**
 * The last token of the noun phrase's words from `from`, at most `reach` of them; `from - 1` when there
 * are none. A hyphenated word is one word whatever its pieces are ("the US-led naval operations"), an
 * -ing form before a noun is one of its words ("a demining team"), and so is the "and" or "or" between two
 * adjectives or names ("an Italian and Maltese push"); a sum of money counts as one word ("a €100 million
 * grant").
 */
export function nounPhraseEnd(tokens: readonly Token[], from: number, reach: number): number {
  const sentence = tokens[from]?.sentence;
  let end = from - 1;
  for (let t = from, words = 0; words < reach; words += 1) {
    const sign = isCurrencySign(tokens, t);
    if (tokens[t] === undefined || tokens[t]?.sentence !== sentence || (t > from && CLAUSE_OPENERS.has(tokens[t]?.normal ?? '')) || !(isNounPhraseWord(tokens[t]) || sign || isGerundBeforeNoun(tokens, t) || isParticipleBeforeNoun(tokens, t) || joinsModifiers(tokens, t, true))) break;
    // A sum of money is one word, its sign and its number words together: "a €100 million grant".
    if (sign || (tokens[t]?.pos === 'NUM' && tokens[t + 1]?.pos === 'NUM')) words -= 1;
    end = pastHyphenPieces(tokens, t + 1) - 1;
    t = end + 1;
  }
  return end;
}

/** Pronouns the tagger may read as part of a noun phrase that open a clause after it ("a demand that it halt the drills"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom']);

/**
 * The last token of the noun phrase from `from` and of one "of" phrase after it ("dozens of soldiers",
 * "the EU's latest package of sanctions"), each at most `reach` words; `from - 1` when no noun phrase
 * starts there.
 */
export function nounPhraseWithOfEnd(tokens: readonly Token[], from: number, reach: number): number {
  const phrase = nounPhraseEnd(tokens, from, reach);
  if (phrase < from || tokens[phrase + 1]?.normal !== 'of') return phrase;
  return Math.max(phrase, nounPhraseEnd(tokens, phrase + 2, reach));
}

/**
 * Whether a token is a finite verb of `verbs` (lemmas) in `sentence`: "said", "noted", not "saying" ("left
 * the talks saying" has the talks for its object, not its speaker).
 */
export function isSpeakingVerb(token: Token | undefined, sentence: number | undefined, verbs: readonly string[]): boolean {
  return token !== undefined && token.pos === 'VERB' && token.sentence === sentence && verbs.includes(token.lemma) && !token.normal.endsWith('ing');
}

/**
 * The token after a place phrase starting at token `t` ("in Geneva", "at the Berlinale", "in Warsaw"):
 * "in" or "at" and up to `PLACE_WORDS` names, articles or possessives; `t` itself when none starts there.
 * A speaker may stand there before its verb ("Mediators in Geneva said"), and a work where it is shown
 * before what it is about ("an exhibition in Warsaw on the invasion").
 */
export function afterPlace(tokens: readonly Token[], t: number): number {
  if (!PLACE_PREPOSITIONS.has(tokens[t]?.normal ?? '')) return t;
  let next = t + 1;
  while (next - t <= PLACE_WORDS && (tokens[next]?.pos === 'PROPN' || tokens[next]?.pos === 'DET' || isPossessive(tokens[next]))) next += 1;
  return next > t + 1 ? next : t;
}

const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at']);
const PLACE_WORDS = 4;

/**
 * Whether a hit's last word stands in a prepositional phrase inside the hit ("breach of the ceasefire",
 * whose head is "breach"): a noun right after it continues that phrase ("a breach of the ceasefire
 * agreement").
 */
export function endsInPrepositionalPhrase(tokens: readonly Token[], hit: { readonly first: number; readonly last: number }): boolean {
  for (let t = hit.first + 1; t < hit.last; t += 1) if (tokens[t]?.pos === 'ADP') return true;
  return false;
}

/**
 * The token after "by" or "from" and the noun phrase naming who made a proposal, at token `t` ("by
 * several EU member states"), and after "in", "within" or "at" and the forum it was made in ("a proposal
 * within the Eurasian Economic Union to impose anti-dumping duties", "by several EU states in the
 * council"); `t` itself when none stands there.
 */
export function pastProposer(tokens: readonly Token[], t: number): number {
  let at = t;
  for (let phrases = 0; phrases < 2 && PROPOSERS.has(tokens[at]?.normal ?? ''); phrases += 1) {
    const end = nounPhraseEnd(tokens, at + 1, PROPOSER_WORDS);
    if (end <= at) break;
    at = end + 1;
  }
  return at;
}

const PROPOSERS: ReadonlySet<string> = new Set(['by', 'from', 'in', 'within', 'at']);
/** Words of who made the proposal at most: "several EU member states" is 4. */
const PROPOSER_WORDS = 5;

/** Quotation marks, straight and curly, opening and closing. */
export const QUOTATION_MARKS: ReadonlySet<string> = new Set(['"', "'", '“', '”', '‘', '’']);
