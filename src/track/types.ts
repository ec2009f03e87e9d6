import type { StanceLabel, StatementTime } from '../types.js';

/**
 * The length of the periods a series is cut into. Weeks are ISO weeks (Monday to Sunday); quarters are
 * calendar quarters (January–March, …).
 *
 * @example
 * tracker.series({ interval: 'week' }) // points run Monday to Sunday
 */
export type Interval = 'day' | 'week' | 'month' | 'quarter' | 'year';

/**
 * How statements are weighted in means, standard deviations and intervals:
 * `equal` (every statement counts 1) or `confidence` (each counts its `stance.confidence`, in [0, 1]).
 * Label shares and `n` are counts under both.
 *
 * @example
 * createTracker({ interval: 'month', weighting: 'confidence' })
 */
export type Weighting = 'equal' | 'confidence';

/**
 * One statement to track. A `ScoredStatement` from `analyze` is one; so is any object with these fields.
 * Only `date` and `granularity` of `time` are read.
 *
 * @example
 * const input: TrackInput = {
 *   actor: 'north-korea', target: 'south-korea',
 *   time: { date: '2025-08-18', granularity: 'day' },
 *   stance: { score: -0.62, label: 'confrontation', confidence: 0.8 },
 * };
 */
export interface TrackInput {
  /** The speaker's actor id; `null` (speaker unknown) is counted in `tracker.skipped`, not tracked. */
  readonly actor: string | null;
  /** The actor the statement is aimed at; `null` or absent when there is none. */
  readonly target?: string | null;
  /** `date` is `YYYY-MM-DD`, `YYYY-MM` or `YYYY` to match `granularity`. */
  readonly time: Pick<StatementTime, 'date' | 'granularity'>;
  readonly stance: {
    /** In [−1, 1]; positive = engagement. */
    readonly score: number;
    readonly label: StanceLabel;
    /** In [0, 1]; the weight under `weighting: 'confidence'`. */
    readonly confidence: number;
  };
  /** Not read by the tracker; `dedupe` compares it. */
  readonly text?: string;
  /** Where the statement was published; `dedupe` compares it. */
  readonly source?: string;
}

/**
 * Options of `createTracker`. Trackers can only be merged when all their options are equal.
 *
 * @example
 * createTracker({ interval: 'month', weighting: 'confidence', halfLife: 3, minN: 5 })
 */
export interface TrackerOptions {
  /** The default interval of `series`, `actors` and `shifts`. */
  readonly interval: Interval;
  /** Default `equal`. */
  readonly weighting?: Weighting;
  /** Half-life of the EWMA, in intervals (> 0): a mean `halfLife` intervals old has half the weight. Default 3. */
  readonly halfLife?: number;
  /** Points with fewer statements than this (an integer ≥ 1) are flagged `sparse`. Default 3. */
  readonly minN?: number;
}

/**
 * `TrackerOptions` with every default filled in, as in `tracker.options`.
 *
 * @example
 * createTracker({ interval: 'week' }).options // { interval: 'week', weighting: 'equal', halfLife: 3, minN: 3 }
 */
export type ResolvedTrackerOptions = Readonly<Required<TrackerOptions>>;

/**
 * Which series `tracker.series` returns.
 * - `{}`: every actor's overall series and every dyad;
 * - `{ actor }`: that actor's overall series (all targets together);
 * - `{ actor, target }`: the dyad; `{ target }`: every actor's dyad with that target.
 *
 * @example
 * tracker.series({ actor: 'north-korea', target: 'south-korea', interval: 'quarter' })
 */
export interface SeriesQuery {
  readonly actor?: string;
  readonly target?: string;
  /** Default: the tracker's interval. */
  readonly interval?: Interval;
}

/**
 * The statements of one series in one period. `n: 0` marks an empty period (between the series' first
 * and last non-empty ones): then `mean`, `sd`, `ci` and the shares are `null`, never `NaN`.
 *
 * @example
 * { start: '2025-08-01', end: '2025-08-31', n: 3, mean: -0.2, sd: 0.3, ci: [-0.945, 0.545],
 *   engagementShare: 0.333, confrontationShare: 0.667, mixedShare: 0, neutralShare: 0, ewma: -0.15, sparse: false }
 */
