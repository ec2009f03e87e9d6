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

/** A period's midpoint `x` (in the unit the trend is per) and the statistics of its statements. */
export interface TimedMoments {
  readonly x: number;
  readonly moments: Moments;
}

/** A slope and its 95% interval, or `null`s where the data cannot give them. */
export interface Trend {
  readonly slope: number | null;
  readonly ci: readonly [number, number] | null;
}

/**
 * The weighted least-squares slope of the statements' scores on their periods' midpoints, with its
 * 95% t interval, from each period's moments alone: a statement counts by its weight, as in the means,
 * so a period of one statement does not pull as hard as one of two hundred. The weights are reliability
 * weights, as for `sd`: the scores are taken as equally noisy, σ² estimated from the weighted residual
 * sum of squares (within and between periods) over its expectation's factor
 * Σw − Σw²/Σw − Σw²(x − x̄)²/Σw(x − x̄)² (n − 2 under equal weights), and Var(slope) =
 * σ² Σw²(x − x̄)² / (Σw(x − x̄)²)², with nₑ − 2 degrees of freedom. Statements are taken as independent,
 * which copies of one quote and an actor's repeated lines are not: `dedupe` first.
 * The slope is `null` with fewer than two periods that have weight; the interval is `null` too when
 * fewer than three statements carry the weight.
 */
export function weightedTrend(periods: readonly TimedMoments[]): Trend {
  let sumW = 0;
  let sumW2 = 0;
  let sumWx = 0;
  let sumWy = 0;
  let weighted = 0;
  for (const { x, moments } of periods) {
    if (moments.sumW === 0) continue;
    weighted += 1;
    sumW += moments.sumW;
    sumW2 += moments.sumW2;
    sumWx += moments.sumW * x;
    sumWy += moments.sumW * moments.mean;
  }
  if (weighted < 2) return NO_TREND;
  const mx = sumWx / sumW;
  const my = sumWy / sumW;
  let sxx = 0;
  let sxy = 0;
  let q = 0;
  for (const { x, moments } of periods) {
    const dx = x - mx;
    sxx += moments.sumW * dx * dx;
    sxy += moments.sumW * dx * (moments.mean - my);
    q += moments.sumW2 * dx * dx;
  }
  const slope = sxy / sxx;
  // Weights so small that their squares vanish (a confidence of 1e-300) leave no spread of x to fit.
  if (!Number.isFinite(slope)) return NO_TREND;
  let rss = 0;
  for (const { x, moments } of periods) {
    if (moments.sumW === 0) continue;
    const residual = moments.mean - my - slope * (x - mx);
    rss += moments.m2 + moments.sumW * residual * residual;
  }
  const denominator = sumW - sumW2 / sumW - q / sxx;
  const t = tQuantile((sumW * sumW) / sumW2 - 2);
  if (denominator <= sumW * DEGENERATE || !Number.isFinite(t)) return { slope, ci: null };
  const half = t * Math.sqrt(((rss / denominator) * q) / (sxx * sxx));
  return { slope, ci: Number.isFinite(half) ? [slope - half, slope + half] : null };
}

const NO_TREND: Trend = { slope: null, ci: null };

/** The whole score range, what is known of a mean resting on one statement; a new array each time, as callers own their points. */
function fullRange(): [number, number] {
  return [-1, 1];
}

/** Keeps a score in [−1, 1] against rounding (a running mean of scores can overshoot 1 by an ulp). */
function clamp(x: number): number {
  return x < -1 ? -1 : x > 1 ? 1 : x;
}
