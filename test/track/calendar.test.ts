import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, formatDay, formatMonth, parseDay, parseMonth, parseYear } from '../../src/track/calendar.js';

describe('calendar', () => {
  it.each([
    { text: '1970-01-01', day: 0 },
    { text: '1969-12-31', day: -1 },
    { text: '2000-02-29', day: 11016 },
    { text: '2024-12-31', day: 20088 },
    { text: '0001-01-01', day: -719162 },
  ])('parseDay("$text") is day $day since 1970-01-01 and formats back', ({ text, day }) => {
    expect(parseDay(text)).toBe(day);
    expect(formatDay(day)).toBe(text);
  });

  it.each(['2023-02-29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00', '2024-1-05', '2024/01/05', '24-01-05', '2024-01-05T00:00', ''])(
    'parseDay("%s") is undefined: not a calendar date YYYY-MM-DD',
    (text) => {
      expect(parseDay(text)).toBeUndefined();
    },
  );

  it.each([
    { text: '2024-01', month: 2024 * 12 },
    { text: '2024-12', month: 2024 * 12 + 11 },
  ])('parseMonth("$text") is the month index year × 12 + month − 1', ({ text, month }) => {
    expect(parseMonth(text)).toBe(month);
    expect(formatMonth(month)).toBe(text);
  });

  it.each(['2024-13', '2024-00', '2024-1', '2024-01-01'])('parseMonth("%s") is undefined', (text) => {
    expect(parseMonth(text)).toBeUndefined();
  });

  it.each([
    { text: '2024', year: 2024 },
    { text: '24', year: undefined },
    { text: '20x4', year: undefined },
  ])('parseYear("$text") is $year', ({ text, year }) => {
    expect(parseYear(text)).toBe(year);
  });

  it('day numbers agree with Date.UTC for every day from 1600 to 2400', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber(1600, 1, 1), max: dayNumber(2400, 12, 31) }), (day) => {
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(formatDay(day)).toBe(iso);
        expect(parseDay(iso)).toBe(day);
      }),
      { seed: 20250818, numRuns: 2000 },
    );
  });
});
