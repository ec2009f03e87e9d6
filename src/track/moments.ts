import type { StanceLabel } from '../types.js';

/**
 * The sufficient statistics of a set of weighted scores, mergeable in any order.
 *
 * Mean and spread are kept as a running mean and m2 = Σw(x − mean)² (Welford's update, weighted as in
 * West 1979) rather than as raw Σwx and Σwx², because subtracting two large sums cancels: identical
 * scores would then show a small non-zero spread that depends on the order statements arrived in.
 */
export class Moments {
  /** Statements, whatever their weight. */
  n = 0;
  /** Σw */
  sumW = 0;
  /** Σw², for the effective sample size (Σw)²/Σw². */
  sumW2 = 0;
  /** Weighted mean; 0 while sumW is 0. */
  mean = 0;
  /** Σw(x − mean)². */
  m2 = 0;
  engagement = 0;
  confrontation = 0;
  mixed = 0;
  neutral = 0;

  /** Adds one score `x` with weight `w` ≥ 0. */
  add(x: number, w: number, label: StanceLabel): void {
    this.n++;
    this.count(label);
    if (w === 0) return;
    this.sumW += w;
    this.sumW2 += w * w;
    const delta = x - this.mean;
    // share ∈ [0, 1] even after rounding, and is exactly 1 for the first weighted statement: the mean is
    // then exactly x and m2 grows by w·δ²·(1 − share) ≥ 0, never by a negative rounding residue.
    const share = w / this.sumW;
    this.mean += delta * share;
    this.m2 += w * delta * delta * (1 - share);
  }

  /** Adds every statement of `other` (Chan et al.'s pairwise update, weighted). */
  merge(other: Moments): void {
    this.n += other.n;
    this.engagement += other.engagement;
    this.confrontation += other.confrontation;
    this.mixed += other.mixed;
    this.neutral += other.neutral;
    if (other.sumW === 0) return;
    const sumW = this.sumW + other.sumW;
    const delta = other.mean - this.mean;
    const share = other.sumW / sumW;
    this.m2 += other.m2 + delta * delta * this.sumW * share;
    this.mean += delta * share;
    this.sumW = sumW;
    this.sumW2 += other.sumW2;
  }

  private count(label: StanceLabel): void {
    if (label === 'engagement') this.engagement++;
    else if (label === 'confrontation') this.confrontation++;
    else if (label === 'mixed') this.mixed++;
    else this.neutral++;
  }
}
