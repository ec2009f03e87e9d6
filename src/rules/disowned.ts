import { isInnerHyphen, type Token } from '../nlp/index.js';
import { signOf, type RuleContext } from './context.js';
import { nounPhraseEnd, QUOTATION_MARKS } from './phrase.js';

/**
 * disowned — "imposed a so-called 'border cooperation fee' of 500 dollars on every Bolivian truck": a
 * name the speaker disowns with a word of `params.disowned.words` ("so-called", "self-styled") is no
 * act of engagement. The engagement hits of the noun phrase after it (past a quotation mark) that still
 * count for engagement once negation and refusal have run count 0 (modifier `disowned:<word>`); "the
 * so-called sanctions" stay sanctions, and "rejects the so-called memorandum of understanding" keeps
 * its refusal. Off without `params.disowned`.
 */
export function disowned(context: RuleContext): void {
  const words = context.lexicon.params.disowned?.words;
  if (words === undefined || !context.hits.some((hit) => hit.factor !== 0 && signOf(hit) > 0)) return;
  const { tokens, sentences } = context.analysis;
  const sentence = sentences[tokens[context.hits[0]?.first ?? 0]?.sentence ?? 0];
  if (sentence === undefined) return;
  const written = piecesOf(words);
  for (let t = sentence.firstToken; t < sentence.lastToken; t += 1) {
    let word: string | undefined;
    let after: number | undefined;
    for (const [w, pieces] of written) {
      after = tokens[t]?.normal === pieces[0] ? wordAt(tokens, t, pieces) : undefined;
      if (after !== undefined) {
        word = w;
        break;
      }
    }
    if (word === undefined || after === undefined) continue;
    let from = after;
    while (QUOTATION_MARKS.has(tokens[from]?.normal ?? '')) from += 1;
    const end = nounPhraseEnd(tokens, from, REACH);
    for (const hit of context.hits) {
      if (hit.first < from || hit.last > end || hit.factor === 0 || signOf(hit) < 0) continue;
      hit.factor = 0;
      hit.modifiers.push(`disowned:${word}`);
    }
  }
}

/**
 * The token after a word written at token `t` in its `pieces` ("so-called" as "so", "-", "called"),
 * hyphens passed; `undefined` when it is not there.
 */
function wordAt(tokens: readonly Token[], t: number, pieces: readonly string[]): number | undefined {
  let at = t;
  for (const piece of pieces) {
    if (tokens[at]?.normal !== piece) return undefined;
    at += isInnerHyphen(tokens, at + 1) ? 2 : 1;
  }
  return at;
}

/** The words with their lower-case pieces between hyphens, once per list (the rule runs for every sentence). */
function piecesOf(words: readonly string[]): ReadonlyArray<readonly [string, readonly string[]]> {
  let pieces = PIECES.get(words);
  if (pieces === undefined) {
    pieces = words.map((w) => [w, w.toLowerCase().split('-')] as const);
    PIECES.set(words, pieces);
  }
  return pieces;
}

const PIECES = new WeakMap<readonly string[], ReadonlyArray<readonly [string, readonly string[]]>>();

/** Words of the disowned name at most: "border cooperation fee" is 3, "memorandum of understanding" 3. */
const REACH = 6;
