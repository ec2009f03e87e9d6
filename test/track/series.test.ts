import { describe, expect, it } from 'vitest';
import { createTracker, type Point } from '../../src/track/index.js';
import { expectClose, onlyPoints, statement } from './fixtures.js';

/** t(0.975, df) from tables, for the hand-computed intervals below. */
const T975 = { 1: 12.706204736065853, 2: 4.3026527290723555, 3: 3.1824463049985403 };

describe('series', () => {
  it('gives hand-computed means, sample sds, t intervals, shares, EWMA and empty months', () => {
    const tracker = createTracker({ interval: 'month', halfLife: 1, minN: 3 });
    tracker.addMany([
      statement('kim', '2024-01-03', 0.2, { label: 'neutral' }),
      statement('kim', '2024-01-15', 0.4, { label: 'engagement' }),
      statement('kim', '2024-01-31', 0.6, { label: 'engagement' }),
      statement('kim', '2024-03-01', -0.5, { label: 'confrontation' }),
      statement('kim', '2024-03-02', -0.3, { label: 'mixed' }),
      statement('kim', '2024-04-30', 0.5, { label: 'engagement' }),
    ]);
    // January: mean (0.2 + 0.4 + 0.6)/3 = 0.4; squared deviations 0.04 + 0 + 0.04 = 0.08; var 0.08/2 = 0.04,
    //   sd 0.2; half-width t(2) · 0.2/√3 = 4.30265 · 0.11547 = 0.49683 → [−0.09683, 0.89683].
    // February: no statement → n 0, nulls, EWMA carried.
    // March: mean −0.4; squared deviations 0.01 + 0.01 = 0.02; var 0.02/1, sd 0.14142; half-width
    //   t(1) · 0.14142/√2 = 12.70620 · 0.1 = 1.27062 → [−1.67062, 0.87062], clamped to [−1, 0.87062].
    // April: a single statement → sd null and the whole range [−1, 1].
    // EWMA with halfLife 1 → alpha = 1 − 2^−1 = 0.5: 0.4, then 0.4 carried through February, which ages
    //   January's mean too: March takes 1 − 0.5² = 0.75, 0.4 + 0.75(−0.4 − 0.4) = −0.2; April −0.2 + 0.5(0.5 + 0.2) = 0.15.
    const expected: Point[] = [
      {
        start: '2024-01-01',
        end: '2024-01-31',
        n: 3,
        mean: 0.4,
        sd: 0.2,
        ci: [0.4 - (T975[2] * 0.2) / Math.sqrt(3), 0.4 + (T975[2] * 0.2) / Math.sqrt(3)],
        engagementShare: 2 / 3,
        confrontationShare: 0,
        mixedShare: 0,
        neutralShare: 1 / 3,
        ewma: 0.4,
        sparse: false,
      },
      {
        start: '2024-02-01',
        end: '2024-02-29',
        n: 0,
        mean: null,
        sd: null,
        ci: null,
        engagementShare: null,
        confrontationShare: null,
        mixedShare: null,
        neutralShare: null,
        ewma: 0.4,
        sparse: true,
      },
      {
        start: '2024-03-01',
        end: '2024-03-31',
        n: 2,
        mean: -0.4,
        sd: Math.sqrt(0.02),
        ci: [-1, -0.4 + T975[1] * 0.1],
        engagementShare: 0,
        confrontationShare: 0.5,
        mixedShare: 0.5,
        neutralShare: 0,
        ewma: -0.2,
        sparse: true,
      },
      {
        start: '2024-04-01',
        end: '2024-04-30',
        n: 1,
        mean: 0.5,
        sd: null,
        ci: [-1, 1],
        engagementShare: 1,
        confrontationShare: 0,
        mixedShare: 0,
        neutralShare: 0,
        ewma: 0.15,
        sparse: true,
      },
    ];
    expectClose(onlyPoints(tracker.series({ actor: 'kim' })), expected, 1e-12);
    // JSON.stringify would hide NaN as null, so look at every number.
    const numbers: number[] = [];
    JSON.stringify(tracker.series(), (_key, value: unknown) => (typeof value === 'number' && numbers.push(value), value));
    expect(numbers.filter((x) => !Number.isFinite(x))).toEqual([]);
  });

  it('weighting by confidence uses weighted moments and the effective sample size (Σw)²/Σw²', () => {
    const input = [
      statement('lee', '2024-05-01', 0.2, { confidence: 1 }),
      statement('lee', '2024-05-02', 0.4, { confidence: 1 }),
      statement('lee', '2024-05-03', 0.6, { confidence: 0.5 }),
      statement('lee', '2024-05-04', 0.8, { confidence: 0.5 }),
    ];
    const weighted = createTracker({ interval: 'month', weighting: 'confidence' });
    weighted.addMany(input);
    // Σw = 3, Σwx = 0.2 + 0.4 + 0.3 + 0.4 = 1.3 → mean 0.43333. Σw(x − mean)² = 0.13667; Σw² = 2.5;
    // var = 0.13667 / (3 − 2.5/3) = 0.063077, sd 0.25115; nₑ = 9/2.5 = 3.6, df 2.6, t(0.975, 2.6) = 3.47818;
    // half-width 3.47818 · 0.25115/√3.6 = 0.46040 → [−0.02707, 0.89373].
    const [point] = onlyPoints(weighted.series());
    expectClose(point?.mean, 1.3 / 3, 1e-12);
    expectClose(point?.sd, 0.2511511956509924, 1e-12);
    expectClose(point?.ci, [-0.027067768342237786, 0.8937344350089045], 1e-9);

    const equal = createTracker({ interval: 'month' });
    equal.addMany(input);
    // Equal weights: mean 0.5; squared deviations 0.09 + 0.01 + 0.01 + 0.09 = 0.2; sd √(0.2/3) = 0.25820;
    // half-width t(3) · 0.25820/2 = 3.18245 · 0.12910 = 0.41085.
    const [flat] = onlyPoints(equal.series());
    expectClose(flat?.mean, 0.5, 1e-12);
    expectClose(flat?.ci, [0.5 - (T975[3] * Math.sqrt(0.2 / 3)) / 2, 0.5 + (T975[3] * Math.sqrt(0.2 / 3)) / 2], 1e-12);
  });

  it('a period whose statements all have confidence 0 counts them but has no mean under confidence weighting', () => {
    const tracker = createTracker({ interval: 'month', weighting: 'confidence' });
    tracker.addMany([statement('kim', '2024-01-05', 0, { confidence: 0 }), statement('kim', '2024-02-05', 0.5, { confidence: 0.5 })]);
    const [january, february] = onlyPoints(tracker.series());
    expect(january).toMatchObject({ n: 1, mean: null, sd: null, ci: null, neutralShare: 1, ewma: null });
    expect(february).toMatchObject({ n: 1, mean: 0.5, ewma: 0.5 });
  });

  it('identical scores have sd exactly 0 and a zero-width interval', () => {
    const tracker = createTracker({ interval: 'year' });
    for (let i = 0; i < 7; i++) tracker.add(statement('kim', `2024-0${1 + i}-01`, 0.3));
    expect(onlyPoints(tracker.series())[0]).toMatchObject({ n: 7, mean: 0.3, sd: 0, ci: [0.3, 0.3] });
  });

  it.each([
    // A month-dated statement fits a month, quarter or year, but not a day or week: there it is only counted in `coarse`.
    { interval: 'day', points: [{ start: '2024-03-05', n: 1 }], coarse: 2 },
    { interval: 'week', points: [{ start: '2024-03-04', n: 1 }], coarse: 2 },
    { interval: 'month', points: [{ start: '2024-03-01', n: 2 }], coarse: 1 },
    { interval: 'quarter', points: [{ start: '2024-01-01', n: 2 }], coarse: 1 },
    { interval: 'year', points: [{ start: '2024-01-01', n: 3 }], coarse: 0 },
  ] as const)('at $interval intervals coarse dates count in coarse ($coarse), not spread over days', ({ interval, points, coarse }) => {
    const tracker = createTracker({ interval: 'day' });
    tracker.addMany([statement('kim', '2024-03-05', 0.5), statement('kim', '2024-03', -0.5), statement('kim', '2024', 0)]);
    const [series] = tracker.series({ interval });
    expect(series?.coarse).toBe(coarse);
    expect(series?.points.map(({ start, n }) => ({ start, n }))).toEqual(points);
  });

  it('a series whose statements are all too coarse for the interval has no points', () => {
    const tracker = createTracker({ interval: 'month' });
    tracker.add(statement('kim', '2024', 0.1));
    expect(tracker.series()).toEqual([{ actor: 'kim', target: null, interval: 'month', coarse: 1, points: [] }]);
  });

  it('each statement counts in its actor overall series and its dyad; series are sorted by actor then target, null first', () => {
    const tracker = createTracker({ interval: 'year' });
    tracker.addMany([
      statement('lee', '2024-01-01', 0.5, { target: 'kim' }),
      statement('kim', '2024-01-01', -0.5, { target: 'usa' }),
      statement('kim', '2024-01-01', -0.1, { target: 'lee' }),
      statement('kim', '2024-01-01', 0.3),
    ]);
    const all = tracker.series();
    expect(all.map((s) => [s.actor, s.target, s.points[0]?.n])).toEqual([
      ['kim', null, 3],
      ['kim', 'lee', 1],
      ['kim', 'usa', 1],
      ['lee', null, 1],
      ['lee', 'kim', 1],
    ]);
    expect(tracker.series({ actor: 'kim' }).map((s) => s.target)).toEqual([null]);
    expect(tracker.series({ actor: 'kim', target: 'usa' }).map((s) => [s.actor, s.target])).toEqual([['kim', 'usa']]);
    expect(tracker.series({ target: 'kim' }).map((s) => [s.actor, s.target])).toEqual([['lee', 'kim']]);
    expect(tracker.series({ actor: 'nobody' })).toEqual([]);
  });

  it('statements arriving in any order give the same series (up to rounding)', () => {
    const input = Array.from({ length: 200 }, (_, i) =>
      statement(i % 3 === 0 ? 'kim' : 'lee', `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + ((i * 7) % 28)).padStart(2, '0')}`, Math.sin(i * 1.7), {
        target: i % 4 === 0 ? null : `t${i % 2}`,
        confidence: (i % 10) / 10,
      }),
    );
    const reversed = [...input].reverse();
    const interleaved = [...input.filter((_, i) => i % 2 === 1), ...input.filter((_, i) => i % 2 === 0)];
    for (const weighting of ['equal', 'confidence'] as const) {
      const results = [input, reversed, interleaved].map((order) => {
        const tracker = createTracker({ interval: 'week', weighting });
        tracker.addMany(order);
        return { series: tracker.series(), quarters: tracker.series({ interval: 'quarter' }), actors: tracker.actors() };
      });
      expectClose(results[1], results[0], 1e-12);
      expectClose(results[2], results[0], 1e-12);
    }
  });

  it('marks points sparse below minN', () => {
    const tracker = createTracker({ interval: 'month', minN: 2 });
    tracker.addMany([statement('kim', '2024-01-01', 0), statement('kim', '2024-02-01', 0), statement('kim', '2024-02-02', 0)]);
    expect(onlyPoints(tracker.series()).map((p) => p.sparse)).toEqual([true, false]);
  });

  it('under confidence weighting, counts what the mean rests on: statements of confidence 0 add nothing', () => {
    const tracker = createTracker({ interval: 'month', weighting: 'confidence' });
    const neutral = (day: string) => statement('kim', day, 0, { label: 'neutral', confidence: 0 });
    tracker.addMany([statement('kim', '2024-01-01', -0.8, { confidence: 0.6 }), neutral('2024-01-02'), neutral('2024-01-03'), neutral('2024-01-04')]);
    tracker.addMany([0.3, 0.3, 0.3].map((confidence, i) => statement('kim', `2024-02-0${i + 1}`, -0.5, { confidence })));
    expect(onlyPoints(tracker.series()).map((p) => [p.n, p.mean, p.sparse])).toEqual([
      [4, -0.8, true],
      [3, -0.5, false],
    ]);
  });
});
