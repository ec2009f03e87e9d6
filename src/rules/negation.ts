import type { Match } from '../lexicon/match.js';
import type { RuleContext } from './context.js';
import { firstAtOrAfter, trigger } from './context.js';
import { scopeEnd, scopeStart } from './scope.js';

/**
 * negation — "will not seek annexation", "not interested in dialogue", "no intention to attack".
 * Each negator governs the hits after it in its scope (`params.negation.window`, cut at clause
 * punctuation). A refusal marker in scope absorbs the negation ("did not reject the offer" negates the
 * rejection, not the offer). A negator with `direction: "before"` governs the hits just before it in
 * its clause instead ("contract talks collapsed", "the talks were suspended"). Two negators over one
 * hit cancel; flipping happens in `polarity`.
 */
export function negation(context: RuleContext): void {
  const window = context.lexicon.params.negation.window;
  for (const negator of context.markers.negator) {
    if (context.lexicon.modifiers.negators[negator.pattern.index]?.direction === 'before') {
      governBefore(context, negator, window);
      continue;
    }
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

function governBefore(context: RuleContext, negator: Match, window: number): void {
  const start = scopeStart(context, negator.first, window);
  const label = `negation:${trigger(context, negator)}`;
  for (let h = firstAtOrAfter(context.hits, start); h < context.hits.length && (context.hits[h]?.last ?? Infinity) < negator.first; h += 1) {
    const hit = context.hits[h] as (typeof context.hits)[number];
    hit.negations += 1;
    hit.modifiers.push(label);
  }
}
