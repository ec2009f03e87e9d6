import type { Match } from '../lexicon/match.js';
import type { Token } from '../nlp/index.js';
import { signOf, type RuleContext, type WorkingHit } from './context.js';
import { runStart } from './phrase.js';

/** The modifier of a demand read as an assertion; `demanded` leaves what such a hit says as it is. */
export const ASSERTED = 'asserted';

/**
 * assertion — "Kampala insisted it had no intention of keeping its forces in South Sudan", "Mohamad Hasan
 * insisted that Malaysia's door remained open to Jakarta": a demand verb of `params.assertions.verbs`
 * followed by a clause in the indicative (its first verb inflected or an auxiliary: "had", "remained",
 * "would") asserts what that clause says rather than demanding it. When the hits after it in the sentence
 * count for engagement in all (after negation and polarity), the assurance is the act and the verb counts
 * 0 (modifier `asserted`). It keeps its weight when it asks ("insisting the investment come in cash", "insisted
 * on replacing the mediator"), when what it asserts is hostile ("insisted it would never give up the
 * Essequibo"), when a contrast or a juxtaposition opens its clause ("but insisted", "while Baku insisted")
 * and when a hostile act or a refusal comes before it in the sentence ("rejected the claim, insisting
 * that no such concession had been agreed", "refused Phnom Penh's request …, insisting that only bilateral
 * mechanisms would do"). Off without `params.assertions`.
 */
export function assertion(context: RuleContext): void {
  const verbs = context.lexicon.params.assertions?.verbs;
  if (verbs === undefined) return;
  const tokens = context.analysis.tokens;
  for (const hit of context.hits) {
    const token = tokens[hit.first] as Token;
    if (hit.pole !== 'confrontation' || hit.factor === 0 || hit.first !== hit.last || token.pos !== 'VERB' || !verbs.includes(token.lemma)) continue;
    if (!opensIndicativeClause(tokens, hit.last + 1) || isAfterContrast(context, hit) || hostileBefore(context, hit) || assertedSum(context, hit) <= 0) continue;
    hit.factor = 0;
    hit.modifiers.push(ASSERTED);
  }
}

/**
 * Whether a clause in the indicative opens at `from`, after a "that" or not: the first verb or auxiliary
 * within `CLAUSE_REACH` tokens, with no punctuation before it, is an auxiliary or an inflected verb
 * other than an -ing form. A preposition or particle first ("insisted on", "insist to") opens none.
 */
function opensIndicativeClause(tokens: readonly Token[], from: number): boolean {
  const sentence = tokens[from - 1]?.sentence;
  const start = tokens[from]?.normal === 'that' ? from + 1 : from;
  if (tokens[start]?.pos === 'ADP' || tokens[start]?.pos === 'PART') return false;
  for (let t = start + 1; t < start + CLAUSE_REACH; t += 1) {
    const token = tokens[t];
    if (token === undefined || token.pos === 'PUNCT' || token.sentence !== sentence) return false;
    if (token.pos === 'AUX') return true;
    if (token.pos === 'VERB') return token.normal !== token.lemma && !token.normal.endsWith('ing');
  }
  return false;
}

/** Tokens from the clause's first word to its verb at most: "the Islamic Emirate would". */
const CLAUSE_REACH = 8;

/** Whether a contrast or juxtaposition marker stands in the hit's clause before it ("but insisted", "while Baku insisted"). */
function isAfterContrast(context: RuleContext, hit: WorkingHit): boolean {
  const tokens = context.analysis.tokens;
  const start = runStart(tokens, hit.first - 1, hit.first, (t) => tokens[t]?.pos !== 'PUNCT');
  const inClause = (marker: Match): boolean => marker.first >= start && marker.last < hit.first;
  return context.markers.contrast.some(inClause) || context.markers.juxtaposition.some(inClause);
}

/** Whether a hit counting for confrontation or a refusal stands before the hit (a context holds one sentence). */
function hostileBefore(context: RuleContext, hit: WorkingHit): boolean {
  return context.hits.some((other) => other.last < hit.first && other.factor !== 0 && signOf(other) < 0) || context.markers.refusal.some((refusal) => refusal.last < hit.first);
}

/** What the hits after the hit in its sentence count in all, signed: above 0 for engagement. */
function assertedSum(context: RuleContext, hit: WorkingHit): number {
  let sum = 0;
  for (const other of context.hits) if (other.first > hit.last) sum += signOf(other) * other.weight * other.factor;
  return sum;
}
