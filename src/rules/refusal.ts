import type { RuleContext, WorkingHit } from './context.js';
import { firstAtOrAfter, trigger } from './context.js';
import { scopeEnd } from './scope.js';

/**
 * refusal — "rejected Seoul's proposals", "refused to resume talks" (confrontation) versus "refused to
 * join the sanctions" (engagement). A refusal marker governs the hits in its scope, which `polarity`
 * then flips with `params.refusal` factors; a hit whose category says `refused: "reject"` (someone
 * else's demands or accusations: "dismissed their demands") is dropped instead, and one whose category
 * says `refused: "pass"` (a call: "vetoed a draft calling for a ceasefire") is dropped while the refusal
 * reaches on to what it calls for. A refusal that flips no hit is itself a confrontation hit with the
 * marker's own weight ("Pyongyang refused."); a negated refusal does neither.
 */
export function refusal(context: RuleContext): void {
  const { window } = context.lexicon.params.refusal;
  context.markers.refusal.forEach((marker) => {
    if ((context.refusalNegations.get(marker) ?? 0) % 2 === 1) return;
    let end = scopeEnd(context, marker.last, window);
    const label = `refusal:${trigger(context, marker)}`;
    let flipped = 0;
    for (let h = firstAtOrAfter(context.hits, marker.last + 1); h < context.hits.length && (context.hits[h]?.first ?? Infinity) <= end; h += 1) {
      const hit = context.hits[h] as WorkingHit;
      if (hit.refusedBy !== undefined) continue;
      hit.refusedBy = marker;
      hit.modifiers.push(label);
      const refused = context.lexicon.categories[hit.category]?.refused;
      if (refused === 'reject' || refused === 'pass') hit.factor = 0;
      else flipped += 1;
      if (refused === 'pass') end = Math.max(end, scopeEnd(context, hit.last, window));
    }
    if (flipped > 0) return;
    const item = context.lexicon.modifiers.refusals[marker.pattern.index];
    if (item === undefined) return;
    context.hits.splice(firstAtOrAfter(context.hits, marker.first), 0, {
      first: marker.first,
      last: marker.last,
      term: item.term,
      pole: 'confrontation',
      category: item.category,
      weight: item.weight,
      onNegation: 'flip',
      factor: 1,
      flipped: false,
      negators: [],
      refusedBy: undefined,
      modifiers: [],
    });
  });
}
