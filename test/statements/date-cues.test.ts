import * as chrono from 'chrono-node';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  INTEGER_WORD_DICTIONARY,
  MONTH_DICTIONARY,
  ORDINAL_WORD_DICTIONARY,
  TIME_UNIT_DICTIONARY,
  WEEKDAY_DICTIONARY,
} from '../../node_modules/chrono-node/dist/esm/locales/en/constants.js';
import { gated, PARSER_CUES, TIME_OF_DAY } from '../../src/statements/dates.js';

// dates.ts lets chrono's costlier parsers try their patterns only on text with a cue each of their
// matches contains. A cue that some match lacks would lose dates: these tests look for one.
const parsers = chrono.casual.parsers.filter((p) => !TIME_OF_DAY.has(p.constructor.name));
const refiners = chrono.casual.refiners.filter((r) => !TIME_OF_DAY.has(r.constructor.name));
const plain = new chrono.Chrono({ parsers, refiners });
const cued = new chrono.Chrono({ parsers: parsers.map(gated), refiners });

const found = (parser: chrono.Chrono, text: string, instant: Date) =>
  parser.parse(text, { instant, timezone: 0 }, { forwardDate: false }).map((r) => [r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString()]);

describe('the cues of chrono parsers', () => {
  it('names parsers chrono has, each gated', () => {
    const names = new Set(parsers.map((p) => p.constructor.name));
    for (const name of PARSER_CUES.keys()) expect(names.has(name), name).toBe(true);
  });

  it('are in every month and weekday name chrono knows', () => {
    const month = PARSER_CUES.get('ENMonthNameParser')!.pattern;
    const weekday = PARSER_CUES.get('ENWeekdayParser')!.pattern;
    for (const name of Object.keys(MONTH_DICTIONARY)) expect(month.test(name), name).toBe(true);
    for (const name of [...Object.keys(WEEKDAY_DICTIONARY), 'weekend', 'weekday']) expect(weekday.test(name), name).toBe(true);
  });

  it('leave chrono finding the same dates in text made of date words', () => {
    const words = [
      ...Object.keys(MONTH_DICTIONARY),
      ...Object.keys(WEEKDAY_DICTIONARY),
      ...Object.keys(TIME_UNIT_DICTIONARY),
      ...Object.keys(INTEGER_WORD_DICTIONARY),
      ...Object.keys(ORDINAL_WORD_DICTIONARY),
      ...['ago', 'before', 'earlier', 'later', 'after', 'from now', 'henceforth', 'forward', 'out', 'within', 'in', 'for', 'this', 'last', 'past', 'next'],
      ...['the', 'of', 'on', 'to', 'until', 'end', 'day', 'month', 'weekend', 'now', 'today', 'yesterday', 'tomorrow', 'tonight', 'a', 'an', 'few', 'several', 'about'],
      ...['-', '/', ',', '.', '(', '+', '2025', '1999', '18', '3', '12', '3rd', '12/25', '2024-05-01', '10/2024', '2025/06/01', 'Seoul', 'said', 'talks'],
    ];
    // Words at random rarely line up into a phrase such as "three weeks before", so phrases of a
    // number, a unit and a word around them are drawn as often as single words.
    const numbers = [...Object.keys(INTEGER_WORD_DICTIONARY), '2', '10', 'a', 'an', 'a few', 'several', 'half a'];
    const around = ['ago', 'before', 'earlier', 'later', 'after', 'from now', 'henceforth', 'forward', 'out', 'within', 'in', 'for', 'this', 'last', 'past', 'next', '+'];
    const phrase = fc
      .tuple(fc.constantFrom(...around), fc.constantFrom(...numbers), fc.constantFrom(...Object.keys(TIME_UNIT_DICTIONARY)), fc.constantFrom(...around))
      .map(([before, n, unit, after]) => `${before} ${n} ${unit} ${after}`);
    const dated = fc
      .tuple(fc.constantFrom(...around, 'on', 'the'), fc.constantFrom(...Object.keys(ORDINAL_WORD_DICTIONARY), '3rd', '18'), fc.constantFrom(...Object.keys(MONTH_DICTIONARY), ...Object.keys(WEEKDAY_DICTIONARY)))
      .map(([before, day, name]) => `${before} ${day} ${name}`);
    const text = fc.array(fc.oneof(fc.constantFrom(...words), phrase, dated), { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
    const instant = fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true });
    fc.assert(
      fc.property(text, instant, (t, d) => {
        expect(found(cued, t, d)).toEqual(found(plain, t, d));
      }),
      { numRuns: 3000 },
    );
  });
});
