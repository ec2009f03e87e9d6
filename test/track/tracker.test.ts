import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createTracker, mergeTrackers, type DedupeInput, type TrackInput } from '../../src/track/index.js';
import type { ScoredStatement } from '../../src/statements/types.js';
import { TrackInputSchema } from '../../src/track/input.js';
import { mulberry32 } from '../../src/track/random.js';
import { statement } from './fixtures.js';
import { thrown } from '../helpers.js';

const valid = statement('kim', '2024-03-05', 0.5, { target: 'lee' });

describe('createTracker', () => {
  it('fills in the defaults: equal weighting, halfLife 3, minN 3', () => {
    expect(createTracker({ interval: 'week' }).options).toEqual({ interval: 'week', weighting: 'equal', halfLife: 3, minN: 3 });
  });

  it.each([
    { options: { interval: 'decade' }, message: 'interval: expected "day", "week", "month", "quarter" or "year", found "decade"' },
    { options: { interval: 'day', weighting: 'votes' }, message: 'weighting: expected "equal" or "confidence", found "votes"' },
    { options: { interval: 'day', halfLife: 0 }, message: 'halfLife: expected a finite number > 0, found 0' },
    { options: { interval: 'day', minN: 1.5 }, message: 'minN: expected an integer ≥ 1, found 1.5' },
    { options: { interval: 'day', minn: 2 }, message: 'minn: unknown key; check its spelling' },
    { options: undefined, message: 'expected an options object such as { interval: "month" }, found undefined' },
  ])('rejects $options with E_OPTIONS: $message', ({ options, message }) => {
    const error = thrown(() => createTracker(options as never));
    expect(error.code).toBe('E_OPTIONS');
    expect(error.message).toContain(message);
  });
});

