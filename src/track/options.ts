import * as v from 'valibot';
import { validationError } from '../errors.js';
import { INTERVALS } from './intervals.js';
import { describeIssues } from './issues.js';
import type { ResolvedTrackerOptions, SeriesQuery, ShiftOptions } from './types.js';

/** Defaults of `TrackerOptions`. */
const TRACKER_DEFAULTS = { weighting: 'equal', halfLife: 3, minN: 3 } as const;

/**
 * Defaults of `ShiftOptions`. α is 0.01 rather than 0.05 because a tracker tests every actor and dyad at
 * once: among 300 flat series, 0.05 would flag about 15.
 */
const SHIFT_DEFAULTS = { minEffect: 0.3, alpha: 0.01 } as const;

const interval = v.picklist(INTERVALS, 'expected "day", "week", "month", "quarter" or "year"');
const weighting = v.picklist(['equal', 'confidence'], 'expected "equal" or "confidence"');
const halfLife = v.pipe(v.number('expected a finite number > 0'), v.finite('expected a finite number > 0'), v.gtValue(0, 'expected a finite number > 0'));
const minN = v.pipe(v.number('expected an integer ≥ 1'), v.integer('expected an integer ≥ 1'), v.minValue(1, 'expected an integer ≥ 1'));

/** The options of `createTracker`, as stored in `toJSON` too (there every option is present). */
export const TrackerOptionsSchema = v.strictObject(
  { interval, weighting: v.optional(weighting), halfLife: v.optional(halfLife), minN: v.optional(minN) },
  'expected an options object such as { interval: "month" }',
);

/** Every option with its default filled in, or a StancetrackError `E_OPTIONS` listing every problem. */
export function resolveTrackerOptions(options: unknown): ResolvedTrackerOptions {
  const parsed = v.safeParse(TrackerOptionsSchema, options);
  if (!parsed.success) throw validationError('E_OPTIONS', 'tracker options are invalid', describeIssues(parsed.issues));
  return withDefaults(parsed.output);
}

/** Checked options with every default filled in, frozen, keys in declaration order. */
export function withDefaults(options: v.InferOutput<typeof TrackerOptionsSchema>): ResolvedTrackerOptions {
  return Object.freeze({
    interval: options.interval,
    weighting: options.weighting ?? TRACKER_DEFAULTS.weighting,
    halfLife: options.halfLife ?? TRACKER_DEFAULTS.halfLife,
    minN: options.minN ?? TRACKER_DEFAULTS.minN,
  });
}

/** A non-empty string (an actor or target id). */
export const IdSchema = v.pipe(
  v.string('expected a non-empty string'),
  v.check((text) => text !== '', 'expected a non-empty string'),
);
const query = {
  actor: v.optional(IdSchema),
  target: v.optional(IdSchema),
  interval: v.optional(interval),
};
const SeriesQuerySchema = v.strictObject(query, 'expected a query object such as { actor: "north-korea" }');
const ShiftOptionsSchema = v.strictObject(
  {
    ...query,
    minEffect: v.optional(v.pipe(v.number('expected a number in [0, 2]'), v.minValue(0, 'expected a number in [0, 2]'), v.maxValue(2, 'expected a number in [0, 2]'))),
    alpha: v.optional(v.pipe(v.number('expected a number in (0, 1)'), v.gtValue(0, 'expected a number in (0, 1)'), v.ltValue(1, 'expected a number in (0, 1)'))),
  },
  'expected an options object such as { actor: "north-korea", minEffect: 0.3 }',
);

/** A checked `SeriesQuery`, or a StancetrackError `E_OPTIONS`. */
export function checkSeriesQuery(value: unknown): SeriesQuery {
  const parsed = v.safeParse(SeriesQuerySchema, value);
  if (!parsed.success) throw validationError('E_OPTIONS', 'series query is invalid', describeIssues(parsed.issues));
  return parsed.output;
}

/** Checked `ShiftOptions` with defaults filled in, or a StancetrackError `E_OPTIONS`. */
export function resolveShiftOptions(value: unknown): ShiftOptions & { readonly minEffect: number; readonly alpha: number } {
  const parsed = v.safeParse(ShiftOptionsSchema, value);
  if (!parsed.success) throw validationError('E_OPTIONS', 'shift options are invalid', describeIssues(parsed.issues));
  const { minEffect = SHIFT_DEFAULTS.minEffect, alpha = SHIFT_DEFAULTS.alpha, ...query } = parsed.output;
  return { ...query, minEffect, alpha };
}
