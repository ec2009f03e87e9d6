import { StancetrackError } from '../errors.js';
import { describeValue, isIterable } from '../util/describe.js';
import { sortedKeys, Store } from './buckets.js';
import { timeKey } from './input.js';
import { checkSeriesQuery, resolveShiftOptions, resolveTrackerOptions } from './options.js';
import { gather, toSeries } from './series.js';
import { parseTrackerJSON, storeToJSON } from './serialize.js';
import { detectShifts } from './shifts.js';
import { summarize } from './summary.js';
import type { ActorSummary, ResolvedTrackerOptions, Series, SeriesQuery, Shift, ShiftOptions, TrackerJSON, TrackInput, TrackerOptions } from './types.js';

/**
 * Aggregates statements into per-actor and per-dyad stance series. It keeps sufficient statistics per
 * day (or per month or year for statements dated that coarsely), never the statements, so memory grows
 * with actors × targets × days. Statements may arrive in any order; the results are the same up to
 * floating-point rounding.
 *
 * @example
 * const tracker = createTracker({ interval: 'month' });
 * tracker.addMany(statements);
 * tracker.series({ actor: 'north-korea' })[0]?.points.map((p) => p.mean); // [-0.41, null, -0.12]
 */
export interface Tracker {
  /** The options, with defaults filled in. */
  readonly options: ResolvedTrackerOptions;
  /** Statements not tracked because their `actor` was `null`. */
  readonly skipped: number;
  /**
   * Counts one statement: in its actor's overall series and, when it has a target, in the dyad.
   *
   * @throws StancetrackError `E_INPUT` naming the bad field, e.g. `stance.score: expected a number in [-1, 1], found NaN`;
   * `E_DATE` when the only problem is a date that is not a calendar date, e.g. `time.date: expected a calendar date
   * YYYY-MM-DD (granularity "day"), found "2025-02-30"`.
   */
  add(statement: TrackInput): void;
  /**
   * Counts every statement of an iterable, in order. Not atomic: when item 12 is invalid, items 0–11
   * stay counted and the error path starts with `[12]`.
   *
   * @throws StancetrackError `E_INPUT` when `statements` is not iterable; for a bad statement, as `add`.
   */
  addMany(statements: Iterable<TrackInput>): void;
  /** The series selected by `query` (see `SeriesQuery` for which), sorted by actor then target, `null` first. */
  series(query?: SeriesQuery): Series[];
  /** One summary per actor, sorted by actor. */
  actors(): ActorSummary[];
  /**
   * Lasting changes in the mean of the selected series (by default every series), sorted by actor,
   * target and date; see `Shift`. Found by binary segmentation on the period means: the split with the
   * largest weighted CUSUM, scaled by the noise seen between neighbouring periods, is tested against
   * 999 seeded permutations of the periods (deterministic; nothing assumed about the scores' distribution).
   * A permutation test on k periods cannot give a p-value below about 2 / C(k, k/2), so at the default
   * α = 0.01 a series needs about ten non-empty periods (eight at α = 0.05) before even a clean step
   * is reported. Cost: about k × 1,000 × (number of tests) steps per
   * series; a flat series stops early.
   *
   * @example
   * tracker.shifts({ actor: 'north-korea', interval: 'month' });
   * // [{ actor: 'north-korea', target: null, at: '2025-06-01', before: -0.6, after: -0.1, effect: 0.5, confidence: 0.999 }]
   */
  shifts(options?: ShiftOptions): Shift[];
  /** The tracker as plain JSON, restored by `Tracker.fromJSON`. */
  toJSON(): TrackerJSON;
}

class StoreTracker implements Tracker {
  readonly options: ResolvedTrackerOptions;
  readonly store: Store;
  skipped: number;

  constructor(options: ResolvedTrackerOptions, store = new Store(), skipped = 0) {
    this.options = options;
    this.store = store;
    this.skipped = skipped;
  }

  add(statement: TrackInput): void {
    this.count(statement, undefined);
  }

  addMany(statements: Iterable<TrackInput>): void {
    if (!isIterable(statements)) throw new StancetrackError('E_INPUT', `addMany: expected an iterable of statements such as an array, found ${describeValue(statements)}`);
    let index = 0;
    for (const statement of statements) this.count(statement, index++);
  }

