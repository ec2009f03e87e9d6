import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDay, formatMonth, formatYear, parseDay } from '../../src/track/calendar.js';
import { createTracker, mergeTrackers, type Interval, type Tracker, type TrackInput, type Weighting } from '../../src/track/index.js';
import { expectClose } from './fixtures.js';

const FIRST = parseDay('2023-11-20')!;

/** Statements over ~5 months, 3 actors, 3 targets, mostly day-dated. */
const statementArb: fc.Arbitrary<TrackInput> = fc
  .record({
    actor: fc.constantFrom('kim', 'lee', 'xi', null),
    target: fc.constantFrom(null, undefined, 'kim', 'usa'),
    day: fc.integer({ min: FIRST, max: FIRST + 150 }),
    granularity: fc.constantFrom('day', 'day', 'day', 'day', 'month', 'year'),
    score: fc.double({ min: -1, max: 1, noNaN: true }),
    label: fc.constantFrom('engagement', 'confrontation', 'mixed', 'neutral'),
    confidence: fc.double({ min: 0, max: 1, noNaN: true }),
  } as const)
  .map(({ actor, target, day, granularity, score, label, confidence }) => {
    const date = formatDay(day);
    const time =
      granularity === 'day'
        ? { date, granularity }
        : granularity === 'month'
          ? { date: formatMonth(Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1), granularity }
          : { date: formatYear(Number(date.slice(0, 4))), granularity };
    return { actor, target, time, stance: { score, label, confidence } };
  });

const settingsArb = fc.record({
  interval: fc.constantFrom<Interval>('day', 'week', 'month', 'quarter', 'year'),
  weighting: fc.constantFrom<Weighting>('equal', 'confidence'),
});

function feed(settings: { interval: Interval; weighting: Weighting }, statements: readonly TrackInput[]): Tracker {
  const tracker = createTracker(settings);
  tracker.addMany(statements);
  return tracker;
}

/** Everything a tracker reports, at every interval. */
function report(tracker: Tracker) {
  return {
    skipped: tracker.skipped,
    actors: tracker.actors(),
    series: (['day', 'week', 'month', 'quarter', 'year'] as const).map((interval) => tracker.series({ interval })),
  };
}

const RUNS = { seed: 1618033, numRuns: 100 };

describe('mergeTrackers', () => {
  it('equals a single pass over all statements, however they are split (tolerance 1e-9)', () => {
    fc.assert(
      fc.property(settingsArb, fc.array(fc.tuple(statementArb, fc.integer({ min: 0, max: 2 })), { maxLength: 80 }), (settings, items) => {
        const parts = [0, 1, 2].map((part) => items.filter(([, p]) => p === part).map(([s]) => s));
        const merged = mergeTrackers(feed(settings, parts[0]!), feed(settings, parts[1]!), feed(settings, parts[2]!));
        expectClose(report(merged), report(feed(settings, items.map(([s]) => s))), 1e-9);
      }),
      RUNS,
    );
  });

  // The extreme doubles above are mostly tiny numbers, whose rounding errors are tinier still; these
  // scores are of the size real ones have. Sums added in another order round differently, so a merged
  // tracker is not bit-identical to a single pass, only within a few units in the last place.
  it('equals a single pass up to rounding on scores and confidences of ordinary size (tolerance 1e-12)', () => {
    const thousandths = (min: number) => fc.integer({ min, max: 1000 }).map((x) => x / 1000);
    const ordinary = statementArb.chain((s) => fc.record({ score: thousandths(-1000), confidence: thousandths(0) }).map((stance) => ({ ...s, stance: { ...s.stance, ...stance } })));
    fc.assert(
      fc.property(settingsArb, fc.array(fc.tuple(ordinary, fc.integer({ min: 0, max: 2 })), { maxLength: 80 }), (settings, items) => {
        const parts = [0, 1, 2].map((part) => items.filter(([, p]) => p === part).map(([s]) => s));
        const merged = mergeTrackers(feed(settings, parts[0]!), feed(settings, parts[1]!), feed(settings, parts[2]!));
        expectClose(report(merged), report(feed(settings, items.map(([s]) => s))), 1e-12);
      }),
      // Enough runs that some merges do round differently from the single pass.
      { ...RUNS, numRuns: 1000 },
    );
  });

  it('is commutative and associative (tolerance 1e-9)', () => {
    fc.assert(
      fc.property(settingsArb, fc.array(statementArb, { maxLength: 30 }), fc.array(statementArb, { maxLength: 30 }), fc.array(statementArb, { maxLength: 30 }), (settings, a, b, c) => {
        const [ta, tb, tc] = [a, b, c].map((part) => feed(settings, part)) as [Tracker, Tracker, Tracker];
        expectClose(report(mergeTrackers(ta, tb)), report(mergeTrackers(tb, ta)), 1e-9);
        expectClose(report(mergeTrackers(mergeTrackers(ta, tb), tc)), report(mergeTrackers(ta, mergeTrackers(tb, tc))), 1e-9);
      }),
      RUNS,
    );
  });

  it('leaves its inputs unchanged', () => {
    fc.assert(
      fc.property(settingsArb, fc.array(statementArb, { maxLength: 30 }), fc.array(statementArb, { maxLength: 30 }), (settings, a, b) => {
        const [ta, tb] = [feed(settings, a), feed(settings, b)];
        const before = [JSON.stringify(ta), JSON.stringify(tb)];
        mergeTrackers(ta, tb).add({ actor: 'kim', time: { date: '2024-01-01', granularity: 'day' }, stance: { score: 1, label: 'engagement', confidence: 1 } });
        expect([JSON.stringify(ta), JSON.stringify(tb)]).toEqual(before);
      }),
      RUNS,
    );
  });
});
