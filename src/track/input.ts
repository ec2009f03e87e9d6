import * as v from 'valibot';
import { validationError, type StancetrackError } from '../errors.js';
import { parseTimeKey } from './intervals.js';
import { describeIssues } from './issues.js';
import type { TrackInput } from './types.js';

/**
 * Statement validation. `add` must take well over a million statements a second, so the hot path is a
 * hand-written check (`timeKey`); only when it fails does the valibot schema run, to say what is wrong
 * and where. Both accept exactly the same inputs (the tests feed both the same bad statements).
 */

const FORMATS = { day: 'YYYY-MM-DD', month: 'YYYY-MM', year: 'YYYY' } as const;
const SCORE = 'expected a number in [-1, 1]';
const CONFIDENCE = 'expected a number in [0, 1]';

/** `{ date, granularity }` with a real date written to match its granularity. */
export const TimeSchema = v.pipe(
  v.looseObject(
    { date: v.string('expected a date string'), granularity: v.picklist(['day', 'month', 'year'], 'expected "day", "month" or "year"') },
    'expected { date, granularity }',
  ),
  v.forward(
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const { date, granularity } = dataset.value;
      if (parseTimeKey(granularity, date) === undefined) {
        addIssue({ message: `expected a calendar date ${FORMATS[granularity]} (granularity "${granularity}")`, received: JSON.stringify(date) });
      }
    }),
    ['date'],
  ),
);

/** An actor id, or `null` for an unknown speaker. */
export const ActorSchema = v.nullable(v.pipe(v.string('expected an actor id or null'), v.check((id) => id !== '', 'expected a non-empty actor id or null')));

/** The shape of `TrackInput`; other fields are allowed and ignored. */
export const TrackInputSchema = v.looseObject(
  {
    actor: ActorSchema,
    target: v.nullish(v.pipe(v.string('expected a target id, null or nothing'), v.check((id) => id !== '', 'expected a non-empty target id, null or nothing'))),
    time: TimeSchema,
    stance: v.looseObject(
      {
        score: v.pipe(v.number(SCORE), v.minValue(-1, SCORE), v.maxValue(1, SCORE)),
        label: v.picklist(['engagement', 'confrontation', 'mixed', 'neutral'], 'expected "engagement", "confrontation", "mixed" or "neutral"'),
        confidence: v.pipe(v.number(CONFIDENCE), v.minValue(0, CONFIDENCE), v.maxValue(1, CONFIDENCE)),
      },
      'expected { score, label, confidence }',
    ),
  },
  'expected a statement object { actor, time, stance }',
);

/**
 * The storage key of a statement's date (see `parseTimeKey`), after checking the whole statement.
 *
 * @param index The item's position in `addMany`, for the error path.
 * @throws StancetrackError `E_INPUT` listing every problem with its path; `E_DATE` when the only problem is the date.
 */
export function timeKey(input: TrackInput, index?: number): number {
  const key = quickKey(input);
  if (!Number.isNaN(key)) return key;
  throw invalidStatement(TrackInputSchema, input, index === undefined ? '' : `[${index}]`);
}

/**
 * The error for a statement the quick check refused, from `schema`'s account of it: `E_DATE` when its
 * only problems are dates that are not calendar dates in their granularity's format (the schemas' only
 * raw check), otherwise `E_INPUT`.
 *
 * @param prefix The item's path, such as `[12]`, that starts every issue's path.
 */
export function invalidStatement(schema: v.GenericSchema, input: unknown, prefix: string): StancetrackError {
  const parsed = v.safeParse(schema, input);
  // Both checks accept the same inputs; should they ever disagree, refusing is the safe side.
  if (parsed.success) return validationError('E_INPUT', 'statement is invalid', [{ path: prefix, message: 'expected a valid statement' }]);
  const code = parsed.issues.every((issue) => issue.type === 'raw_check') ? 'E_DATE' : 'E_INPUT';
  return validationError(code, 'statement is invalid', describeIssues(parsed.issues, prefix));
}

/** The storage key, or NaN when anything about the statement is wrong. */
function quickKey(input: TrackInput): number {
  if (typeof input !== 'object' || input === null) return NaN;
  const { actor, target, time, stance } = input;
  if (actor !== null && (typeof actor !== 'string' || actor === '')) return NaN;
  if (target !== undefined && target !== null && (typeof target !== 'string' || target === '')) return NaN;
  if (typeof stance !== 'object' || stance === null) return NaN;
  const { score, label, confidence } = stance;
  // Written as !(in range) so NaN fails too.
  if (typeof score !== 'number' || !(score >= -1 && score <= 1)) return NaN;
  if (typeof confidence !== 'number' || !(confidence >= 0 && confidence <= 1)) return NaN;
  if (label !== 'engagement' && label !== 'confrontation' && label !== 'mixed' && label !== 'neutral') return NaN;
  return quickTimeKey(time);
}

/** The storage key of a `{ date, granularity }`, or NaN when it is not one. */
export function quickTimeKey(time: unknown): number {
  if (typeof time !== 'object' || time === null) return NaN;
  const { date, granularity } = time as Record<string, unknown>;
  if (typeof date !== 'string' || (granularity !== 'day' && granularity !== 'month' && granularity !== 'year')) return NaN;
  return parseTimeKey(granularity, date) ?? NaN;
}