export interface Point {
  /** First day of the period, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day of the period, `YYYY-MM-DD`, inclusive. */
  readonly end: string;
  /** Statements in the period (a count, whatever the weighting). */
  readonly n: number;
  /**
   * Mean score in [−1, 1], weighted by confidence under `weighting: 'confidence'`. `null` when `n` is 0,
   * or when every statement has confidence 0 under confidence weighting (there is no weight to average).
   */
  readonly mean: number | null;
  /**
   * Sample standard deviation (denominator n − 1; with weights, the unbiased reliability-weight form
   * Σw(x − mean)² / (Σw − Σw²/Σw)). `null` with fewer than two statements of positive weight.
   */
  readonly sd: number | null;
  /**
   * 95% Student-t interval for the mean, clamped to [−1, 1]: mean ± t(0.975, nₑ − 1) · sd / √nₑ with
   * nₑ = (Σw)²/Σw² (= n under equal weighting). When `sd` is `null` (a single statement) nothing bounds
   * the mean, so the interval is the whole range [−1, 1]. `null` when `mean` is `null`. Identical scores
   * give sd 0 and an interval of no width, which describes those scores, not the certainty a few
   * statements can give: read it with `n` and `sparse`.
   */
  readonly ci: readonly [low: number, high: number] | null;
  /** Share of the period's statements labelled `engagement`, in [0, 1] (counts, not weights); `null` when `n` is 0. */
  readonly engagementShare: number | null;
  /** Share labelled `confrontation`. */
  readonly confrontationShare: number | null;
  /** Share labelled `mixed`. */
  readonly mixedShare: number | null;
  /** Share labelled `neutral`. */
  readonly neutralShare: number | null;
  /**
   * Exponentially weighted moving average of the period means, in time order, with
   * alpha = 1 − 2^(−1/halfLife): each non-empty period's mean counts once, whatever its `n`. Starts at the
   * first mean; a period without a mean carries the previous value forward, and ages the earlier means
   * as any period does (after `e` empty periods the next mean has the weight 1 − (1 − alpha)^(e + 1)), so
   * a mean `halfLife` intervals old weighs half as much as it did, whether or not the intervals between
   * had statements.
   */
  readonly ewma: number | null;
  /**
   * True when the mean rests on too few statements to read alone: `n` < `minN`, or under confidence
   * weighting the effective sample size nₑ = (Σw)²/Σw² < `minN` (statements of confidence 0, and
   * weights dominated by a few statements, count for little).
   */
  readonly sparse: boolean;
}

/**
 * One actor's stance over time, towards one target or (`target: null`) towards everyone.
 *
 * Statements whose date is coarser than the interval cannot be placed in a period and are not spread
 * over days: a statement dated `YYYY-MM` falls into a month, quarter or year point but at day or week
 * intervals it is only counted in `coarse`; one dated `YYYY` only fits year points. A series whose
 * statements are all coarse has no points.
 *
 * @example
 * { actor: 'north-korea', target: null, interval: 'month', coarse: 2, points: [...] }
 */
export interface Series {
  readonly actor: string;
  /** The target id, or `null` for the actor's overall series (every statement, with or without target). */
  readonly target: string | null;
  readonly interval: Interval;
  /** Statements dated too coarsely to fit a period of this interval (see above). */
  readonly coarse: number;
  /** Consecutive periods from the first to the last non-empty one, empty periods included with `n: 0`. */
  readonly points: readonly Point[];
}

/**
 * The whole record of one actor.
 *
 * @example
 * { actor: 'north-korea', n: 412, mean: -0.41, sd: 0.33, first: '2023-01-04', last: '2025-08-19', trend: 0.05, trendCI: [-0.04, 0.14], coarse: 3 }
 */
