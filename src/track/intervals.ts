import type { DateGranularity } from '../types.js';
import { civilDate, dayNumber, parseDay, parseMonth, parseYear } from './calendar.js';
import type { Interval } from './types.js';

/**
 * Periods: each interval numbers its periods with consecutive integers, so a series is a contiguous
 * integer range and gaps are found by counting.
 * - day: the day number; week: ISO weeks (Monday to Sunday) counted from the week of 1970-01-01;
 * - month: `year × 12 + month − 1`; quarter: `year × 4 + (month − 1) div 3`; year: the year.
 */

/** Every interval, finest first. */
export const INTERVALS: readonly Interval[] = ['day', 'week', 'month', 'quarter', 'year'];

/** 1970-01-01 was a Thursday: shifting by 3 days makes week 0 start on Monday 1969-12-29. */
const WEEK_SHIFT = 3;

/**
 * The storage key of a date written at its granularity: a day number, a month index or a year;
 * `undefined` when the text does not match the granularity or is not a real date.
 */
export function parseTimeKey(granularity: DateGranularity, date: string): number | undefined {
  if (granularity === 'day') return parseDay(date);
  if (granularity === 'month') return parseMonth(date);
  return parseYear(date);
}

/** The period of `interval` that contains a day. */
export function periodOfDay(interval: Interval, day: number): number {
  switch (interval) {
    case 'day':
      return day;
    case 'week':
      return Math.floor((day + WEEK_SHIFT) / 7);
    default: {
      const { year, month } = civilDate(day);
      return periodOfMonth(interval, year * 12 + month - 1) as number;
    }
  }
}

/** The period of `interval` that contains a whole month, or `undefined` when the interval is finer than a month. */
export function periodOfMonth(interval: Interval, monthIndex: number): number | undefined {
  if (interval === 'month') return monthIndex;
  if (interval === 'quarter') return Math.floor(monthIndex / 3);
  if (interval === 'year') return Math.floor(monthIndex / 12);
  return undefined;
}

/** The period of `interval` that contains a whole year, or `undefined` unless the interval is a year. */
export function periodOfYear(interval: Interval, year: number): number | undefined {
  return interval === 'year' ? year : undefined;
}

/** The first day (day number) of a period. */
export function periodStart(interval: Interval, period: number): number {
  switch (interval) {
    case 'day':
      return period;
    case 'week':
      return period * 7 - WEEK_SHIFT;
    case 'month':
      return monthStart(period);
    case 'quarter':
      return monthStart(period * 3);
    case 'year':
      return dayNumber(period, 1, 1);
  }
}

/** The last day (day number) of a period, inclusive. */
export function periodEnd(interval: Interval, period: number): number {
  return periodStart(interval, period + 1) - 1;
}

/** The first day of the storage bucket of a date at its granularity. */
export function keyStart(granularity: DateGranularity, key: number): number {
  if (granularity === 'day') return key;
  return granularity === 'month' ? monthStart(key) : dayNumber(key, 1, 1);
}

/** The last day of the storage bucket of a date at its granularity, inclusive. */
export function keyEnd(granularity: DateGranularity, key: number): number {
  return keyStart(granularity, key + 1) - 1;
}

function monthStart(monthIndex: number): number {
  return dayNumber(Math.floor(monthIndex / 12), (monthIndex % 12) + 1, 1);
}
