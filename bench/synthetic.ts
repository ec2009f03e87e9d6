import type { TrackInput } from '../src/track/index.js';
import { formatDay, formatMonth } from '../src/track/calendar.js';
import { mulberry32 } from '../src/track/random.js';

/** 1,096 days from 2022-01-01 to 2024-12-31. */
const FIRST_DAY = 18993;
const DAYS = Array.from({ length: 1096 }, (_, i) => formatDay(FIRST_DAY + i));
const MONTHS = Array.from({ length: 36 }, (_, i) => formatMonth(2022 * 12 + i));
const YEARS = ['2022', '2023', '2024'];
const ACTORS = Array.from({ length: 50 }, (_, i) => `actor-${i}`);
const TARGETS = [null, 'target-0', 'target-1', 'target-2', 'target-3', 'target-4'];

/**
 * Seeded synthetic statements: 50 actors × 3 years, a target (or none) from 5, 2% dated by month and
 * 0.5% by year, scores uniform in [−1, 1].
 */
export function* synthetic(count: number, seed = 42): Generator<TrackInput> {
  const random = mulberry32(seed);
  for (let i = 0; i < count; i++) {
    const r = random();
    const time =
      r < 0.005
        ? { date: YEARS[Math.floor(random() * 3)]!, granularity: 'year' as const }
        : r < 0.025
          ? { date: MONTHS[Math.floor(random() * 36)]!, granularity: 'month' as const }
          : { date: DAYS[Math.floor(random() * DAYS.length)]!, granularity: 'day' as const };
    const score = random() * 2 - 1;
    yield {
      actor: ACTORS[Math.floor(random() * ACTORS.length)]!,
      target: TARGETS[Math.floor(random() * TARGETS.length)]!,
      time,
      stance: { score, label: score > 0.2 ? 'engagement' : score < -0.2 ? 'confrontation' : 'neutral', confidence: random() },
    };
  }
}
