import { formatDay } from './calendar.js';
import { fnv1a } from '../util/hash.js';
import { periodStart } from './intervals.js';
import { mulberry32 } from './random.js';
import type { Periods } from './series.js';
import type { Interval, Shift } from './types.js';

/**
 * Change points by binary segmentation. Within a stretch of periods, the candidate split is the one
 * that maximises the weighted CUSUM B = (mean₁ − mean₂)² · W₁W₂/W (W = Σ statement weights, so a period
 * counts by how many statements it holds). The test statistic is B / σ̂², where σ̂² is the mean square
 * successive difference of the period means (von Neumann et al. 1941), each difference standardised by
 * √(1/Wᵢ + 1/Wᵢ₊₁). A step moves one difference of k − 1, so σ̂ stays close to the noise; the pooled
 * variance around the stretch's mean would take in every other step too, until none is significant.
 *
 * Significance comes from a permutation test of the periods' standardised noise (see
 * `permutationP`): the permuted series get the same maximum over splits, so no multiple-testing
 * correction is needed, and nothing is assumed about the distribution of scores beyond the spread of a
 * period's mean shrinking with its weight, which suits short, noisy, bounded series. A significant
 * split cuts the stretch and both parts are examined again.
 */

/** Permutations per test: the smallest p-value is 1/1000, a tenth of the default α = 0.01. */
const PERMUTATIONS = 999;
/** Each side of a split keeps at least this many non-empty periods; one period alone is too easily an outlier. */
const MIN_SEGMENT = 2;
/** Mixed into each series' seed so the permutations are fixed for a given actor and target. */
const SEED = 0x5eed;

/** Settings of one run of the detector. */
export interface ShiftSettings {
  readonly minEffect: number;
  readonly alpha: number;
}

/** The shifts of one gathered series, earliest first. Deterministic: the same series gives the same shifts. */
export function detectShifts(actor: string, target: string | null, interval: Interval, gathered: Periods, settings: ShiftSettings): Shift[] {
  const values: number[] = [];
  const weights: number[] = [];
  const starts: number[] = [];
  gathered.periods.forEach((period, i) => {
    const moments = gathered.moments[i]!;
    if (moments.sumW === 0) return;
    values.push(moments.mean);
    weights.push(moments.sumW);
    starts.push(periodStart(interval, period));
  });
  const random = mulberry32(fnv1a(`${actor}\u0000${target ?? ''}`) ^ SEED);
  const cuts: { index: number; p: number }[] = [];
  const examine = (from: number, to: number): void => {
    if (to - from < 2 * MIN_SEGMENT) return;
    const v = values.slice(from, to);
    const w = weights.slice(from, to);
    const best = maxSplit(v, w);
    const p = permutationP(v, w, best.statistic, settings.alpha, random);
    if (!significant(p, settings.alpha)) return;
    cuts.push({ index: from + best.index, p });
    examine(from, from + best.index);
    examine(from + best.index, to);
  };
  examine(0, values.length);
  cuts.sort((a, b) => a.index - b.index);

  // Each change is measured between its neighbouring reported changes. Dropping the smallest change
  // below minEffect merges its two segments, which moves its neighbours' before and after (a staircase
  // of small steps can add up to a reportable one), so cuts are dropped one at a time.
  const effects = () =>
    cuts.map((cut, i) => {
      const before = weightedMean(values, weights, i === 0 ? 0 : cuts[i - 1]!.index, cut.index);
      const after = weightedMean(values, weights, cut.index, cuts[i + 1]?.index ?? values.length);
      return { cut, before, after, effect: after - before };
    });
  let measured = effects();
  for (;;) {
    let smallest = -1;
    measured.forEach(({ effect }, i) => {
      if (Math.abs(effect) < settings.minEffect && (smallest === -1 || Math.abs(effect) < Math.abs(measured[smallest]!.effect))) smallest = i;
    });
    if (smallest === -1) break;
    cuts.splice(smallest, 1);
    measured = effects();
  }
  return measured.map(({ cut, before, after, effect }) => ({ actor, target, at: formatDay(starts[cut.index]!), before, after, effect, confidence: 1 - cut.p }));
}

