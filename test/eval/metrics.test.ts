import { describe, expect, it } from 'vitest';
import { accuracy, confusionMatrix, f1, LABELS, macroF1, spearman } from '../../src/eval/metrics.js';
import type { StanceLabel } from '../../src/types.js';

/*
 * One small set used throughout, gold → predicted:
 *   engagement → engagement, engagement, confrontation
 *   confrontation → confrontation, neutral
 *   mixed → engagement
 *   neutral → neutral, mixed
 */
const gold: StanceLabel[] = ['engagement', 'engagement', 'engagement', 'confrontation', 'confrontation', 'mixed', 'neutral', 'neutral'];
const predicted: StanceLabel[] = ['engagement', 'engagement', 'confrontation', 'confrontation', 'neutral', 'engagement', 'neutral', 'mixed'];
const matrix = confusionMatrix(gold, predicted);

describe('confusionMatrix', () => {
  it('counts matrix[gold][predicted] over all four labels, zeros included', () => {
    expect(matrix).toEqual({
      engagement: { engagement: 2, confrontation: 1, mixed: 0, neutral: 0 },
      confrontation: { engagement: 0, confrontation: 1, mixed: 0, neutral: 1 },
      mixed: { engagement: 1, confrontation: 0, mixed: 0, neutral: 0 },
      neutral: { engagement: 0, confrontation: 0, mixed: 1, neutral: 1 },
    });
  });

  it('gives an all-zero matrix for no items', () => {
    const empty = confusionMatrix([], []);
    for (const g of LABELS) for (const p of LABELS) expect(empty[g][p]).toBe(0);
  });
});

describe('accuracy', () => {
  it('is the diagonal over the total', () => {
    // (2 + 1 + 0 + 1) / 8 = 0.5
    expect(accuracy(matrix)).toBe(0.5);
  });

  it('is undefined with no items, not NaN', () => {
    expect(accuracy(confusionMatrix([], []))).toBeUndefined();
  });
});

describe('f1', () => {
  it.each([
    // engagement: tp 2; predicted 2 + 1 (a mixed item) = 3; gold 3 → 2·2 / (3 + 3) = 2/3
    { label: 'engagement', expected: 2 / 3 },
    // confrontation: tp 1; predicted 1 (an engagement item) + 1 = 2; gold 2 → 2·1 / (2 + 2) = 1/2
    { label: 'confrontation', expected: 0.5 },
    // mixed: tp 0; predicted 1; gold 1 → 0 / 2 = 0
    { label: 'mixed', expected: 0 },
    // neutral: tp 1; predicted 1 (a confrontation item) + 1 = 2; gold 2 → 2 / 4 = 1/2
    { label: 'neutral', expected: 0.5 },
  ] as const)('of $label is 2·tp / (predicted + gold) = $expected', ({ label, expected }) => {
    expect(f1(matrix, label)).toBeCloseTo(expected, 12);
  });

  it('is 0 for a label that is neither gold nor predicted', () => {
    expect(f1(confusionMatrix(['engagement'], ['engagement']), 'mixed')).toBe(0);
  });
});

describe('macroF1', () => {
  it('averages the F1 of the two poles only', () => {
    // (2/3 + 1/2) / 2 = 7/12; mixed and neutral F1 do not enter
    expect(macroF1(matrix)).toBeCloseTo(7 / 12, 12);
  });

  it('is 1 for perfect poles whatever happens to mixed and neutral items', () => {
    // mixed → neutral is an error, but it is neither a pole's false positive nor its false negative
    expect(macroF1(confusionMatrix(['engagement', 'confrontation', 'mixed'], ['engagement', 'confrontation', 'neutral']))).toBe(1);
  });

  it('is 0 with no items', () => {
    expect(macroF1(confusionMatrix([], []))).toBe(0);
  });
});

describe('spearman', () => {
  it.each([
    // ranks x 1 2 3 4, y 1 3 2 4; Σd² = 2 → 1 − 6·2 / (4·15) = 0.8
    { name: 'without ties', xs: [10, 20, 30, 40], ys: [1, 3, 2, 4], expected: 0.8 },
    // y ranks 1 2.5 2.5 4 (the tie shares ranks 2 and 3); centred on 2.5: x −1.5 −.5 .5 1.5, y −1.5 0 0 1.5;
    // Σxy = 4.5, Σx² = 5, Σy² = 4.5 → 4.5 / √22.5 = 3 / √10
    { name: 'with a tie, by average ranks', xs: [1, 2, 3, 4], ys: [1, 2, 2, 3], expected: 3 / Math.sqrt(10) },
    // x ranks 4 1.5 3 1.5 (the repeated 1 at two positions); y ranks 4 1 3 2; centred: x 1.5 −1 .5 −1, y 1.5 −1.5 .5 −.5;
    // Σxy = 2.25 + 1.5 + .25 + .5 = 4.5, Σx² = 4.5, Σy² = 5 → 3 / √10
    { name: 'with a repeated value out of order', xs: [3, 1, 2, 1], ys: [4, 1, 3, 2], expected: 3 / Math.sqrt(10) },
    // ranks reversed exactly
    { name: 'for a reversed order', xs: [1, 2, 3], ys: [30, 20, 10], expected: -1 },
    // only ranks matter: a monotone transform gives 1
    { name: 'for a monotone but non-linear relation', xs: [1, 2, 3, 4, 5], ys: [1, 4, 9, 16, 1000], expected: 1 },
  ])('is the Pearson correlation of ranks $name', ({ xs, ys, expected }) => {
    expect(spearman(xs, ys)).toBeCloseTo(expected, 12);
  });

  it.each([
    { name: 'no pairs', xs: [], ys: [] },
    { name: 'fewer than 3 pairs', xs: [1, 2], ys: [2, 1] },
    { name: 'a constant side', xs: [1, 2, 3], ys: [5, 5, 5] },
    { name: 'sides of different lengths', xs: [1, 2, 3], ys: [1, 2, 3, 4] },
  ])('is undefined for $name', ({ xs, ys }) => {
    expect(spearman(xs, ys)).toBeUndefined();
  });
});
