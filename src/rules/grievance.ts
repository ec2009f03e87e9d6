import type { Token } from '../nlp/index.js';
import { countNothingWithin, leanOf, signOf, type RuleContext } from './context.js';

/**
 * grievance — "New Zealand paused NZ$18.2 million in funding to the Cook Islands, saying Avarua had not
 * consulted it before signing partnership agreements with China", "ordered a halt to all imports from
 * Kenya, citing Nairobi's decision to host the signing of the founding charter": after a hostile act,
 * what follows a comma and a word of `params.grievances.terms` ("citing"), or a word of
 * `params.grievances.said` ("saying") whose clause opens in the past perfect ("had not consulted"), to
 * the sentence's end, is the reason given for the act: another side's doing told as a grievance. Its
 * engagement hits count 0 once negation and refusal have run (modifier `grievance:<word>`): the act is
 * the statement's stance, not the partnership it complains of. Its confrontation hits still count, as an
 * accusation's do. The hits before the comma must count for confrontation on balance; what is said in
 * another tense is the speaker's own view and keeps its hits ("saying cooperation with Slovak police was
 * working well", "saying Dhaka would honour the contract"). Off without `params.grievances`.
 */
export function grievance(context: RuleContext): void {
  const grievances = context.lexicon.params.grievances;
  if (grievances === undefined) return;
  const act = context.hits.find((hit) => hit.factor !== 0 && signOf(hit) < 0);
  if (act === undefined) return;
  const { tokens, sentences } = context.analysis;
  const sentence = sentences[(tokens[act.first] as Token).sentence];
  if (sentence === undefined) return;
  for (let t = act.last + 1; t < sentence.lastToken; t += 1) {
    const word = tokens[t + 1] as Token;
    const cited = grievances.terms.includes(word.normal);
    if (tokens[t]?.normal !== ',' || (!cited && !grievances.said.includes(word.normal))) continue;
    if (leansConfrontation(context, t) && (cited || opensPastPerfect(tokens, t + 2, sentence.lastToken))) countNothingWithin(context, t + 2, sentence.lastToken, 'engagement', `grievance:${word.normal}`);
    return;
  }
}

/**
 * Whether the hits before token `end` count for confrontation on balance: a refused hostile act ("refused
 * to bring back checks on its border") leans engagement, and what it says next is no grievance.
 */
function leansConfrontation(context: RuleContext, end: number): boolean {
  return leanOf(context.hits, (hit) => hit.last < end) < 0;
}

/** Whether the clause said from token `t` has "had" as its first verb ("Avarua had not consulted it"), within `SUBJECT_REACH` tokens. */
function opensPastPerfect(tokens: readonly Token[], t: number, last: number): boolean {
  for (let u = t; u <= Math.min(last, t + SUBJECT_REACH); u += 1) {
    const token = tokens[u] as Token;
    if (token.pos === 'AUX' || token.pos === 'VERB') return token.normal === 'had';
  }
  return false;
}

/** Tokens before the first verb of the clause said: "that women's rights activists had" is 5. */
const SUBJECT_REACH = 6;