describe('add', () => {
  it.each([
    { change: { stance: { score: NaN, label: 'neutral', confidence: 1 } }, message: 'stance.score: expected a number in [-1, 1], found NaN' },
    { change: { stance: { score: 1.5, label: 'neutral', confidence: 1 } }, message: 'stance.score: expected a number in [-1, 1], found 1.5' },
    { change: { stance: { score: 0, label: 'positive', confidence: 1 } }, message: 'stance.label: expected "engagement", "confrontation", "mixed" or "neutral", found "positive"' },
    { change: { stance: { score: 0, label: 'neutral', confidence: -0.1 } }, message: 'stance.confidence: expected a number in [0, 1], found -0.1' },
    { change: { stance: undefined }, message: 'stance: expected { score, label, confidence }, found undefined' },
    { change: { actor: '' }, message: 'actor: expected a non-empty actor id or null, found ""' },
    { change: { actor: 7 }, message: 'actor: expected an actor id or null, found 7' },
    { change: { target: '' }, message: 'target: expected a non-empty target id, null or nothing, found ""' },
    { change: { time: { date: '2024', granularity: 'week' } }, message: 'time.granularity: expected "day", "month" or "year", found "week"' },
    { change: { time: '2024-02-03' }, message: 'time: expected { date, granularity }, found "2024-02-03"' },
  ])('rejects a statement with E_INPUT naming the path: $message', ({ change, message }) => {
    const error = thrown(() => createTracker({ interval: 'day' }).add({ ...valid, ...change } as TrackInput));
    expect(error.code).toBe('E_INPUT');
    expect(error.message).toContain(message);
  });

  it.each([
    { time: { date: '2024-02-30', granularity: 'day' }, message: 'time.date: expected a calendar date YYYY-MM-DD (granularity "day"), found "2024-02-30"' },
    { time: { date: '2024-02-03', granularity: 'month' }, message: 'time.date: expected a calendar date YYYY-MM (granularity "month"), found "2024-02-03"' },
  ])('rejects a date that is not a calendar date with E_DATE: $message', ({ time, message }) => {
    const error = thrown(() => createTracker({ interval: 'day' }).add({ ...valid, time } as TrackInput));
    expect(error.code).toBe('E_DATE');
    expect(error.message).toContain(message);
  });

  it('keeps E_INPUT when a bad date comes with other problems', () => {
    const bad = { ...valid, actor: 7, time: { date: '2024-02-30', granularity: 'day' } };
    const error = thrown(() => createTracker({ interval: 'day' }).add(bad as never));
    expect(error.code).toBe('E_INPUT');
    expect(error.issues.map((i) => i.path)).toEqual(['actor', 'time.date']);
  });

  it.each([null, undefined, 5])('addMany(%s) is E_INPUT, not a TypeError', (statements) => {
    const error = thrown(() => createTracker({ interval: 'day' }).addMany(statements as never));
    expect(error.code).toBe('E_INPUT');
    expect(error.message).toContain(`addMany: expected an iterable of statements such as an array, found ${String(statements)}`);
  });

  it('rejects a non-object with E_INPUT', () => {
    expect(thrown(() => createTracker({ interval: 'day' }).add(null as never)).message).toContain('(root): expected a statement object { actor, time, stance }, found null');
  });

  it('addMany puts the item index first in the path and keeps the items before it', () => {
    const tracker = createTracker({ interval: 'day' });
    const error = thrown(() => tracker.addMany([valid, valid, { ...valid, stance: { ...valid.stance, score: 2 } }]));
    expect(error.issues).toEqual([{ path: '[2].stance.score', message: 'expected a number in [-1, 1], found 2' }]);
    expect(tracker.series({ actor: 'kim' })[0]?.points[0]?.n).toBe(2);
  });

  it('the fast check and the valibot schema accept exactly the same statements', () => {
    const field = fc.oneof(fc.anything(), fc.constantFrom('', 'kim', null, undefined, NaN, -1, 1, 2, 'day', 'month', '2024', '2024-02', '2024-02-30'));
    const mutated = fc.record({
      actor: fc.oneof(fc.constant(valid.actor), field),
      target: fc.oneof(fc.constant(valid.target), field),
      time: fc.oneof(fc.constant(valid.time), fc.record({ date: field, granularity: field }), field),
      stance: fc.oneof(fc.constant(valid.stance), fc.record({ score: field, label: fc.oneof(fc.constant('mixed'), field), confidence: field }), field),
    });
    fc.assert(
      fc.property(mutated, (input) => {
        const accepted = v.safeParse(TrackInputSchema, input).success;
        const tracker = createTracker({ interval: 'day' });
        if (accepted) tracker.add(input as TrackInput);
        else expect(thrown(() => tracker.add(input as TrackInput)).issues.map((i) => i.message)).not.toContain('expected a valid statement');
      }),
      { seed: 4181, numRuns: 2000 },
    );
  });

  it('counts statements whose actor is null in skipped and tracks nothing for them', () => {
    const tracker = createTracker({ interval: 'day' });
    tracker.addMany([statement(null, '2024-01-01', 0.5), statement(null, '2024-01-02', 0.5, { target: 'kim' }), valid]);
    expect(tracker.skipped).toBe(2);
    expect(tracker.series().map((s) => [s.actor, s.target])).toEqual([
      ['kim', null],
      ['kim', 'lee'],
    ]);
  });

  it('takes a ScoredStatement as it is (checked by the type checker)', () => {
    expectTypeOf<ScoredStatement>().toExtend<TrackInput>();
    expectTypeOf<ScoredStatement>().toExtend<DedupeInput>();
  });

  it('accepts extra fields, as on a ScoredStatement', () => {
    const tracker = createTracker({ interval: 'day' });
    tracker.add({ ...valid, text: 'We want talks.', source: 'yonhap', kind: 'quote', stance: { ...valid.stance, hits: [] } } as TrackInput);
    expect(tracker.series({ actor: 'kim' })[0]?.points[0]?.n).toBe(1);
  });
});

