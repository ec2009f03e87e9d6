import { describe, expect, it } from 'vitest';
import { formatDay, parseDay, parseMonth } from '../../src/track/calendar.js';
import { periodEnd, periodOfDay, periodOfMonth, periodOfYear, periodStart } from '../../src/track/intervals.js';
import type { Interval } from '../../src/track/index.js';

/** The [start, end] days of the period of `interval` holding `date`. */
function periodOf(interval: Interval, date: string): [string, string] {
  const period = periodOfDay(interval, parseDay(date)!);
  return [formatDay(periodStart(interval, period)), formatDay(periodEnd(interval, period))];
}

describe('intervals', () => {
  it.each([
    // ISO weeks run Monday to Sunday, across month and year ends.
    { interval: 'week', date: '2024-01-01', period: ['2024-01-01', '2024-01-07'] }, // a Monday
    { interval: 'week', date: '2024-01-07', period: ['2024-01-01', '2024-01-07'] }, // a Sunday
    { interval: 'week', date: '2023-12-31', period: ['2023-12-25', '2023-12-31'] },
    { interval: 'week', date: '2021-01-01', period: ['2020-12-28', '2021-01-03'] },
    { interval: 'week', date: '2024-02-29', period: ['2024-02-26', '2024-03-03'] },
    { interval: 'week', date: '1970-01-01', period: ['1969-12-29', '1970-01-04'] },
    { interval: 'week', date: '1969-12-28', period: ['1969-12-22', '1969-12-28'] },
    // Calendar quarters.
    { interval: 'quarter', date: '2024-03-31', period: ['2024-01-01', '2024-03-31'] },
    { interval: 'quarter', date: '2024-04-01', period: ['2024-04-01', '2024-06-30'] },
    { interval: 'quarter', date: '2024-09-30', period: ['2024-07-01', '2024-09-30'] },
    { interval: 'quarter', date: '2023-12-31', period: ['2023-10-01', '2023-12-31'] },
    { interval: 'month', date: '2024-02-10', period: ['2024-02-01', '2024-02-29'] },
    { interval: 'month', date: '1900-02-10', period: ['1900-02-01', '1900-02-28'] },
    { interval: 'year', date: '2024-07-04', period: ['2024-01-01', '2024-12-31'] },
    { interval: 'day', date: '2024-07-04', period: ['2024-07-04', '2024-07-04'] },
  ] as const)('a $interval holding $date runs from $period.0 to $period.1 (end inclusive)', ({ interval, date, period }) => {
    expect(periodOf(interval, date)).toEqual(period);
  });

  it.each([
    { interval: 'day', month: undefined },
    { interval: 'week', month: undefined },
    { interval: 'month', month: '2024-05-01' },
    { interval: 'quarter', month: '2024-04-01' },
    { interval: 'year', month: '2024-01-01' },
  ] as const)('a month fits whole into a $interval only from month up (start $month)', ({ interval, month }) => {
    const period = periodOfMonth(interval, parseMonth('2024-05')!);
    expect(period === undefined ? undefined : formatDay(periodStart(interval, period))).toBe(month);
  });

  it.each(['day', 'week', 'month', 'quarter'] as const)('a year fits whole into no %s', (interval) => {
    expect(periodOfYear(interval, 2024)).toBeUndefined();
  });

  it('consecutive periods tile the calendar: each starts the day after the previous ends', () => {
    for (const interval of ['day', 'week', 'month', 'quarter', 'year'] as const) {
      const first = periodOfDay(interval, parseDay('1999-11-15')!);
      for (let period = first; period < first + 120; period++) {
        expect(periodStart(interval, period + 1)).toBe(periodEnd(interval, period) + 1);
        expect(periodOfDay(interval, periodStart(interval, period))).toBe(period);
        expect(periodOfDay(interval, periodEnd(interval, period))).toBe(period);
      }
    }
  });
});
