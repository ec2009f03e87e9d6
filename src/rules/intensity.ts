import type { RuleContext } from './context.js';
import { firstAtOrAfter, trigger } from './context.js';

/**
 * intensity — "strongly condemned" (×factor > 1), "gradually reducing tensions" (×factor < 1).
 * An intensifier or dampener scales the nearest hit that starts within `params.modifiers.window` tokens
 * after it in the same sentence; a hit governed by a refusal is reached through its refusal marker
 * ("flatly rejected the proposal" scales the proposal).
 */
export function intensity(context: RuleContext): void {
  if (context.markers.intensifier.length === 0 && context.markers.dampener.length === 0) return;
  const window = context.lexicon.params.modifiers.window;
  const tokens = context.analysis.tokens;
  const scalers = [
    ...context.markers.intensifier.map((m) => ({ marker: m, rule: 'intensifier', factor: context.lexicon.modifiers.intensifiers[m.pattern.index]?.factor ?? 1 })),
    ...context.markers.dampener.map((m) => ({ marker: m, rule: 'dampener', factor: context.lexicon.modifiers.dampeners[m.pattern.index]?.factor ?? 1 })),
  ];
  // A hit is reached at its anchor: its own first token, or the refusal marker that governs it.
  const anchored = context.hits.map((hit) => ({ first: hit.refusedBy?.first ?? hit.first, hit })).sort((a, b) => a.first - b.first);
  for (const { marker, rule, factor } of scalers) {
    const next = anchored[firstAtOrAfter(anchored, marker.last + 1)];
    if (next === undefined || next.first > marker.last + window || tokens[next.first]?.sentence !== tokens[marker.first]?.sentence) continue;
    const label = `${rule}:${trigger(context, marker)}`;
    for (let a = firstAtOrAfter(anchored, next.first); anchored[a]?.first === next.first; a += 1) {
      const hit = (anchored[a] as (typeof anchored)[number]).hit;
      hit.factor *= factor;
      hit.modifiers.push(label);
    }
  }
}
