import type { RuleContext, WorkingHit } from './context.js';
import { trigger } from './context.js';

/**
 * preference — "chose dialogue over confrontation", "diplomacy over force": of two acts of opposite
 * poles joined by "over", the second is the one passed over and counts 0 (modifier
 * `preference:<first>`); the first is the choice. The second must follow "over" at once, with no
 * determiner: "talks over the border attack" are talks about the attack (see `agenda`).
 */
export function preference(context: RuleContext): void {
  const { hits } = context;
  const tokens = context.analysis.tokens;
  for (let h = 0; h + 1 < hits.length; h += 1) {
    const chosen = hits[h] as WorkingHit;
    const passed = hits[h + 1] as WorkingHit;
    if (tokens[chosen.last + 1]?.normal !== 'over' || passed.first !== chosen.last + 2 || chosen.pole === passed.pole || chosen.factor === 0 || passed.factor === 0) continue;
    passed.factor = 0;
    passed.modifiers.push(`preference:${trigger(context, chosen)}`);
  }
}
