/**
 * Memory and speed of the tracker: 1,000,000 seeded synthetic statements over 50 actors × 3 years at
 * day interval (heap before/after, adds per second while generating), then add() alone on a pool of
 * pre-built statements, then the cost of reading the results.
 *
 * Run: node --expose-gc --import tsx bench/tracker-memory.ts
 */
import { formatDay, formatMonth } from '../src/track/calendar.js';
import { createTracker, type TrackInput } from '../src/track/index.js';
import { mulberry32 } from '../src/track/random.js';

const COUNT = 1_000_000;
/** 2022-01-01 as a day number; 1,096 days run to 2024-12-31. */
const FIRST_DAY = 18993;
const DAYS = Array.from({ length: 1096 }, (_, i) => formatDay(FIRST_DAY + i));
const MONTHS = Array.from({ length: 36 }, (_, i) => formatMonth(2022 * 12 + i));
const YEARS = ['2022', '2023', '2024'];
const ACTORS = Array.from({ length: 50 }, (_, i) => `actor-${i}`);
const TARGETS = [null, 'target-0', 'target-1', 'target-2', 'target-3', 'target-4'];

/** Seeded statements: a target (or none) from 5, 2% dated by month and 0.5% by year, scores uniform in [−1, 1]. */
function* synthetic(count: number, seed = 42): Generator<TrackInput> {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  for (let i = 0; i < count; i++) {
    const r = random();
    const time =
      r < 0.005 ? { date: pick(YEARS), granularity: 'year' as const } : r < 0.025 ? { date: pick(MONTHS), granularity: 'month' as const } : { date: pick(DAYS), granularity: 'day' as const };
    const score = random() * 2 - 1;
    const label = score > 0.2 ? 'engagement' : score < -0.2 ? 'confrontation' : 'neutral';
    yield { actor: pick(ACTORS), target: pick(TARGETS), time, stance: { score, label, confidence: random() } };
  }
}

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with: node --expose-gc --import tsx bench/tracker-memory.ts');
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const rate = (count: number, ms: number) => `${Math.round(count / (ms / 1000)).toLocaleString('en')} statements/s`;
const timed = <T>(label: string, run: () => T): T => {
  const started = performance.now();
  const result = run();
  console.log(`${label.padEnd(34)}${(performance.now() - started).toFixed(0)} ms`);
  return result;
};

gc();
const before = process.memoryUsage().heapUsed;
const tracker = createTracker({ interval: 'day' });
const started = performance.now();
tracker.addMany(synthetic(COUNT));
const elapsed = performance.now() - started;
gc();
const after = process.memoryUsage().heapUsed;
const buckets = tracker.toJSON().series.reduce((sum, s) => sum + s.buckets.length, 0);

console.log(`statements                        ${COUNT.toLocaleString('en')}`);
console.log(`addMany, generating as it goes    ${rate(COUNT, elapsed)}`);
console.log(`heapUsed before                   ${mib(before)}`);
console.log(`heapUsed after                    ${mib(after)} (+${mib(after - before)}: ${buckets.toLocaleString('en')} buckets, ${Math.round((after - before) / buckets)} B each)`);
console.log(`JSON.stringify(tracker)           ${mib(JSON.stringify(tracker).length)}`);

// add() alone: 200,000 pre-built statements added 10 times, best of 5 runs.
const pool = [...synthetic(200_000, 7)];
for (const weighting of ['equal', 'confidence'] as const) {
  let best = Infinity;
  for (let run = 0; run < 5; run++) {
    const fresh = createTracker({ interval: 'month', weighting });
    const t0 = performance.now();
    for (let round = 0; round < 10; round++) for (const statement of pool) fresh.add(statement);
    best = Math.min(best, performance.now() - t0);
  }
  console.log(`add(), weighting ${weighting.padEnd(16)}${rate(pool.length * 10, best)}`);
}

timed('series() at day (330k points)', () => tracker.series());
timed('series({ interval: "month" })', () => tracker.series({ interval: 'month' }));
timed('actors()', () => tracker.actors());
timed('shifts({ interval: "month" })', () => tracker.shifts({ interval: 'month' }));
timed('shifts() at day', () => tracker.shifts());
