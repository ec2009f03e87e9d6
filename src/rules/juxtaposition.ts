import type { RuleContext } from './context.js';

/**
 * How a sentence with a juxtaposition marker ("kept its coast guard ships at the shoal while opening a
 * hotline") sets its acts side by side: `paired` when the lexicon knows acts on both sides of the
 * marker (or the marker only states a condition: "nothing to negotiate while their tanks stand on our
 * land", where the act before it is negated or refused), `one-sided` when every counted hit lies on one
 * side and the other side holds a verb the lexicon does not know: a second act, unscored.
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
    if (hit.negators.length > 0 || hit.refusedBy !== undefined) return 'paired';
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