export interface ActorSummary {
  readonly actor: string;
  /** Every tracked statement of the actor, coarse ones included. */
  readonly n: number;
  /** Weighted like the points; `null` when no statement has weight. */
  readonly mean: number | null;
  readonly sd: number | null;
  /** First day of the earliest statement's date, `YYYY-MM-DD` (`2024-03` counts from `2024-03-01`). */
  readonly first: string;
  /** Last day of the latest statement's date, inclusive (`2024-03` counts to `2024-03-31`). */
  readonly last: string;
  /**
   * Weighted least-squares slope of the statements' scores against their periods' midpoints (periods of
   * the tracker's interval), in score units per year (365.2425 days): each statement counts by its
   * weight, as in the means, so a period of one statement pulls less than one of two hundred. `null`
   * with fewer than two periods that have weight.
   */
  readonly trend: number | null;
  /**
   * 95% t interval of `trend` (nₑ − 2 degrees of freedom), taking statements as independent and equally
   * noisy around the line; `null` when `trend` is, or fewer than three statements carry the weight.
   * A trend whose interval spans 0 is no evidence of a drift.
   */
  readonly trendCI: readonly [number, number] | null;
  /** Statements too coarsely dated for the tracker's interval (not in `trend`, but in `n` and `mean`). */
  readonly coarse: number;
}

/**
 * Which series `tracker.shifts` examines (selected like `SeriesQuery`) and how strict it is.
 *
 * @example
 * tracker.shifts({ actor: 'north-korea', minEffect: 0.4 })
 */
export interface ShiftOptions extends SeriesQuery {
  /**
   * Smallest |after − before| reported, in score units. Default 0.3. A smaller change is dropped and its
   * two segments merged, so the changes beside it are measured across it (small steps that add up count).
   */
  readonly minEffect?: number;
  /**
   * Significance level of each permutation test, in (0, 1). Default 0.01, since every selected series is
   * tested (at 0.05, one flat series in 20 would show a change). At 0.001 only a split that none of the
   * 999 permutations matches is significant; below it, none is.
   */
  readonly alpha?: number;
}

/**
 * A lasting change in one series' mean.
 *
 * @example
 * { actor: 'north-korea', target: null, at: '2025-06-01', before: -0.6, after: -0.1, effect: 0.5, confidence: 0.998 }
 */
export interface Shift {
  readonly actor: string;
  readonly target: string | null;
  /** First day of the first non-empty period after the change, `YYYY-MM-DD`. */
  readonly at: string;
  /** Weighted mean score from the previous reported change (or the series' start) up to the change. */
  readonly before: number;
  /** Weighted mean score from the change up to the next reported change (or the series' end). */
  readonly after: number;
  /** after − before, in [−2, 2]. */
  readonly effect: number;
  /**
   * 1 − the permutation p-value of the split, in [0, 0.999] (999 permutations): of the test that found
   * it, within the stretch of periods it was found in (before a neighbouring change below `minEffect`
   * was dropped, when one was). Not the probability that the change is real.
   */
  readonly confidence: number;
}

/**
 * One stored bucket in `TrackerJSON`: the date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`; its length gives
 * the granularity), the statement count, Σw, Σw², the weighted mean, Σw(x − mean)², and the counts of
 * statements labelled engagement, confrontation, mixed and neutral.
 *
 * @example
 * ['2025-08-18', 2, 2, 2, -0.5, 0.02, 0, 2, 0, 0] // two confrontational statements, −0.6 and −0.4
 */
export type BucketJSON = [
  date: string,
  n: number,
  sumW: number,
  sumW2: number,
  mean: number,
  m2: number,
  engagement: number,
  confrontation: number,
  mixed: number,
  neutral: number,
];

/**
 * A tracker as plain JSON (`tracker.toJSON()`; `JSON.stringify(tracker)` gives the same). It holds the
 * sufficient statistics, not the statements, so it grows with actors × targets × days.
 *
 * @example
 * { version: 1, options: { interval: 'month', weighting: 'equal', halfLife: 3, minN: 3 }, skipped: 0,
 *   series: [{ actor: 'north-korea', target: null, buckets: [['2025-08-18', 2, 2, 2, -0.5, 0.02, 0, 2, 0, 0]] }] }
 */
export interface TrackerJSON {
  /** The format version; 1. */
  readonly version: 1;
  readonly options: ResolvedTrackerOptions;
  /** Statements skipped because their actor was `null`. */
  readonly skipped: number;
  /** Sorted by actor, then target with the overall series (`null`) first; buckets sorted by date. */
  readonly series: readonly { readonly actor: string; readonly target: string | null; readonly buckets: readonly BucketJSON[] }[];
}
