import type { Match } from '../lexicon/match.js';
import type { Token } from '../nlp/index.js';
import type { RuleContext, WorkingHit } from './context.js';
import { trigger } from './context.js';
import { breaksClause } from './scope.js';

/**
 * contraband — "seized two tonnes of cocaine at the port", "coast guards seized a speedboat loaded with
 * cocaine", "2 million captagon pills were seized": seizing drugs or smuggled goods (`modifiers.contraband`)
 * is policing of smugglers, no act against another side, and a confrontation hit of `params.contraband.terms`
 * (seizing: "seize", "seizure", "confiscate") counts 0 (modifier `contraband:<word>`) when such goods stand
 * in its object (after it within `OBJECT_REACH` tokens of its clause) or head the noun phrase right before
 * it with only auxiliaries between (the passive). "Seized a tanker carrying Iranian oil" keeps its weight:
 * oil is no contraband; so does "imposed tariffs on Mexico over fentanyl": a tariff is no seizure. Off
 * without `params.contraband`.
 */
export function contraband(context: RuleContext): void {
  const terms = context.lexicon.params.contraband?.terms;
  const goods = context.markers.contraband;
  if (terms === undefined || goods.length === 0) return;
  const tokens = context.analysis.tokens;
  for (const hit of context.hits) {
    if (hit.pole !== 'confrontation' || hit.factor === 0 || !terms.includes(hit.term)) continue;
    const seized = goods.find((g) => isInObject(tokens, hit, g) || isPassiveSubject(tokens, hit, g));
    if (seized === undefined) continue;
    hit.factor = 0;
    hit.modifiers.push(`contraband:${trigger(context, seized)}`);
  }
}

/** Whether the goods stand after the hit within `OBJECT_REACH` tokens, no clause punctuation between. */
function isInObject(tokens: readonly Token[], hit: WorkingHit, goods: Match): boolean {
  return goods.first > hit.last && goods.first - hit.last <= OBJECT_REACH && !breaksClause(tokens, hit.last + 1, goods.first);
}

/**
 * Whether the goods head the noun phrase right before the hit, only auxiliaries between: "cocaine was
 * seized", "captagon pills were seized".
 */
function isPassiveSubject(tokens: readonly Token[], hit: WorkingHit, goods: Match): boolean {
  if (goods.last >= hit.first) return false;
  let t = goods.last + 1;
  while (t < hit.first && tokens[t]?.pos === 'NOUN') t += 1;
  for (; t < hit.first; t += 1) if (tokens[t]?.pos !== 'AUX') return false;
  return true;
}

/** Tokens after a seizing verb its goods may stand at most: "a speedboat loaded with cocaine" is 5. */
const OBJECT_REACH = 8;
