import type { RuleContext } from './context.js';

/**
 * polarity — turns the counts from `negation` and `refusal` into flips. A hit governed an odd number of
 * times counts for the other pole, scaled by `params.refusal` (when a refusal governs it) or
 * `params.negation`; an entry marked `onNegation: "drop"` is removed instead ("will not be deterred"
 * says nothing about engagement). An even count cancels ("not without dialogue" stays engagement).
 */
export function polarity(context: RuleContext): void {
  const { negation, refusal } = context.lexicon.params;
  for (const hit of context.hits) {
    const governors = hit.negations + (hit.refusedBy === undefined ? 0 : 1);
    if (governors % 2 === 0) continue;
    const params = hit.refusedBy === undefined ? negation : refusal;
    if (hit.refusedBy === undefined && hit.onNegation === 'drop') {
      hit.factor = 0;
      continue;
    }
    hit.factor *= hit.pole === 'engagement' ? params.engagementFlip : params.confrontationFlip;
    hit.flipped = true;
  }
}
