import type { RuleContext } from './context.js';
import { insertHit, isInsideHit } from './context.js';
import { scopeStart } from './scope.js';

/**
 * transfer — "Norway will release another 50 million dollars to Brazil's Amazon Fund", "Tokyo would fund
 * a $35 million programme in Yemen", "flew 40 tonnes of medicine and food to eastern Chad": a sum of money
 * or of goods by weight (a word of `modifiers.currencies`) given by one of the verbs in
 * `params.transfers.verbs` is material aid (CAMEO 07), an engagement hit of its own on the verb
 * (`params.transfers.weight` and `category`), which negation and refusal then treat like any other ("will
 * not release the funds"). The verb must stand within `params.transfers.reach` tokens before the money in
 * the same clause, and not inside a hit already ("pledged $73 million" keeps its own entry), nor a negator
 * with a hostile hit after the sum in its window: "released €12 million in frozen project funds" is the
 * freeze undone, counted once by negation. Off without `params.transfers`.
 */
export function transfer(context: RuleContext): void {
  const sums = context.markers.currency;
  const params = context.lexicon.params.transfers;
  if (sums.length === 0 || params === undefined) return;
  const tokens = context.analysis.tokens;
  for (const sum of sums) {
    const clause = scopeStart(context, sum.first, params.reach);
    for (let t = sum.first - 1; t >= clause; t -= 1) {
      const token = tokens[t];
      if (token === undefined || token.pos !== 'VERB' || !params.verbs.includes(token.lemma)) continue;
      if (isInsideHit(context, t) || undoesHostileAct(context, t, sum.last)) break;
      insertHit(context, { first: t, last: t, term: token.lemma, pole: 'engagement', category: params.category, weight: params.weight }, [], ['transfer']);
      break;
    }
  }
}

/** Whether the verb at `t` is a negator ("release") with a confrontation hit after the sum, within negation's window of it. */
function undoesHostileAct(context: RuleContext, t: number, sumLast: number): boolean {
  if (!context.markers.negator.some((m) => m.first === t)) return false;
  const end = t + context.lexicon.params.negation.window;
  return context.hits.some((hit) => hit.pole === 'confrontation' && hit.first > sumLast && hit.first <= end);
}
