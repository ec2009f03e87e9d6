import { describe, expect, it } from 'vitest';
import { StancetrackError } from '../../src/errors.js';
import { dayNumber, formatDay } from '../../src/track/calendar.js';
import { createTracker, type Tracker } from '../../src/track/index.js';
import { mulberry32 } from '../../src/track/random.js';
import { statement } from './fixtures.js';

interface Scenario {
  /** Mean score of month m (0 = January 2023). */
  level: (month: number) => number;
  months: number;
  /** Standard deviation of the statement scores around the level (clamped to [−1, 1]). */
  sd: number;
  /** Statements per month, drawn uniformly from this range. */
  perMonth: readonly [number, number];
  actor?: string;
  target?: string;
  /** The first month simulated (default 0). */
  from?: number;
}

/** A seeded monthly series: scores = level + approximately normal noise (sum of 12 uniforms − 6). */
function simulate(seed: number, { level, months, sd, perMonth, actor, target, from = 0 }: Scenario, tracker: Tracker = createTracker({ interval: 'month' })): Tracker {
  const random = mulberry32(seed);
  const noise = () => Array.from({ length: 12 }, random).reduce((a, b) => a + b) - 6;
  for (let m = from; m < from + months; m++) {
    const n = perMonth[0] + Math.floor(random() * (perMonth[1] - perMonth[0] + 1));
    for (let i = 0; i < n; i++) {
      const date = formatDay(dayNumber(2023 + Math.floor(m / 12), (m % 12) + 1, 1 + Math.floor(random() * 28)));
      tracker.add(statement(actor ?? 'kim', date, Math.max(-1, Math.min(1, level(m) + sd * noise())), { target: target ?? null }));
    }
  }
  return tracker;
}

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('shifts', () => {
  it.each(SEEDS)('finds the one step in a clear step series (seed %i): at 2024-01-01, from about −0.4 to 0.3', (seed) => {
    const tracker = simulate(seed, { level: (m) => (m < 12 ? -0.4 : 0.3), months: 24, sd: 0.2, perMonth: [6, 10] });
    const shifts = tracker.shifts();
    expect(shifts).toHaveLength(1);
    const [shift] = shifts;
    expect(shift).toMatchObject({ actor: 'kim', target: null, at: '2024-01-01' });
    // Each side holds about 96 statements with sd 0.2: the standard error of its mean is about 0.02 (allow 4).
    expect(Math.abs(shift!.before + 0.4)).toBeLessThan(0.08);
    expect(Math.abs(shift!.after - 0.3)).toBeLessThan(0.08);
    expect(shift!.effect).toBeCloseTo(shift!.after - shift!.before, 15);
    expect(shift!.confidence).toBeGreaterThanOrEqual(0.99);
  });

  it('reports no shift in 9 of 10 flat noisy series', () => {
    // At the defaults about 1 flat series in 170 shows a change (0.6% of 2,000 such series), so one of
    // ten may (P ≈ 6%); two would be a 1-in-600 chance.
    const flagged = SEEDS.filter((seed) => simulate(seed, { level: () => 0, months: 24, sd: 0.5, perMonth: [1, 8] }).shifts().length > 0);
    expect(flagged.length).toBeLessThanOrEqual(1);
  });

  it('reports a change no permutation matches at alpha 0.001, the smallest p-value 999 permutations give', () => {
    const tracker = simulate(3, { level: (m) => (m < 12 ? -0.4 : 0.3), months: 24, sd: 0.05, perMonth: [5, 5] });
    expect(tracker.shifts({ alpha: 0.001 })).toMatchObject([{ at: '2024-01-01', confidence: 0.999 }]);
  });

  it('stays calibrated when the number of statements per month jumps: 1 a month for a year, then 30', () => {
    // Shuffling months with their weights took such series for changes 2–3 times as often as α.
    let flagged = 0;
    for (let seed = 1000; seed < 2000; seed++) {
      const tracker = simulate(seed, { level: () => 0.1, months: 12, sd: 0.4, perMonth: [1, 1] });
      simulate(seed + 5000, { level: () => 0.1, months: 12, sd: 0.4, perMonth: [30, 30], from: 12 }, tracker);
      if (tracker.shifts({ minEffect: 0, alpha: 0.05 }).length > 0) flagged++;
    }
    // Binomial(1000, 0.05): mean 50, sd 6.9; allow up to mean + 3 sd.
    expect(flagged).toBeLessThanOrEqual(71);
  });

  it('is calibrated: over 200 flat series, about α of them show a significant split of any size', () => {
    let flagged = 0;
    for (let seed = 100; seed < 300; seed++) {
      const tracker = simulate(seed, { level: () => -0.2, months: 24, sd: 0.4, perMonth: [2, 6] });
      if (tracker.shifts({ minEffect: 0, alpha: 0.05 }).length > 0) flagged++;
    }
    // Binomial(200, 0.05): mean 10, sd 3.1; allow up to mean + 3 sd.
    expect(flagged).toBeLessThanOrEqual(19);
  });

  it('finds both steps of a series that rises then falls back, and reports each against its neighbouring segments', () => {
    const tracker = simulate(11, { level: (m) => (m < 12 ? -0.5 : m < 24 ? 0.3 : -0.5), months: 36, sd: 0.2, perMonth: [5, 8] });
    const shifts = tracker.shifts();
    expect(shifts.map((s) => s.at)).toEqual(['2024-01-01', '2025-01-01']);
    expect(shifts[0]!.effect).toBeCloseTo(0.8, 1);
    expect(shifts[1]!.effect).toBeCloseTo(-0.8, 1);
    expect(shifts[0]!.after).toBe(shifts[1]!.before);
  });

  it('measures a change from the previous reported one: a small step it drops is merged into the segment before', () => {
    const tracker = simulate(12, { level: (m) => (m < 12 ? -0.5 : m < 24 ? -0.35 : 0.5), months: 36, sd: 0.05, perMonth: [8, 10] });
    // Both steps are significant; the first (0.15) is below the default minEffect of 0.3.
    expect(tracker.shifts({ minEffect: 0.05 }).map((s) => s.at)).toEqual(['2024-01-01', '2025-01-01']);
    const shifts = tracker.shifts();
    expect(shifts.map((s) => s.at)).toEqual(['2025-01-01']);
    expect(shifts[0]!.before).toBeCloseTo(-0.425, 1);
    expect(shifts[0]!.after).toBeCloseTo(0.5, 1);
  });

  it('reports a staircase of small steps where they add up to minEffect, each against its reported neighbours', () => {
    const tracker = simulate(13, { level: (m) => -0.6 + 0.2 * Math.floor(m / 10), months: 60, sd: 0.1, perMonth: [6, 8] });
    const shifts = tracker.shifts();
    expect(shifts.length).toBeGreaterThan(0);
    for (const shift of shifts) expect(Math.abs(shift.effect)).toBeGreaterThanOrEqual(0.3);
    shifts.slice(1).forEach((shift, i) => expect(shift.before).toBe(shifts[i]!.after));
  });

  it('reports nothing from a series too short to test, however large the jump (4 months: 2 + 2)', () => {
    const tracker = simulate(1, { level: (m) => (m < 2 ? -0.9 : 0.9), months: 4, sd: 0.05, perMonth: [10, 10] });
    expect(tracker.shifts()).toEqual([]);
  });

  it('minEffect sets the smallest reported change: a clear 0.2 step shows at minEffect 0.1, not at the default 0.3', () => {
    const tracker = simulate(3, { level: (m) => (m < 12 ? 0 : 0.2), months: 24, sd: 0.1, perMonth: [6, 8] });
    expect(tracker.shifts({ minEffect: 0.1 }).map((s) => s.at)).toEqual(['2024-01-01']);
    expect(tracker.shifts()).toEqual([]);
  });

  it('is deterministic and does not depend on the other series in the tracker', () => {
    const scenario: Scenario = { level: (m) => (m < 10 ? 0.1 : -0.35), months: 20, sd: 0.5, perMonth: [2, 6] };
    const alone = simulate(5, scenario).shifts();
    const crowded = simulate(6, { ...scenario, actor: 'lee', target: 'usa' }, simulate(5, scenario)).shifts({ actor: 'kim' });
    expect(simulate(5, scenario).shifts()).toEqual(alone);
    expect(crowded).toEqual(alone);
  });

  it('examines dyads too, selected like series', () => {
    const tracker = simulate(2, { level: (m) => (m < 12 ? -0.4 : 0.3), months: 24, sd: 0.3, perMonth: [4, 8], target: 'usa' });
    expect(tracker.shifts().map((s) => [s.actor, s.target])).toEqual([
      ['kim', null],
      ['kim', 'usa'],
    ]);
    expect(tracker.shifts({ actor: 'kim', target: 'usa' }).map((s) => s.target)).toEqual(['usa']);
  });

  it.each([{ minEffect: -0.1 }, { alpha: 1 }, { interval: 'hour' }, { actor: '' }, { minEfect: 0.2 }])('rejects options %o with E_OPTIONS', (options) => {
    expect(() => createTracker({ interval: 'month' }).shifts(options as never)).toThrow(StancetrackError);
  });
});
