import type { Token } from '../nlp/index.js';
import { countNothingWithin, type RuleContext } from './context.js';
import { QUOTATION_MARKS, runEnd } from './phrase.js';
import { CLAUSE_BREAK } from './scope.js';

/**
 * obstacle — "Muscat would not be deterred by the strikes on Iran from carrying messages between Tehran
 * and Washington", "Doha 'will not be deterred' from its mediation role by the attack on its capital":
 * what fails to deter a speaker is an obstacle it names, no act of its own toward anyone. After a negated
 * passive of a verb of `params.obstacles.verbs` ("would not be deterred", "will never be dissuaded"),
 * within `REACH` tokens, "by" opens that obstacle, up to "from", "and" or the clause's end: when a "from"
 * phrase tells what the speaker goes on doing (an engagement hit), the obstacle's confrontation hits count
 * 0 (modifier `obstacle:<verb>`). Without one it is defiance of the obstacle ("will not be deterred by
 * Beijing's threats and will press ahead"), left as it is. Off without `params.obstacles`.
 */
export function obstacle(context: RuleContext): void {
  const params = context.lexicon.params.obstacles;
  if (params === undefined || context.hits.length === 0) return;
  const tokens = context.analysis.tokens;
  for (const negator of context.markers.negator) {
    const verb = negatedPassive(tokens, negator.last, params.verbs);
    if (verb === undefined) continue;
    let by = verb + 1;
    while (by <= verb + REACH && tokens[by] !== undefined && tokens[by]?.normal !== 'by' && !CLAUSE_BREAK.has(tokens[by]?.normal ?? '')) by += 1;
    if (tokens[by]?.normal !== 'by' || tokens[by]?.sentence !== tokens[verb]?.sentence) continue;
    const end = runEnd(tokens, by + 1, tokens.length, (t) => !STOPS.has(tokens[t]?.normal ?? '') && !CLAUSE_BREAK.has(tokens[t]?.normal ?? ''));
    if (end > by && goesOn(context, verb, by, end)) countNothingWithin(context, by + 1, end, 'confrontation', `obstacle:${(tokens[verb] as Token).normal}`);
  }
}

/**
 * Whether the speaker says what it goes on doing: a "from" phrase right after the verb or after the "by"
 * phrase (`by`..`end`) holds an engagement hit ("from carrying messages", "from its mediation role"). "Will
 * not be deterred by Beijing's threats and will press ahead" is defiance, which the obstacle carries.
 */
function goesOn(context: RuleContext, verb: number, by: number, end: number): boolean {
  const tokens = context.analysis.tokens;
  let from = verb + 1;
  while (QUOTATION_MARKS.has(tokens[from]?.normal ?? '')) from += 1;
  if (tokens[from]?.normal !== 'from') from = end + 1;
  if (tokens[from]?.normal !== 'from') return false;
  const last = from < by ? by - 1 : runEnd(tokens, from + 1, tokens.length, (t) => !CLAUSE_BREAK.has(tokens[t]?.normal ?? '') && tokens[t]?.pos !== 'CCONJ');
  return context.hits.some((hit) => hit.first > from && hit.last <= last && hit.pole === 'engagement' && hit.factor !== 0);
}

/** Words that end the "by" phrase: "from" (what the speaker goes on doing) and "and" (what it does next). */
const STOPS: ReadonlySet<string> = new Set(['from', 'and']);

/** The participle of one of `verbs` in the passive a negator ending at `last` negates ("not be deterred", "never been dissuaded"), or `undefined`. */
function negatedPassive(tokens: readonly Token[], last: number, verbs: readonly string[]): number | undefined {
  let passive = false;
  let t = last + 1;
  for (; VERB_GROUP.has(tokens[t]?.pos ?? ''); t += 1) passive ||= tokens[t]?.lemma === 'be';
  const verb = tokens[t];
  return passive && verb?.pos === 'VERB' && verbs.includes(verb.lemma) ? t : undefined;
}

/** Tags between a negator and its passive participle: "not be", "never have been", "not, in the end, be", "not be '". */
const VERB_GROUP: ReadonlySet<string> = new Set(['AUX', 'ADV', 'PUNCT']);

/** Tokens from the verb to its "by" at most: "deterred' from its mediation role in Gaza by" is 8. */
const REACH = 8;
