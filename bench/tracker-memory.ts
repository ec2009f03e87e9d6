/**
 * Memory and speed of the tracker on 1,000,000 synthetic statements (50 actors × 3 years, day interval).
 * Run: node --expose-gc --import tsx bench/tracker-memory.ts
 */
import { createTracker } from '../src/track/index.js';
import { synthetic } from './synthetic.js';

const COUNT = 1_000_000;
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with node --expose-gc --import tsx bench/tracker-memory.ts');

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
gc();
const before = process.memoryUsage().heapUsed;
const tracker = createTracker({ interval: 'day' });
const started = performance.now();
tracker.addMany(synthetic(COUNT));
const seconds = (performance.now() - started) / 1000;
gc();
const after = process.memoryUsage().heapUsed;
const json = JSON.stringify(tracker);
const buckets = tracker.toJSON().series.reduce((sum, s) => sum + s.buckets.length, 0);

console.log(`statements        ${COUNT.toLocaleString('en')}`);
console.log(`add (incl. generation) ${(COUNT / seconds).toLocaleString('en', { maximumFractionDigits: 0 })} statements/s`);
console.log(`heapUsed before   ${mib(before)}`);
console.log(`heapUsed after    ${mib(after)}  (+${mib(after - before)}, ${buckets.toLocaleString('en')} buckets, ${((after - before) / buckets).toFixed(0)} B/bucket)`);
console.log(`toJSON            ${mib(json.length)}`);

const timed = <T>(label: string, run: () => T): T => {
  const t0 = performance.now();
  const result = run();
  console.log(`${label.padEnd(18)}${(performance.now() - t0).toFixed(0)} ms`);
  return result;
};
timed('series() day', () => tracker.series());
timed('series() month', () => tracker.series({ interval: 'month' }));
timed('actors()', () => tracker.actors());
timed('shifts() month', () => tracker.shifts({ interval: 'month' }));