  series(query: SeriesQuery = {}): Series[] {
    const { actor, target, interval = this.options.interval } = checkSeriesQuery(query);
    return this.store.list({ actor, target }).map((s) => toSeries(s.actor, s.target, interval, gather(s.buckets, interval), this.options));
  }

  actors(): ActorSummary[] {
    return sortedKeys(this.store.actors).map((actor) => summarize(actor, this.store.actors.get(actor)!.overall, this.options.interval));
  }

  shifts(options: ShiftOptions = {}): Shift[] {
    const { actor, target, interval = this.options.interval, minEffect, alpha } = resolveShiftOptions(options);
    return this.store.list({ actor, target }).flatMap((s) => detectShifts(s.actor, s.target, interval, gather(s.buckets, interval), { minEffect, alpha }));
  }

  toJSON(): TrackerJSON {
    return storeToJSON(this.store, this.options, this.skipped);
  }

  private count(statement: TrackInput, index: number | undefined): void {
    const key = timeKey(statement, index);
    const { actor, stance } = statement;
    if (actor === null) {
      this.skipped++;
      return;
    }
    const weight = this.options.weighting === 'confidence' ? stance.confidence : 1;
    this.store.add(actor, statement.target ?? null, statement.time.granularity, key, stance.score, weight, stance.label);
  }
}

/**
 * A new, empty tracker.
 *
 * @throws StancetrackError `E_OPTIONS` when an option is unknown or out of range.
 * @example
 * const tracker = createTracker({ interval: 'quarter', weighting: 'confidence' });
 * tracker.add({ actor: 'north-korea', time: { date: '2025-08-18', granularity: 'day' },
 *   stance: { score: -0.6, label: 'confrontation', confidence: 0.9 } });
 * tracker.series()[0]?.points[0]; // { start: '2025-07-01', end: '2025-09-30', n: 1, mean: -0.6, ... }
 */
export function createTracker(options: TrackerOptions): Tracker {
  return new StoreTracker(resolveTrackerOptions(options));
}

/**
 * Restores trackers saved with `toJSON`.
 *
 * @example
 * const saved = JSON.stringify(tracker);
 * const restored = Tracker.fromJSON(saved); // or Tracker.fromJSON(JSON.parse(saved))
 * restored.series(); // deep-equals tracker.series()
 */
export const Tracker = {
  /**
   * A tracker from `TrackerJSON` or its JSON text, equal to the one saved.
   *
   * @throws StancetrackError `E_INPUT` listing every problem with its JSON path, e.g. `series[0].buckets[3][4]: expected a number in [-1, 1], found 7`.
   */
  fromJSON(json: unknown): Tracker {
    const { options, store, skipped } = parseTrackerJSON(json);
    return new StoreTracker(options, store, skipped);
  },
} as const;

const OPTION_KEYS = ['interval', 'weighting', 'halfLife', 'minN'] as const satisfies readonly (keyof ResolvedTrackerOptions)[];

/**
 * A new tracker equal to one fed every statement of the given trackers, however the statements were
 * split between them, up to floating-point rounding: sums added in another order can differ in their
 * last digits, so compare means with a tolerance, not `===`. The inputs are not changed.
 *
 * @throws StancetrackError `E_OPTIONS` when the trackers' options differ; `E_INPUT` when an argument is
 * not a tracker from `createTracker` or `Tracker.fromJSON`.
 * @example
 * const all = mergeTrackers(trackerFor2024, trackerFor2025);
 */
export function mergeTrackers(first: Tracker, ...rest: Tracker[]): Tracker {
  const trackers = [first, ...rest].map((tracker, i) => {
    if (!(tracker instanceof StoreTracker)) {
      throw new StancetrackError('E_INPUT', `mergeTrackers argument ${i + 1}: expected a tracker from createTracker or Tracker.fromJSON`);
    }
    return tracker;
  });
  const options = trackers[0]!.options;
  const merged = new StoreTracker(options);
  trackers.forEach((tracker, i) => {
    if (OPTION_KEYS.some((key) => tracker.options[key] !== options[key])) {
      throw new StancetrackError(
        'E_OPTIONS',
        `mergeTrackers argument ${i + 1}: expected the options of argument 1 ${JSON.stringify(options)}, found ${JSON.stringify(tracker.options)}`,
      );
    }
    merged.store.merge(tracker.store);
    merged.skipped += tracker.skipped;
  });
  return merged;
}
