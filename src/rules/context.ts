import type { Lexicon } from '../lexicon/types.js';
import type { Match } from '../lexicon/match.js';
import type { Analysis } from '../nlp/index.js';
import type { Pole } from '../types.js';
import { firstIndexWhereNot } from '../util/search.js';

/** A stance-bearing hit while the rules work on it. */
export interface WorkingHit {
  /** Inclusive token range. */
  readonly first: number;
  readonly last: number;
  readonly term: string;
  readonly pole: Pole;
  readonly category: string;
  readonly weight: number;
  readonly onNegation: 'flip' | 'drop' | 'keep';
  /** Product of every factor applied so far. */
  factor: number;
  /** The hit now counts for the other pole. */
  flipped: boolean;
  /** The refusal marker that governs the hit ("rejected … proposals"), if any. */
  refusedBy: Match | undefined;
  /** The negators that govern the hit, in order (their per-item flip factors apply). */
  readonly negators: Match[];
  /** Rules applied, as `rule-id:trigger`. */
  readonly modifiers: string[];
}

/** Everything a rule reads and the hits it may change: one sentence of a text. Built fresh for every text. */
export interface RuleContext {
  readonly analysis: Analysis;
  readonly lexicon: Lexicon;
  /** The sentence's hits, in text order. */
  readonly hits: WorkingHit[];
  /** The previous sentence's hits (empty when it had none), for a contrast marker that opens this one. */
  readonly previous: readonly WorkingHit[];
  /** The sentence's modifier matches by kind, in text order. */
  readonly markers: Readonly<Record<'negator' | 'intensifier' | 'dampener' | 'contrast' | 'conditional' | 'refusal' | 'juxtaposition' | 'figurative' | 'topic' | 'arena' | 'hazard' | 'schedule' | 'currency' | 'returnee' | 'contraband', readonly Match[]>>;
  /** Negators governing each refusal marker, in text order (a negated refusal governs nothing). */
  readonly refusalNegations: Map<Match, Match[]>;
  /** The spans where a rule made one pole's hits count 0 (see `countNothingWithin`), once one has. */
  countedNothing?: CountedNothing[];
}

/** A span where hits of `pole` that pass `also` count 0, with `modifier`: what an actor is thanked for, what an act harms. */
interface CountedNothing {
  readonly start: number;
  readonly end: number;
  readonly pole: Pole;
  readonly modifier: string;
  readonly also: (hit: WorkingHit) => boolean;
}

/** The lower-cased text a marker or hit covers, used in a hit's `modifiers` ("negation:not", "object:undermined"). */
export function trigger(context: RuleContext, match: { readonly first: number; readonly last: number }): string {
  const tokens = context.analysis.tokens;
  return context.analysis.text.slice(tokens[match.first]?.start ?? 0, tokens[match.last]?.end ?? 0).toLowerCase();
}

/**
 * Adds a hit that a rule finds in a marker rather than in an entry (a bare refusal, a negator that is an
 * act of its own, a sum of money given), in text order, governed by `negators`.
 */
export function insertHit(
  context: RuleContext,
  hit: Pick<WorkingHit, 'first' | 'last' | 'term' | 'pole' | 'category' | 'weight'>,
  negators: readonly Match[],
  modifiers: readonly string[],
): void {
  const inserted: WorkingHit = {
    ...hit,
    onNegation: 'flip',
    factor: 1,
    flipped: false,
    negators: [...negators],
    refusedBy: undefined,
    modifiers: [...negators.map((n) => `negation:${trigger(context, n)}`), ...modifiers],
  };
  // A span a rule has made count nothing does so for hits added later too: "thanked Brasília for
  // opposing any military adventure", where the refusal marker becomes a hit after the thanks are read.
  const span = context.countedNothing?.find((s) => s.pole === inserted.pole && s.start <= inserted.first && inserted.last <= s.end && s.also(inserted));
  if (span !== undefined) {
    inserted.factor = 0;
    inserted.modifiers.push(span.modifier);
  }
  context.hits.splice(firstAtOrAfter(context.hits, hit.first), 0, inserted);
}

/** Whether token `t` is inside one of the context's hits: where a rule adding a hit on a verb would count it twice ("pledged $73 million"). */
export function isInsideHit(context: RuleContext, t: number): boolean {
  const at = firstAtOrAfter(context.hits, t);
  return context.hits[at]?.first === t || (context.hits[at - 1]?.last ?? -1) >= t;
}

/** Index of the first item whose first token is at or after `token` (items sorted by `first`). */
export function firstAtOrAfter(items: readonly { readonly first: number }[], token: number): number {
  return firstIndexWhereNot(items.length, (i) => (items[i]?.first ?? 0) < token);
}

/**
 * Makes the hits of `pole` within tokens `start`..`end` that still count (and pass `also`) count 0,
 * with the modifier `rule:trigger` of the act that names them: what a hostile act is done to, what
 * talks are about, what an actor is thanked for; so do hits a later rule adds there (`insertHit`).
 */
export function countNothingWithin(context: RuleContext, start: number, end: number, pole: Pole, modifier: string, also: (hit: WorkingHit) => boolean = () => true): void {
  const { hits } = context;
  (context.countedNothing ??= []).push({ start, end, pole, modifier, also });
  for (let h = firstAtOrAfter(hits, start); h < hits.length && (hits[h] as WorkingHit).last <= end; h += 1) {
    const hit = hits[h] as WorkingHit;
    if (hit.pole !== pole || hit.factor === 0 || !also(hit)) continue;
    hit.factor = 0;
    hit.modifiers.push(modifier);
  }
}

/**
 * Makes the hits within tokens `start`..`end` that still count for engagement after their flips count 0,
 * with `modifier`: engagement a speaker mocks or calls futile (`reproach`, `likening`). Unlike
 * `countNothingWithin` it reads the count after polarity, so a negated hostile act that counts for
 * engagement is among them, and it leaves hits that later rules add alone.
 */
export function countEngagementNothingWithin(context: RuleContext, start: number, end: number, modifier: string): void {
  const { hits } = context;
  for (let h = firstAtOrAfter(hits, start); h < hits.length && (hits[h] as WorkingHit).first <= end; h += 1) {
    const hit = hits[h] as WorkingHit;
    if (hit.last > end || hit.factor === 0 || signOf(hit) <= 0) continue;
    hit.factor = 0;
    hit.modifiers.push(modifier);
  }
}

/** The first hit within tokens `start`..`end` that still counts, for engagement when `sign` is 1 and for confrontation when it is −1. */
export function hitCountingWithin(context: RuleContext, start: number, end: number, sign: 1 | -1): WorkingHit | undefined {
  const { hits } = context;
  for (let h = firstAtOrAfter(hits, start); h < hits.length && (hits[h] as WorkingHit).first <= end; h += 1) {
    const hit = hits[h] as WorkingHit;
    if (hit.last <= end && hit.factor !== 0 && signOf(hit) === sign) return hit;
  }
  return undefined;
}

/** The hits' signed weight together, those `include` takes: above 0 they lean to engagement, below 0 to confrontation. */
export function leanOf(hits: readonly WorkingHit[], include: (hit: WorkingHit) => boolean): number {
  let lean = 0;
  for (const hit of hits) if (include(hit)) lean += signOf(hit) * hit.weight * hit.factor;
  return lean;
}

/** +1 for a hit that counts for engagement, −1 for one that counts for confrontation (after its flips). */
export function signOf(hit: Pick<WorkingHit, 'pole' | 'flipped'>): number {
  return (hit.pole === 'engagement') !== hit.flipped ? 1 : -1;
}
