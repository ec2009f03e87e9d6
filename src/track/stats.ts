import jStat from 'jstat';
import type { Moments } from './moments.js';

/** Mean, spread and 95% interval of a set of weighted scores; see `Point` for the definitions. */
export interface Estimate {
  readonly mean: number | null;
  readonly sd: number | null;
  readonly ci: readonly [number, number] | null;
}

/**
 * Below this share of Σw, the variance denominator Σw − Σw²/Σw is rounding noise: it is exactly 0 when a
 * single statement carries all the weight, but (w·w)/w may miss w by an ulp.
 */
const DEGENERATE = 1e-12;

/** The estimate of a bucket or of a merge of buckets. */
export function estimate(m: Moments): Estimate {
  if (m.sumW === 0) return { mean: null, sd: null, ci: null };
  const mean = clamp(m.mean);
  const denominator = m.sumW - m.sumW2 / m.sumW;
  if (m.n < 2 || denominator <= m.sumW * DEGENERATE) return { mean, sd: null, ci: fullRange() };
  const sd = Math.sqrt(m.m2 / denominator);
  const effectiveN = effectiveCount(m);
  const t = tQuantile(effectiveN - 1);
  // With nₑ barely above 1 the t quantile overflows; the interval is then the whole range anyway.
  if (!Number.isFinite(t)) return { mean, sd, ci: fullRange() };
  const half = (t * sd) / Math.sqrt(effectiveN);
  return { mean, sd, ci: [clamp(mean - half), clamp(mean + half)] };
}

/** The effective sample size nₑ = (Σw)²/Σw²: n under equal weighting, 0 when no statement has weight. */
export function effectiveCount(m: Moments): number {
  return m.sumW === 0 ? 0 : (m.sumW * m.sumW) / m.sumW2;
}

/**
 * t(0.975, df). jstat inverts the t distribution iteratively (a few µs); equal weighting only ever asks
 * for whole degrees of freedom, so those are remembered — a day series asks for the same few thousand times.
 */
function tQuantile(df: number): number {
  if (!Number.isInteger(df)) return jStat.studentt.inv(0.975, df);
  let t = T_CACHE.get(df);
  if (t === undefined) {
    t = jStat.studentt.inv(0.975, df);
    T_CACHE.set(df, t);
  }
  return t;
}

/** Whole degrees of freedom seen so far; bounded by the largest bucket's n. */
const T_CACHE = new Map<number, number>();

/** The EWMA smoothing factor for a half-life in periods: after `halfLife` periods a mean weighs ½. */
export function ewmaAlpha(halfLife: number): number {
  return 1 - 2 ** (-1 / halfLife);
}

/** Ordinary least-squares slope of `ys` on `xs`, or `null` with fewer than two distinct `xs`. */
export function slope(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  if (n < 2) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i]!;
    my += ys[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    sxy += dx * (ys[i]! - my);
    sxx += dx * dx;
  }
  return sxx === 0 ? null : sxy / sxx;
}

/** The whole score range, what is known of a mean resting on one statement; a new array each time, as callers own their points. */
function fullRange(): [number, number] {
  return [-1, 1];
}

/** Keeps a score in [−1, 1] against rounding (a running mean of scores can overshoot 1 by an ulp). */
function clamp(x: number): number {
  return x < -1 ? -1 : x > 1 ? 1 : x;
}
