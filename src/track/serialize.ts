import * as v from 'valibot';
import { StancetrackError, validationError, type ValidationIssue } from '../errors.js';
import type { DateGranularity } from '../types.js';
import { GRANULARITIES, sortedKeys, Store, type SeriesBuckets } from './buckets.js';
import { formatDay, formatMonth, formatYear } from './calendar.js';
import { parseTimeKey } from './intervals.js';
import { describeIssues } from './issues.js';
import { IdSchema, TrackerOptionsSchema, withDefaults } from './options.js';
import type { BucketJSON, ResolvedTrackerOptions, TrackerJSON } from './types.js';

/** The current `TrackerJSON` format. */
const VERSION = 1;

/** A tracker's state as `TrackerJSON`: sorted, so equal trackers give identical JSON. */
export function storeToJSON(store: Store, options: ResolvedTrackerOptions, skipped: number): TrackerJSON {
  const series = store.list({}).map(({ actor, target, buckets }) => ({ actor, target, buckets: bucketsToJSON(buckets) }));
  return { version: VERSION, options: { ...options }, skipped, series };
}

function bucketsToJSON(buckets: SeriesBuckets): BucketJSON[] {
  const out: BucketJSON[] = [];
  for (const granularity of GRANULARITIES) {
    const map = buckets[granularity];
    for (const key of sortedKeys(map)) {
      const m = map.get(key)!;
      out.push([formatKey(granularity, key), m.n, m.sumW, m.sumW2, m.mean, m.m2, m.engagement, m.confrontation, m.mixed, m.neutral]);
    }
  }
  return out;
}

function formatKey(granularity: DateGranularity, key: number): string {
  if (granularity === 'day') return formatDay(key);
  return granularity === 'month' ? formatMonth(key) : formatYear(key);
}

const count = v.pipe(v.number('expected an integer ≥ 0'), v.integer('expected an integer ≥ 0'), v.minValue(0, 'expected an integer ≥ 0'));
const nonNegative = v.pipe(v.number('expected a finite number ≥ 0'), v.finite('expected a finite number ≥ 0'), v.minValue(0, 'expected a finite number ≥ 0'));
const BucketSchema = v.pipe(
  v.strictTuple(
    [
      v.pipe(
        v.string('expected a date YYYY-MM-DD, YYYY-MM or YYYY'),
        v.check((date) => bucketKey(date) !== undefined, 'expected a date YYYY-MM-DD, YYYY-MM or YYYY'),
      ),
      v.pipe(v.number('expected an integer ≥ 1'), v.integer('expected an integer ≥ 1'), v.minValue(1, 'expected an integer ≥ 1')),
      nonNegative,
      nonNegative,
      v.pipe(v.number('expected a number in [-1, 1]'), v.minValue(-1, 'expected a number in [-1, 1]'), v.maxValue(1, 'expected a number in [-1, 1]')),
      nonNegative,
      count,
      count,
      count,
      count,
    ],
    'expected [date, n, sumW, sumW2, mean, m2, engagement, confrontation, mixed, neutral]',
  ),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const [, n, , , , , ...labels] = dataset.value;
    const labelled = labels.reduce((a, b) => a + b, 0);
    if (labelled !== n) addIssue({ message: `expected label counts that add up to n = ${n}`, received: String(labelled) });
  }),
);
const TrackerJSONSchema = v.strictObject(
  {
    version: v.literal(VERSION, `expected ${VERSION}`),
    options: TrackerOptionsSchema,
    skipped: count,
    series: v.array(
      v.strictObject(
        { actor: IdSchema, target: v.nullable(IdSchema), buckets: v.array(BucketSchema, 'expected an array of buckets') },
        'expected { actor, target, buckets }',
      ),
      'expected an array of series',
    ),
  },
  'expected a tracker JSON object { version, options, skipped, series }',
);

/** What `Tracker.fromJSON` rebuilds a tracker from. */
export interface Restored {
  readonly options: ResolvedTrackerOptions;
  readonly store: Store;
  readonly skipped: number;
}

/**
 * Checks and reads `TrackerJSON` (or its JSON text).
 *
 * @throws StancetrackError `E_INPUT` listing every problem with its JSON path.
 */
export function parseTrackerJSON(json: unknown): Restored {
  const value = typeof json === 'string' ? parseText(json) : json;
  const parsed = v.safeParse(TrackerJSONSchema, value);
  if (!parsed.success) throw validationError('E_INPUT', 'tracker JSON is invalid', describeIssues(parsed.issues));
  const issues: ValidationIssue[] = [];
  const store = new Store();
  const seen = new Set<string>();
  parsed.output.series.forEach(({ actor, target, buckets }, i) => {
    const seriesId = JSON.stringify([actor, target]);
    if (seen.has(seriesId)) issues.push({ path: `series[${i}]`, message: `duplicate series for actor "${actor}" and target ${JSON.stringify(target)}` });
    seen.add(seriesId);
    if (target !== null && !seen.has(JSON.stringify([actor, null]))) {
      issues.push({ path: `series[${i}]`, message: `expected the overall series of "${actor}" (target null) before its dyads` });
    }
    const series = store.series(actor, target);
    buckets.forEach((bucket, j) => readBucket(bucket, `series[${i}].buckets[${j}]`, series, issues));
  });
  if (issues.length > 0) throw validationError('E_INPUT', 'tracker JSON is invalid', issues);
  return { options: withDefaults(parsed.output.options), store, skipped: parsed.output.skipped };
}

function parseText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new StancetrackError('E_INPUT', `expected tracker JSON text, found text that does not parse: ${(cause as Error).message}`, { cause });
  }
}

/** Reads one checked bucket into `series`, or records that its date is already there. */
function readBucket(bucket: BucketJSON, path: string, series: SeriesBuckets, issues: ValidationIssue[]): void {
  const [date, n, sumW, sumW2, mean, m2, engagement, confrontation, mixed, neutral] = bucket;
  const { granularity, key } = bucketKey(date)!;
  if (series[granularity].has(key)) {
    issues.push({ path: `${path}[0]`, message: `duplicate bucket ${JSON.stringify(date)}` });
    return;
  }
  Object.assign(series.at(granularity, key), { n, sumW, sumW2, mean, m2, engagement, confrontation, mixed, neutral });
}

/** Granularity and storage key of a bucket date; its length tells the granularity. */
function bucketKey(date: string): { granularity: DateGranularity; key: number } | undefined {
  const granularity = date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
  const key = parseTimeKey(granularity, date);
  return key === undefined ? undefined : { granularity, key };
}
