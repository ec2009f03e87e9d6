import type { RuleContext } from './context.js';
import { firstAtOrAfter, trigger } from './context.js';
import { scopeEnd } from './scope.js';

/**
 * negation — "will not seek annexation", "not interested in dialogue", "no intention to attack".
 * Each negator governs the hits after it in its scope (`params.negation.window`, cut at clause
 * punctuation). A refusal marker in scope absorbs the negation ("did not reject the offer" negates the
 * rejection, not the offer). Two negators over one hit cancel; flipping happens in `polarity`.
 */
export function negation(context: RuleContext): void {
  const window = context.lexicon.params.negation.window;
  for (const negator of context.markers.negator) {
    const end = scopeEnd(context, negator.last, window);
    const refusal = context.markers.refusal[firstAtOrAfter(context.markers.refusal, negator.last + 1)];
    const absorbed = refusal !== undefined && refusal.first <= end ? refusal : undefined;
    const reach = absorbed === undefined ? end : absorbed.first - 1;
    if (absorbed !== undefined) context.refusalNegations.set(absorbed, (context.refusalNegations.get(absorbed) ?? 0) + 1);
    const label = `negation:${trigger(context, negator)}`;
    for (let h = firstAtOrAfter(context.hits, negator.last + 1); h < context.hits.length && (context.hits[h]?.first ?? Infinity) <= reach; h += 1) {
      const hit = context.hits[h] as (typeof context.hits)[number];
      hit.negations += 1;
      hit.modifiers.push(label);
    }
  }
}
