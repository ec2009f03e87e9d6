import { describe, expect, it } from 'vitest';
import { Moments } from '../../src/track/moments.js';
import { estimate, ewmaAlpha, slope } from '../../src/track/stats.js';

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

describe('slope', () => {
  it.each([
    { xs: [0, 1, 2], ys: [1, 3, 5], expected: 2 },
    // Σ(x − 1.5)(y − 0.5) = 0.75 − 0.25 − 0.25 + 0.75 = 1; Σ(x − 1.5)² = 5 → 0.2.
    { xs: [0, 1, 2, 3], ys: [0, 1, 0, 1], expected: 0.2 },
    { xs: [1], ys: [1], expected: null },
    { xs: [2, 2], ys: [0, 1], expected: null },
  ])('the least-squares slope of $ys on $xs is $expected', ({ xs, ys, expected }) => {
    const result = slope(xs, ys);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(expected, 12);
  });
});
