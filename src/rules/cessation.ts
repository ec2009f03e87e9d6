import type { Match } from '../lexicon/match.js';
import type { RuleContext, WorkingHit } from './context.js';
import { firstAtOrAfter } from './context.js';
import { scopeStart } from './scope.js';

/**
 * cessation — "We call on China to cease its aggressive actions", "urged Manila to stop provocations",
 * "the Philippines should stop provocations": asking one other side to stop its own act names that act
 * as theirs, an accusation, so a confrontation hit that a cessation negator (`params.cessations.negators`:
 * stop, cease, halt, refrain from, …) governs keeps its pole instead of flipping into engagement
 * (modifier `cessation:<appeal>`). The negator must follow an appeal or demand hit
 * (`params.cessations.categories`: "call on", "urge", "demanded that") with the one side asked between
 * them, or a modal (`params.cessations.modals`: "must", "should") whose subject is another side. A call
 * on several sides, or on none, is an appeal to de-escalate and flips as any negation does: "urged both
 * sides to cease hostilities", "called for a halt to the fighting", "urged the federal government and
 * the regional leadership to cease hostilities" (`params.cessations.mutual`: both, all, and, …), and so
 * is a speaker's own resolve ("we must stop the fighting"). Off without `params.cessations`.
 *
 * Returns the word that makes the cessation a demand on another side, or `undefined`.
 */
export function demandedOf(context: RuleContext, hit: WorkingHit, negator: Match): string | undefined {
  const cessations = context.lexicon.params.cessations;
  if (cessations === undefined || hit.pole !== 'confrontation' || !cessations.negators.includes(negator.pattern.term)) return undefined;
  const tokens = context.analysis.tokens;
  const start = scopeStart(context, negator.first, REACH);
  let modal = negator.first - 1;
  while (tokens[modal]?.pos === 'ADV') modal -= 1;
  if (modal >= start && cessations.modals.includes(tokens[modal]?.normal ?? '')) {
    return isOneOtherSide(context, subjectStart(context, start, modal), modal, cessations) ? tokens[modal]?.normal : undefined;
  }
  const appeal = lastAppealBefore(context.hits, start, negator.first, cessations.categories);
  if (appeal === undefined || !isOneOtherSide(context, appeal.last + 1, negator.first, cessations)) return undefined;
  return context.analysis.text.slice(tokens[appeal.first]?.start ?? 0, tokens[appeal.last]?.end ?? 0).toLowerCase();
}

/** The last hit of the given categories wholly inside `[start, before)`. */
function lastAppealBefore(hits: readonly WorkingHit[], start: number, before: number, categories: readonly string[]): WorkingHit | undefined {
  for (let h = firstAtOrAfter(hits, before) - 1; h >= 0; h -= 1) {
    const hit = hits[h] as WorkingHit;
    if (hit.first < start) return undefined;
    if (hit.last < before && categories.includes(hit.category)) return hit;
  }
  return undefined;
}

/** Where the subject of a modal starts: after the last verb between the clause start and the modal ("said Manila should stop"). */
function subjectStart(context: RuleContext, start: number, modal: number): number {
  const tokens = context.analysis.tokens;
  for (let t = modal - 1; t >= start; t -= 1) {
    const pos = tokens[t]?.pos;
    if (pos === 'VERB' || pos === 'AUX' || pos === 'SCONJ') return t + 1;
  }
  return start;
}

/** Whether the tokens `[from, to)` name one side other than the speaker: some word, none of them the speaker's or several sides'. */
function isOneOtherSide(context: RuleContext, from: number, to: number, cessations: { readonly mutual: readonly string[] }): boolean {
  const tokens = context.analysis.tokens;
  let named = false;
  for (let t = from; t < to; t += 1) {
    const token = tokens[t];
    if (token === undefined) return false;
    if (cessations.mutual.includes(token.normal) || SPEAKER.has(token.normal)) return false;
    if (token.pos === 'PROPN' || token.pos === 'NOUN' || token.pos === 'PRON') named = true;
  }
  return named;
}

/** The speaker's own side: "we must stop the fighting" is resolve, not a demand. */
const SPEAKER: ReadonlySet<string> = new Set(['we', 'i', 'us', 'our']);

/** Tokens before the negator searched for the appeal or the modal's clause: "called on the Armenian leadership to refrain from" is 7. */
const REACH = 12;
