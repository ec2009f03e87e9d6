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
  const { tokens, sentences } = context.analysis;
  const act = context.hits.find((hit) => hit.factor !== 0 && signOf(hit) < 0);
  const sentence = act === undefined ? undefined : sentences[(tokens[act.first] as Token).sentence];
  if (act !== undefined && sentence !== undefined) {
    for (let t = act.last + 1; t < sentence.lastToken; t += 1) {
      const word = tokens[t + 1] as Token;
      const cited = grievances.terms.includes(word.normal);
      if (tokens[t]?.normal !== ',' || (!cited && !grievances.said.includes(word.normal))) continue;
      if (leanBefore(context, t) < 0 && (cited || firstVerbIn(tokens, t + 2, sentence.lastToken, PAST_PERFECT))) countNothingWithin(context, t + 2, sentence.lastToken, 'engagement', `grievance:${word.normal}`);
      break;
    }
  }
  if (grievances.consequences !== undefined) refusalReason(context, grievances.consequences);
}

/**
 * "Kenya declined to back a proposed IGAD travel ban on South Sudanese officials, arguing that sanctions
 * would only harden positions in Juba": after a refused hostile act, what follows a comma and a word of
 * `consequences.said` whose clause's first verb is one of `consequences.modals`, to the sentence's end,
 * is the harm the refused act would do, the reason for refusing it: its confrontation hits count 0
 * (modifier `grievance:<word>`). The hits before the comma must count for engagement on balance.
 */
function refusalReason(context: RuleContext, consequences: { readonly said: readonly string[]; readonly modals: readonly string[] }): void {
  const { tokens, sentences } = context.analysis;
  const refused = context.hits.find((hit) => hit.refusedBy !== undefined && hit.factor !== 0 && signOf(hit) > 0);
  const sentence = refused === undefined ? undefined : sentences[(tokens[refused.first] as Token).sentence];
  if (refused === undefined || sentence === undefined) return;
  for (let t = refused.last + 1; t < sentence.lastToken; t += 1) {
    const word = tokens[t + 1] as Token;
    if (tokens[t]?.normal !== ',' || !consequences.said.includes(word.normal)) continue;
    if (leanBefore(context, t) > 0 && firstVerbIn(tokens, t + 2, sentence.lastToken, consequences.modals)) countNothingWithin(context, t + 2, sentence.lastToken, 'confrontation', `grievance:${word.normal}`);
    return;
  }
}

/**
 * The balance of the hits before token `end`: a refused hostile act ("refused to bring back checks on its
 * border") leans engagement, and what it says next is no grievance.
 */
function leanBefore(context: RuleContext, end: number): number {
  return leanOf(context.hits, (hit) => hit.last < end);
}

/** Whether the clause said from token `t` has one of `words` as its first verb ("Avarua had not consulted it"), within `SUBJECT_REACH` tokens; "that" may open it. */
function firstVerbIn(tokens: readonly Token[], t: number, last: number, words: readonly string[]): boolean {
  const from = tokens[t]?.normal === 'that' ? t + 1 : t;
  for (let u = from; u <= Math.min(last, from + SUBJECT_REACH); u += 1) {
    const token = tokens[u] as Token;
    if (token.pos === 'AUX' || token.pos === 'VERB') return words.includes(token.normal);
  }
  return false;
}

const PAST_PERFECT: readonly string[] = ['had'];

/** Tokens before the first verb of the clause said: "that women's rights activists had" is 5. */
const SUBJECT_REACH = 6;
