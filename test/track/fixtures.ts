import type { StanceLabel } from '../../src/types.js';
import type { Series, TrackInput } from '../../src/track/index.js';

/** A statement with a date whose granularity is read from its length (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`). */
export function statement(
  actor: string | null,
  date: string,
  score: number,
  more: { target?: string | null; label?: StanceLabel; confidence?: number } = {},
): TrackInput {
  const granularity = date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
  const label = more.label ?? (score > 0.2 ? 'engagement' : score < -0.2 ? 'confrontation' : 'neutral');
  return { actor, target: more.target ?? null, time: { date, granularity }, stance: { score, label, confidence: more.confidence ?? 1 } };
}

/** Asserts two values are equal, numbers within `tolerance` (absolute). */
export function expectClose(actual: unknown, expected: unknown, tolerance = 1e-9, path = ''): void {
  if (typeof actual === 'number' && typeof expected === 'number') {
    if (!(Math.abs(actual - expected) <= tolerance)) throw new Error(`${path || '(root)'}: ${actual} differs from ${expected} by more than ${tolerance}`);
    return;
  }
  if (Array.isArray(actual) && Array.isArray(expected)) {
    if (actual.length !== expected.length) throw new Error(`${path}: length ${actual.length} ≠ ${expected.length}`);
    actual.forEach((item, i) => expectClose(item, expected[i], tolerance, `${path}[${i}]`));
    return;
  }
  if (actual !== null && expected !== null && typeof actual === 'object' && typeof expected === 'object') {
    const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
    for (const key of keys) expectClose((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], tolerance, `${path}.${key}`);
    return;
  }
  if (actual !== expected) throw new Error(`${path || '(root)'}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
}

/** The points of the only series in a list, failing when there is not exactly one. */
export function onlyPoints(series: Series[]): Series['points'] {
  if (series.length !== 1) throw new Error(`expected one series, found ${series.length}`);
  return series[0]!.points;
}
