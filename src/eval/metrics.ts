import type { StanceLabel } from '../types.js';

/** The four labels, in the order reports print them. */
export const LABELS: readonly StanceLabel[] = ['engagement', 'confrontation', 'mixed', 'neutral'];

/** Counts of (gold label, predicted label) pairs: `confusion[gold][predicted]`. */
export type Confusion = Record<StanceLabel, Record<StanceLabel, number>>;

/** Builds the confusion matrix of paired gold and predicted labels. */
export function confusionMatrix(gold: readonly StanceLabel[], predicted: readonly StanceLabel[]): Confusion {
  const matrix = Object.fromEntries(LABELS.map((g) => [g, Object.fromEntries(LABELS.map((p) => [p, 0]))])) as Confusion;
  gold.forEach((g, i) => {
    matrix[g][predicted[i] as StanceLabel] += 1;
  });
  return matrix;
}

/** Share of items whose predicted label equals the gold label; `undefined` with no items. */
export function accuracy(matrix: Confusion): number | undefined {
  const total = LABELS.reduce((sum, g) => sum + LABELS.reduce((s, p) => s + matrix[g][p], 0), 0);
  return total === 0 ? undefined : LABELS.reduce((sum, l) => sum + matrix[l][l], 0) / total;
}

/** F1 of one label (precision and recall of that label against all others); 0 when it is never gold nor predicted. */
export function f1(matrix: Confusion, label: StanceLabel): number {
  const tp = matrix[label][label];
  const predicted = LABELS.reduce((sum, g) => sum + matrix[g][label], 0);
  const actual = LABELS.reduce((sum, p) => sum + matrix[label][p], 0);
  return predicted + actual === 0 ? 0 : (2 * tp) / (predicted + actual);
}

/** Macro-F1 over the two poles, engagement and confrontation (mixed and neutral still count as errors). */
export function macroF1(matrix: Confusion): number {
  return (f1(matrix, 'engagement') + f1(matrix, 'confrontation')) / 2;
}

/** Spearman's rank correlation (ties get their average rank); `undefined` for fewer than 3 pairs or a constant side. */
export function spearman(xs: readonly number[], ys: readonly number[]): number | undefined {
  if (xs.length !== ys.length || xs.length < 3) return undefined;
  const rx = ranks(xs);
  const ry = ranks(ys);
  const mean = (rx.length + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  rx.forEach((r, i) => {
    const dx = r - mean;
    const dy = (ry[i] as number) - mean;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  });
  return sxx === 0 || syy === 0 ? undefined : sxy / Math.sqrt(sxx * syy);
}

function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]?.[0] === order[i]?.[0]) j += 1;
    for (let k = i; k <= j; k += 1) out[order[k]?.[1] as number] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}
