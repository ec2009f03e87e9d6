import type { Lexicon } from '../lexicon/types.js';
import type { RuleContext, WorkingHit } from './context.js';

/**
 * How a sentence with a juxtaposition marker ("kept its coast guard ships at the shoal while opening a
 * hotline") sets its acts side by side: `paired` when the lexicon knows acts on both sides of the
 * marker (or the marker only states a condition: "nothing to negotiate while their tanks stand on our
 * land", where the act is negated or refused, also by its own words: "would not sit idly by while its
 * water share shrank"), `one-sided` when every counted hit lies on one side and the other side holds a
 * verb the lexicon does not know: a second act, unscored.
 */
export type Juxtaposition = 'paired' | 'one-sided';

/** The sentence's juxtaposition, or `undefined` without a marker. */
export function juxtapositionOf(context: RuleContext): Juxtaposition | undefined {
  const marker = context.markers.juxtaposition[0];
  if (marker === undefined) return undefined;
  let before = 0;
  let after = 0;
  for (const hit of context.hits) {
    if (hit.factor === 0) continue;
    if (hit.negators.length > 0 || hit.refusedBy !== undefined || writtenNegated(hit, context)) return 'paired';
    if (hit.last < marker.first) before += 1;
    else if (hit.first > marker.last) after += 1;
  }
  if ((before > 0) === (after > 0)) return 'paired';
  const { tokens, sentences } = context.analysis;
  const sentence = sentences[tokens[marker.first]?.sentence ?? 0];
  if (sentence === undefined) return 'paired';
  const [from, to] = before > 0 ? [marker.last + 1, sentence.lastToken] : [sentence.firstToken, marker.first - 1];
  for (let t = from; t <= to; t += 1) if (tokens[t]?.pos === 'VERB') return 'one-sided';
  return 'paired';
}

const negatorWords = new WeakMap<Lexicon, ReadonlySet<string>>();

/** Parts of speech of content words: a negator among them reverses an act ("withdraw troops", "lift the ban") rather than negating it. */
const CONTENT = new Set(['VERB', 'NOUN', 'PROPN', 'AUX', 'ADJ']);

/**
 * Whether the entry writes its act negated: its first word is a negator that is a function word
 * ("not sit idly by", "nothing to discuss"), not a verb of reversal ("withdraw troops").
 */
function writtenNegated(hit: WorkingHit, { lexicon, analysis }: RuleContext): boolean {
  let words = negatorWords.get(lexicon);
  if (words === undefined) {
    words = new Set(lexicon.modifiers.negators.filter((n) => n.direction !== 'before').map((n) => n.term.toLowerCase()));
    negatorWords.set(lexicon, words);
  }
  const first = analysis.tokens[hit.first];
  return first !== undefined && !CONTENT.has(first.pos) && words.has(first.normal);
}