describe('actors', () => {
  it('summarises each actor: n, mean, sd over every statement; first/last days; trend per year; coarse', () => {
    const tracker = createTracker({ interval: 'year' });
    tracker.addMany([
      statement('kim', '2021-06-01', -0.3),
      statement('kim', '2022-06-01', 0),
      statement('kim', '2023-06', 0.3),
      statement('lee', '2023-02-01', 0.5, { target: 'kim' }),
      statement('lee', '2023', 0.5),
    ]);
    // Year midpoints are 365 days apart (none of 2021–2023 is a leap year): the slope is 0.3 per 365 days,
    // i.e. 0.3 × 365.2425/365 per (Gregorian) year. The sd of −0.3, 0, 0.3 is √(0.18/2) = 0.3.
    const [kim, lee] = tracker.actors();
    expect(kim).toMatchObject({ actor: 'kim', n: 3, first: '2021-06-01', last: '2023-06-30', coarse: 0 });
    expect(kim?.mean).toBeCloseTo(0, 15);
    expect(kim?.sd).toBeCloseTo(0.3, 15);
    expect(kim?.trend).toBeCloseTo((0.3 * 365.2425) / 365, 12);
    // Three statements on a line: the interval has no width.
    expect(kim?.trendCI?.map((x) => x - kim.trend!)).toEqual([expect.closeTo(0, 12), expect.closeTo(0, 12)]);
    expect(lee).toEqual({ actor: 'lee', n: 2, mean: 0.5, sd: 0, first: '2023-01-01', last: '2023-12-31', trend: null, trendCI: null, coarse: 0 });
  });

  it('counts statements too coarse for the tracker interval in coarse, and leaves them out of the trend', () => {
    const tracker = createTracker({ interval: 'month' });
    tracker.addMany([statement('kim', '2024-01-10', 0), statement('kim', '2024-02-10', 0.2), statement('kim', '2024', 1)]);
    const [kim] = tracker.actors();
    expect(kim).toMatchObject({ n: 3, coarse: 1, first: '2024-01-01', last: '2024-12-31' });
    expect(kim?.mean).toBeCloseTo(0.4, 15);
    expect(kim?.trend).toBeGreaterThan(0);
  });
});

describe('trend', () => {
  it('counts statements, not periods: a month of one statement barely moves 400 flat ones', () => {
    const tracker = createTracker({ interval: 'month' });
    for (let i = 0; i < 200; i++) tracker.addMany([statement('kim', '2024-01-15', i % 2 ? 0.3 : -0.3), statement('kim', '2024-02-15', i % 2 ? 0.3 : -0.3)]);
    tracker.add(statement('kim', '2024-03-15', 0.9));
    const [kim] = tracker.actors();
    // A line through the three monthly means would rise about 5.5 a year.
    expect(kim!.trend!).toBeGreaterThan(0);
    expect(kim!.trend!).toBeLessThan(0.2);
    expect(kim!.trendCI![0]).toBeLessThan(0);
    expect(kim!.trendCI![1]).toBeGreaterThan(0);
  });

  it('has an interval that leaves out 0 for about 5% of flat noisy series', () => {
    const random = mulberry32(42);
    let excluded = 0;
    for (let series = 0; series < 200; series++) {
      const tracker = createTracker({ interval: 'month' });
      for (let m = 0; m < 24; m++) {
        const n = 1 + Math.floor(random() * 8);
        const month = `${2023 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-15`;
        for (let i = 0; i < n; i++) tracker.add(statement('kim', month, Math.max(-1, Math.min(1, 0.4 * (Array.from({ length: 12 }, random).reduce((a, b) => a + b) - 6)))));
      }
      const [low, high] = tracker.actors()[0]!.trendCI!;
      if (low > 0 || high < 0) excluded++;
    }
    // Binomial(200, 0.05): mean 10, sd 3.1; allow mean ± 3 sd.
    expect(excluded).toBeGreaterThanOrEqual(1);
    expect(excluded).toBeLessThanOrEqual(19);
  });
});

describe('mergeTrackers', () => {
  it('rejects trackers whose options differ with E_OPTIONS', () => {
    const error = thrown(() => mergeTrackers(createTracker({ interval: 'day' }), createTracker({ interval: 'day', minN: 5 })));
    expect(error.code).toBe('E_OPTIONS');
    expect(error.message).toContain('mergeTrackers argument 2');
  });

  it('rejects an object that is not a tracker with E_INPUT', () => {
    expect(thrown(() => mergeTrackers(createTracker({ interval: 'day' }), {} as never)).code).toBe('E_INPUT');
  });
});
