import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StancetrackError } from '../../src/errors.js';
import { createTracker, Tracker, type TrackInput } from '../../src/track/index.js';
import { statement } from './fixtures.js';

const input: TrackInput[] = [
  statement('kim', '2024-01-03', 0.25, { target: 'lee', confidence: 0.3 }),
  statement('kim', '2024-01-04', -0.7, { confidence: 0.9 }),
  statement('kim', '2024-02', 0.1),
  statement('lee', '2023', -0.2, { target: 'kim' }),
  statement('lee', '2024-06-30', 1 / 3, { label: 'mixed', confidence: 0.123456789 }),
  statement(null, '2024-06-30', 0.5),
];

function errorOf(json: unknown): StancetrackError {
  try {
    Tracker.fromJSON(json);
  } catch (error) {
    if (error instanceof StancetrackError) return error;
    throw error;
  }
  throw new Error('expected fromJSON to throw');
}

describe('toJSON / Tracker.fromJSON', () => {
  it('round-trips exactly: the restored tracker reports deep-equal series, actors, shifts and JSON', () => {
    const tracker = createTracker({ interval: 'week', weighting: 'confidence', halfLife: 2.5, minN: 2 });
    tracker.addMany(input);
    const text = JSON.stringify(tracker);
    for (const restored of [Tracker.fromJSON(text), Tracker.fromJSON(JSON.parse(text))]) {
      expect(restored.options).toEqual(tracker.options);
      expect(restored.skipped).toBe(1);
      for (const interval of ['day', 'week', 'month', 'quarter', 'year'] as const) expect(restored.series({ interval })).toEqual(tracker.series({ interval }));
      expect(restored.actors()).toEqual(tracker.actors());
      expect(restored.shifts()).toEqual(tracker.shifts());
      expect(JSON.stringify(restored)).toBe(text);
    }
  });

  it('round-trips exactly for any statements (property, seed fixed)', () => {
    const arb = fc.array(
      fc.record({
        actor: fc.constantFrom('kim', 'lee'),
        target: fc.constantFrom(null, 'usa'),
        day: fc.integer({ min: 1, max: 28 }),
        month: fc.integer({ min: 1, max: 12 }),
        score: fc.double({ min: -1, max: 1, noNaN: true }),
        confidence: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(arb, (items) => {
        const tracker = createTracker({ interval: 'month', weighting: 'confidence' });
        for (const i of items) tracker.add(statement(i.actor, `2024-${String(i.month).padStart(2, '0')}-${String(i.day).padStart(2, '0')}`, i.score, i));
        const restored = Tracker.fromJSON(JSON.parse(JSON.stringify(tracker)));
        expect(restored.series()).toEqual(tracker.series());
        expect(restored.actors()).toEqual(tracker.actors());
      }),
      { seed: 271828, numRuns: 100 },
    );
  });

  it('writes a versioned plain object with sorted series and buckets', () => {
    const tracker = createTracker({ interval: 'month' });
    tracker.addMany([statement('lee', '2024-01-02', 0.5), statement('kim', '2024-01-02', -0.5, { target: 'usa' }), statement('kim', '2024-01-01', 0.5)]);
    expect(tracker.toJSON()).toEqual({
      version: 1,
      options: { interval: 'month', weighting: 'equal', halfLife: 3, minN: 3 },
      skipped: 0,
      series: [
        {
          actor: 'kim',
          target: null,
          buckets: [
            ['2024-01-01', 1, 1, 1, 0.5, 0, 1, 0, 0, 0],
            ['2024-01-02', 1, 1, 1, -0.5, 0, 0, 1, 0, 0],
          ],
        },
        { actor: 'kim', target: 'usa', buckets: [['2024-01-02', 1, 1, 1, -0.5, 0, 0, 1, 0, 0]] },
        { actor: 'lee', target: null, buckets: [['2024-01-02', 1, 1, 1, 0.5, 0, 1, 0, 0, 0]] },
      ],
    });
  });

  const good = { version: 1, options: { interval: 'day' }, skipped: 0, series: [{ actor: 'kim', target: null, buckets: [['2024-01-01', 1, 1, 1, 0.5, 0, 1, 0, 0, 0]] }] };
  const withBucket = (bucket: unknown[]) => ({ ...good, series: [{ actor: 'kim', target: null, buckets: [bucket] }] });

  it.each([
    { json: { ...good, version: 2 }, issue: 'version: expected 1, found 2' },
    { json: { ...good, options: { interval: 'day', minN: 0 } }, issue: 'options.minN: expected an integer ≥ 1, found 0' },
    { json: { ...good, skipped: -1 }, issue: 'skipped: expected an integer ≥ 0, found -1' },
    { json: { ...good, extra: true }, issue: 'extra: unknown key; check its spelling' },
    { json: withBucket(['2024-02-30', 1, 1, 1, 0.5, 0, 1, 0, 0, 0]), issue: 'series[0].buckets[0][0]: expected a date YYYY-MM-DD, YYYY-MM or YYYY, found "2024-02-30"' },
    { json: withBucket(['2024-01-01', 1, 1, 1, 7, 0, 1, 0, 0, 0]), issue: 'series[0].buckets[0][4]: expected a number in [-1, 1], found 7' },
    { json: withBucket(['2024-01-01', 0, 1, 1, 0.5, 0, 0, 0, 0, 0]), issue: 'series[0].buckets[0][1]: expected an integer ≥ 1, found 0' },
    { json: withBucket(['2024-01-01', 2, 1, 1, 0.5, 0, 1, 0, 0, 0]), issue: 'series[0].buckets[0]: expected label counts that add up to n = 2, found 1' },
    { json: withBucket(['2024-01-01', 1, 1, 1, 0.5, 0, 1, 0, 0]), issue: 'series[0].buckets[0][9]: expected an integer ≥ 0, found undefined' },
    {
      json: { ...good, series: [...good.series, ...good.series] },
      issue: 'series[1]: duplicate series for actor "kim" and target null',
    },
    {
      json: { ...good, series: [{ actor: 'kim', target: null, buckets: [good.series[0]!.buckets[0], good.series[0]!.buckets[0]] }] },
      issue: 'series[0].buckets[1][0]: duplicate bucket "2024-01-01"',
    },
    {
      json: { ...good, series: [{ ...good.series[0], target: 'usa' }] },
      issue: 'series[0]: expected the overall series of "kim" (target null) before its dyads',
    },
    { json: 'not json', issue: 'expected tracker JSON text, found text that does not parse' },
    { json: null, issue: 'expected a tracker JSON object { version, options, skipped, series }, found null' },
  ])('rejects bad input with E_INPUT and the JSON path: $issue', ({ json, issue }) => {
    const error = errorOf(json);
    expect(error.code).toBe('E_INPUT');
    expect(error.message).toContain(issue);
  });

  it('accepts the valid example those are made from', () => {
    expect(Tracker.fromJSON(good).series()[0]?.points[0]?.mean).toBe(0.5);
  });
});
