import { demandedOf } from './cessation.js';
import type { RuleContext } from './context.js';

/**
 * polarity — turns the counts from `negation` and `refusal` into flips. A hit governed an odd number of
 * times counts for the other pole, scaled by `params.refusal` when a refusal governs it, else by its
 * nearest negator's own factors or `params.negation` ("lifted the sanctions" is a concession as strong
 * as the sanctions; "did not sanction" is weaker). An entry marked `onNegation: "drop"` is removed
 * instead ("will not be deterred" says nothing about engagement), and one marked `"keep"` stays as it
 * is ("no one should mistake our patience for weakness" is the warning itself), and so does another
 * side's act that a speaker asks it to stop ("called on China to cease its aggressive actions", whose
 * appeal then counts 0; see `demandedOf`). An even count cancels ("it is not true that we will never
 * attack" stays an attack).
 */
export function polarity(context: RuleContext): void {
  const { negation, refusal } = context.lexicon.params;
  for (const hit of context.hits) {
    const governors = hit.negators.length + (hit.refusedBy === undefined ? 0 : 1);
    if (governors % 2 === 0) continue;
    if (hit.refusedBy === undefined && hit.onNegation === 'drop') {
      hit.factor = 0;
      continue;
    }
    if (hit.refusedBy === undefined && hit.onNegation === 'keep') continue;
    const nearest = hit.negators.at(-1);
    const demand = hit.refusedBy === undefined && nearest !== undefined ? demandedOf(context, hit, nearest) : undefined;
    if (demand !== undefined) {
      hit.modifiers.push(`cessation:${demand.word}`);
      if (demand.appeal !== undefined && demand.appeal.pole === 'engagement' && demand.appeal.factor !== 0) {
        demand.appeal.factor = 0;
        demand.appeal.modifiers.push('demand');
      }
      continue;
    }
    const own = nearest === undefined ? undefined : context.lexicon.modifiers.negators[nearest.pattern.index];
    const params = hit.refusedBy === undefined ? { ...negation, ...pick(own) } : refusal;
    hit.factor *= hit.pole === 'engagement' ? params.engagementFlip : params.confrontationFlip;
    hit.flipped = true;
  }
}

function pick(negator: { engagementFlip?: number; confrontationFlip?: number } | undefined): { engagementFlip?: number; confrontationFlip?: number } {
  if (negator === undefined) return {};
  return {
    ...(negator.engagementFlip === undefined ? {} : { engagementFlip: negator.engagementFlip }),
    ...(negator.confrontationFlip === undefined ? {} : { confrontationFlip: negator.confrontationFlip }),
  };
}
