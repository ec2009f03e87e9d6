import { StancetrackError } from '../errors.js';
import { describeValue } from '../util/describe.js';
import type { Interval, Series } from './types.js';

/**
 * One point of one series as a flat row with snake_case keys, ready for a data frame. `null` marks
 * what does not exist (the target of an overall series, the mean of an empty period). Fields are
 * those of `Point`; `ci_low`/`ci_high` are its `ci`.
 *
 * @example
 * { actor: 'north-korea', target: null, interval: 'month', start: '2025-02-01', end: '2025-02-28', n: 0,
 *   mean: null, sd: null, ci_low: null, ci_high: null, engagement_share: null, confrontation_share: null,
 *   mixed_share: null, neutral_share: null, ewma: -0.31, sparse: true }
 */
export interface SeriesRecord {
  actor: string;
  /** `null` for the actor's overall series. */
  target: string | null;
  interval: Interval;
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day, `YYYY-MM-DD`, inclusive. */
  end: string;
  n: number;
  mean: number | null;
  sd: number | null;
  ci_low: number | null;
  ci_high: number | null;
  engagement_share: number | null;
  confrontation_share: number | null;
  mixed_share: number | null;
  neutral_share: number | null;
  ewma: number | null;
  sparse: boolean;
}

/** The columns of `toCSV`, in order. */
const COLUMNS: readonly (keyof SeriesRecord)[] = [
  'actor',
  'target',
  'interval',
  'start',
  'end',
  'n',
  'mean',
  'sd',
  'ci_low',
  'ci_high',
  'engagement_share',
  'confrontation_share',
  'mixed_share',
  'neutral_share',
  'ewma',
  'sparse',
];

/**
 * Every point of every series as a tidy row (one row per series × period), in series then time order.
 *
 * @throws StancetrackError `E_INPUT` when `series` is not an array of series (pass `tracker.series()`, not the tracker).
 * @example
 * toRecords(tracker.series({ actor: 'north-korea' }))[0];
 * // { actor: 'north-korea', target: null, interval: 'month', start: '2025-01-01', end: '2025-01-31', n: 4,
 * //   mean: -0.3, sd: 0.2, ci_low: -0.62, ci_high: 0.02, engagement_share: 0.25, ..., sparse: false }
 */
export function toRecords(series: readonly Series[]): SeriesRecord[] {
  checkSeries(series, 'toRecords');
  return records(series);
}

function records(series: readonly Series[]): SeriesRecord[] {
  return series.flatMap(({ actor, target, interval, points }) =>
    points.map((p) => ({
      actor,
      target,
      interval,
      start: p.start,
      end: p.end,
      n: p.n,
      mean: p.mean,
      sd: p.sd,
      ci_low: p.ci?.[0] ?? null,
      ci_high: p.ci?.[1] ?? null,
      engagement_share: p.engagementShare,
      confrontation_share: p.confrontationShare,
      mixed_share: p.mixedShare,
      neutral_share: p.neutralShare,
      ewma: p.ewma,
      sparse: p.sparse,
    })),
  );
}

/**
 * The records of `toRecords` as RFC 4180 CSV: a header row, `\n` line ends (the last row ends with one
 * too), fields quoted only when they hold a comma, a quote or a line break. `null` is `NA` and booleans
 * are `TRUE`/`FALSE`, which R (`read.csv`) and pandas (`read_csv`) both read as missing values and
 * booleans (an empty cell is missing to pandas but an empty string to R, and R reads `true` as text);
 * numbers are written in full precision. An actor or target named "NA" is read as missing too, which
 * ids from `defineActors` (lower case) cannot be.
 *
 * @throws StancetrackError `E_INPUT` when `series` is not an array of series (pass `tracker.series()`, not the tracker).
 * @example
 * toCSV(tracker.series());
 * // actor,target,interval,start,end,n,mean,sd,ci_low,ci_high,engagement_share,...,sparse
 * // north-korea,NA,month,2025-01-01,2025-01-31,4,-0.3,0.2,-0.62,0.02,0.25,...,FALSE
 */
export function toCSV(series: readonly Series[]): string {
  checkSeries(series, 'toCSV');
  const lines = [COLUMNS.join(',')];
  for (const record of records(series)) lines.push(COLUMNS.map((column) => csvField(record[column])).join(','));
  return `${lines.join('\n')}\n`;
}

/** Enough of the shape of `Series[]` that reading it cannot fail: the rest is copied as found. */
function checkSeries(series: unknown, caller: string): asserts series is readonly Series[] {
  const fail = (path: string, expected: string, found: unknown) => new StancetrackError('E_INPUT', `${caller}: ${path}: expected ${expected}, found ${describeValue(found)}`);
  if (!Array.isArray(series)) throw fail('series', 'an array of series such as tracker.series()', series);
  series.forEach((s: unknown, i) => {
    if (typeof s !== 'object' || s === null) throw fail(`series[${i}]`, 'a series from tracker.series()', s);
    const { points } = s as { points?: unknown };
    if (!Array.isArray(points)) throw fail(`series[${i}].points`, 'an array of points', points);
    points.forEach((p: unknown, j) => {
      if (typeof p !== 'object' || p === null) throw fail(`series[${i}].points[${j}]`, 'a point object', p);
    });
  });
}

function csvField(value: string | number | boolean | null): string {
  if (value === null) return 'NA';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