/** The split index (first period of the second part) with the largest CUSUM, and the test statistic B / σ̂². */
function maxSplit(values: readonly number[], weights: readonly number[]): { index: number; statistic: number } {
  const k = values.length;
  let total = 0;
  let sum = 0;
  for (let i = 0; i < k; i++) {
    total += weights[i]!;
    sum += weights[i]! * values[i]!;
  }
  let index = MIN_SEGMENT;
  let most = 0;
  let leftW = 0;
  let leftSum = 0;
  for (let split = 1; split <= k - MIN_SEGMENT; split++) {
    leftW += weights[split - 1]!;
    leftSum += weights[split - 1]! * values[split - 1]!;
    if (split < MIN_SEGMENT) continue;
    const rightW = total - leftW;
    const delta = leftSum / leftW - (sum - leftSum) / rightW;
    const cusum = (delta * delta * leftW * rightW) / total;
    if (cusum > most) {
      most = cusum;
      index = split;
    }
  }
  // A flat stretch has no split (0), whatever its noise; a noiseless step is infinitely clear.
  return { index, statistic: most === 0 ? 0 : most / noiseVariance(values, weights) };
}

/** σ̂² of one statement's weight from successive differences of the period means (see above). */
function noiseVariance(values: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let i = 1; i < values.length; i++) {
    const d = values[i]! - values[i - 1]!;
    sum += (d * d) / (1 / weights[i]! + 1 / weights[i - 1]!);
  }
  return sum / (values.length - 1);
}

/** Whether a p-value is at most `alpha`, with a hair of tolerance for the rounding of (count + 1)/(permutations + 1). */
function significant(p: number, alpha: number): boolean {
  return p <= alpha + 1e-12;
}

/**
 * The permutation p-value (count + 1)/(permutations + 1) of `observed`. With no change, each period's
 * mean is the stretch's mean plus noise whose variance is σ²/Wᵢ, so the noise standardised by √Wᵢ is
 * exchangeable between periods: the permutations move it, and leave each period its own weight.
 * (Shuffling the periods with their weights assumes that the periods themselves are interchangeable.
 * When the number of statements grows or fades over time they are not, and series with no change
 * showed one 2–3 times as often as `alpha`.) Stops as soon as the p-value can no longer be at most
 * `alpha`: a rejected split needs no precise p-value.
 */
function permutationP(values: readonly number[], weights: readonly number[], observed: number, alpha: number, random: () => number): number {
  const mean = weightedMean(values, weights, 0, values.length);
  const roots = weights.map(Math.sqrt);
  const noise = values.map((x, i) => (x - mean) * roots[i]!);
  const permuted = new Array<number>(values.length);
  // Rounding can make a permutation that equals the data score a hair below the observed statistic.
  const threshold = observed * (1 - 1e-9);
  let count = 0;
  for (let round = 0; round < PERMUTATIONS; round++) {
    for (let i = noise.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const z = noise[i]!;
      noise[i] = noise[j]!;
      noise[j] = z;
    }
    // The statistic ignores the stretch's mean, so the noise alone stands for the permuted means.
    for (let i = 0; i < noise.length; i++) permuted[i] = noise[i]! / roots[i]!;
    if (maxSplit(permuted, weights).statistic < threshold) continue;
    count += 1;
    if (!significant((count + 1) / (PERMUTATIONS + 1), alpha)) break;
  }
  return (count + 1) / (PERMUTATIONS + 1);
}

function weightedMean(values: readonly number[], weights: readonly number[], from: number, to: number): number {
  let total = 0;
  let sum = 0;
  for (let i = from; i < to; i++) {
    total += weights[i]!;
    sum += weights[i]! * values[i]!;
  }
  return sum / total;
}
