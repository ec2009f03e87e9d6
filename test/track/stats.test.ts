import { describe, expect, it } from 'vitest';
import { Moments } from '../../src/track/moments.js';
import { estimate, ewmaAlpha, weightedTrend, type TimedMoments } from '../../src/track/stats.js';

function moments(items: [score: number, weight: number][]): Moments {
  const m = new Moments();
  for (const [score, weight] of items) m.add(score, weight, 'neutral');
  return m;
}

describe('estimate', () => {
  it.each([
    { name: 'no statement', items: [], expected: { mean: null, sd: null, ci: null } },
    { name: 'only weightless statements', items: [[0.5, 0], [0.1, 0]], expected: { mean: null, sd: null, ci: null } },
    { name: 'one statement', items: [[0.5, 1]], expected: { mean: 0.5, sd: null, ci: [-1, 1] } },
    { name: 'one statement with weight, one without', items: [[0.5, 0.7], [-0.5, 0]], expected: { mean: 0.5, sd: null, ci: [-1, 1] } },
    { name: 'two extreme statements (interval clamped)', items: [[-1, 1], [1, 1]], expected: { mean: 0, sd: Math.SQRT2, ci: [-1, 1] } },
  ] as { name: string; items: [number, number][]; expected: object }[])('$name → $expected', ({ items, expected }) => {
    expect(estimate(moments(items))).toEqual(expected);
  });

  it('an effective sample size barely above 1 gives the whole range, not an overflowed interval', () => {
    const result = estimate(moments([[0.5, 1], [0.4, 1e-9]]));
    expect(result.ci).toEqual([-1, 1]);
    expect(Number.isFinite(result.mean)).toBe(true);
  });

  it('merging buckets gives the moments of all their statements (Chan update)', () => {
    const items: [number, number][] = [[0.1, 1], [-0.7, 0.3], [0.9, 0.8], [0.2, 0.5], [-0.2, 1]];
    const whole = moments(items);
    const left = moments(items.slice(0, 2));
    left.merge(moments(items.slice(2)));
    for (const key of ['n', 'sumW', 'sumW2', 'mean', 'm2'] as const) expect(left[key]).toBeCloseTo(whole[key], 14);
  });
});

describe('ewmaAlpha', () => {
  it.each([
    { halfLife: 1, alpha: 0.5 },
    { halfLife: 2, alpha: 1 - Math.SQRT1_2 },
  ])('halfLife $halfLife → alpha = 1 − 2^(−1/halfLife) = $alpha', ({ halfLife, alpha }) => {
    expect(ewmaAlpha(halfLife)).toBeCloseTo(alpha, 15);
    // After halfLife steps the old value keeps half its weight.
    expect((1 - ewmaAlpha(halfLife)) ** halfLife).toBeCloseTo(0.5, 15);
  });
});

describe('weightedTrend', () => {
  /** Periods from statements `[x, score, weight]`, as the tracker gathers them. */
  const periodsOf = (statements: readonly (readonly [number, number, number?])[]): TimedMoments[] => {
    const byX = new Map<number, Moments>();
    for (const [x, y, w = 1] of statements) {
      let m = byX.get(x);
      if (m === undefined) byX.set(x, (m = new Moments()));
      m.add(y, w, 'neutral');
    }
    return [...byX].map(([x, moments]) => ({ x, moments }));
  };

  /** The same fit over the statements one by one, written out (reliability weights; see weightedTrend). */
  const direct = (statements: readonly (readonly [number, number, number?])[]) => {
    const w = statements.map((s) => s[2] ?? 1);
    const x = statements.map((s) => s[0]);
    const y = statements.map((s) => s[1]);
    const sum = (f: (i: number) => number) => statements.reduce((acc, _s, i) => acc + f(i), 0);
    const v1 = sum((i) => w[i]!);
    const v2 = sum((i) => w[i]! ** 2);
    const mx = sum((i) => w[i]! * x[i]!) / v1;
    const my = sum((i) => w[i]! * y[i]!) / v1;
    const sxx = sum((i) => w[i]! * (x[i]! - mx) ** 2);
    const slope = sum((i) => w[i]! * (x[i]! - mx) * (y[i]! - my)) / sxx;
    const rss = sum((i) => w[i]! * (y[i]! - my - slope * (x[i]! - mx)) ** 2);
    const q = sum((i) => w[i]! ** 2 * (x[i]! - mx) ** 2);
    const sigma2 = rss / (v1 - v2 / v1 - q / sxx);
    return { slope, se: Math.sqrt((sigma2 * q) / sxx ** 2), df: v1 ** 2 / v2 - 2 };
  };

  it('fits a line through one statement a period exactly, with an interval of no width', () => {
    const { slope, ci } = weightedTrend(periodsOf([[0, 1], [1, 3], [2, 5]]));
    expect(slope).toBeCloseTo(2, 12);
    expect(ci![0]).toBeCloseTo(2, 12);
    expect(ci![1]).toBeCloseTo(2, 12);
  });

  it('equals the fit over the statements one by one, and its t interval (equal weights: OLS, n − 2 df)', () => {
    const statements = [[0, 0.1], [0, -0.3], [0, 0.2], [1, 0.4], [2, 0.1], [2, 0.5], [2, 0.6], [2, 0.2], [3, 0.9], [3, 0.3]] as const;
    const { slope, ci } = weightedTrend(periodsOf(statements));
    const d = direct(statements);
    expect(d.df).toBe(8);
    expect(slope).toBeCloseTo(d.slope, 12);
    // t(0.975, 8) = 2.306004135
    expect(ci![0]).toBeCloseTo(d.slope - 2.306004135 * d.se, 8);
    expect(ci![1]).toBeCloseTo(d.slope + 2.306004135 * d.se, 8);
  });

  it('weighs statements by their weights, and a period of one statement pulls as one statement', () => {
    const statements = [[0, 0.1, 1], [0, -0.3, 0.5], [1, 0.4, 0.2], [2, 0.1, 1], [2, 0.5, 0.9], [3, 0.9, 0.3], [3, 0.3, 1]] as const;
    const { slope, ci } = weightedTrend(periodsOf(statements));
    const d = direct(statements);
    expect(slope).toBeCloseTo(d.slope, 12);
    expect((ci![1] - ci![0]) / 2 / d.se).toBeGreaterThan(2);
    const crowd = periodsOf([...Array.from({ length: 200 }, () => [0, 0] as const), ...Array.from({ length: 200 }, () => [1, 0] as const), [2, 0.9]]);
    expect(weightedTrend(crowd).slope).toBeCloseTo(direct([...Array.from({ length: 200 }, () => [0, 0] as const), ...Array.from({ length: 200 }, () => [1, 0] as const), [2, 0.9]]).slope, 12);
    // A line through the three period means would rise 0.45 a period.
    expect(weightedTrend(crowd).slope).toBeLessThan(0.02);
  });

  it.each([
    { name: 'one period', statements: [[0, 0.1], [0, 0.5]] as const, slope: null },
    { name: 'two statements', statements: [[0, 0.1], [1, 0.5]] as const, slope: 0.4 },
  ])('has no interval with $name', ({ statements, slope }) => {
    const trend = weightedTrend(periodsOf(statements));
    if (slope === null) expect(trend.slope).toBeNull();
    else expect(trend.slope).toBeCloseTo(slope, 12);
    expect(trend.ci).toBeNull();
  });
});
