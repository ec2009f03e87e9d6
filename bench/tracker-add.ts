/**
 * Throughput of tracker.add alone: 200,000 pre-built statements added 10 times, best of 5 runs.
 * Run: npx tsx bench/tracker-add.ts
 */
import { createTracker } from '../src/track/index.js';
import { synthetic } from './synthetic.js';

const POOL = [...synthetic(200_000)];
const ROUNDS = 10;

for (const weighting of ['equal', 'confidence'] as const) {
  let best = Infinity;
  for (let run = 0; run < 5; run++) {
    const tracker = createTracker({ interval: 'month', weighting });
    const started = performance.now();
    for (let round = 0; round < ROUNDS; round++) for (const statement of POOL) tracker.add(statement);
    best = Math.min(best, performance.now() - started);
  }
  const perSecond = (POOL.length * ROUNDS) / (best / 1000);
  console.log(`add, weighting ${weighting.padEnd(10)} ${perSecond.toLocaleString('en', { maximumFractionDigits: 0 })} statements/s`);
}
