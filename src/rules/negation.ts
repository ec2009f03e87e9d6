import type { RuleContext } from './context.js';
import { trigger } from './context.js';
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
    const refusal = context.markers.refusal.find((r) => r.first > negator.last && r.first <= end);
    const reach = refusal === undefined ? end : refusal.first - 1;
    if (refusal !== undefined) context.refusalNegations.set(refusal, (context.refusalNegations.get(refusal) ?? 0) + 1);
    const label = `negation:${trigger(context, negator)}`;
    for (const hit of context.hits) {
      if (hit.first > negator.last && hit.first <= reach) {
        hit.negations += 1;
        hit.modifiers.push(label);
      }
    }
  }
}
