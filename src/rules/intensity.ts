import type { RuleContext, WorkingHit } from './context.js';
import { trigger } from './context.js';

/**
 * intensity — "strongly condemned" (×factor > 1), "gradually reducing tensions" (×factor < 1).
 * An intensifier or dampener scales the nearest hit that starts within `params.modifiers.window` tokens
 * after it in the same sentence; a hit governed by a refusal is reached through its refusal marker
 * ("flatly rejected the proposal" scales the proposal).
 */
export function intensity(context: RuleContext): void {
  const window = context.lexicon.params.modifiers.window;
  const tokens = context.analysis.tokens;
  const scalers = [
    ...context.markers.intensifier.map((m) => ({ marker: m, rule: 'intensifier', factor: context.lexicon.modifiers.intensifiers[m.pattern.index]?.factor ?? 1 })),
    ...context.markers.dampener.map((m) => ({ marker: m, rule: 'dampener', factor: context.lexicon.modifiers.dampeners[m.pattern.index]?.factor ?? 1 })),
  ];
  for (const { marker, rule, factor } of scalers) {
    const sentence = tokens[marker.first]?.sentence;
    const anchor = (hit: WorkingHit) => hit.refusedBy?.first ?? hit.first;
    let nearest = Infinity;
    for (const hit of context.hits) {
      const at = anchor(hit);
      if (at > marker.last && at <= marker.last + window && tokens[at]?.sentence === sentence && at < nearest) nearest = at;
    }
    if (nearest === Infinity) continue;
    const label = `${rule}:${trigger(context, marker)}`;
    for (const hit of context.hits) {
      if (anchor(hit) !== nearest) continue;
      hit.factor *= factor;
      hit.modifiers.push(label);
    }
  }
}
