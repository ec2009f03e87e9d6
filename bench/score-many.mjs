// Throughput of scoreMany on the golden statements (test/golden/statements.json).
// Run: npm run bench   (builds first, then loads dist/ as users do). Figures go in notes, never in tests.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createScorer } from '../dist/index.js';

const statements = JSON.parse(readFileSync(new URL('../test/golden/statements.json', import.meta.url), 'utf8')).map((s) => s.text);
const bytes = statements.reduce((n, s) => n + Buffer.byteLength(s), 0);

const t0 = performance.now();
const scorer = createScorer();
const loadMs = performance.now() - t0;

const ROUNDS = 30;
const REPEAT = 20;
const batch = Array.from({ length: REPEAT }, () => statements).flat();
scorer.scoreMany(batch); // warm-up: JIT and caches
const rates = [];
for (let r = 0; r < ROUNDS; r += 1) {
  const start = performance.now();
  scorer.scoreMany(batch);
  rates.push(batch.length / ((performance.now() - start) / 1000));
}
rates.sort((a, b) => a - b);
const median = rates[Math.floor(rates.length / 2)];
console.log(`createScorer (model load + lexicon compile): ${loadMs.toFixed(0)} ms`);
console.log(`scoreMany on ${statements.length} golden statements × ${REPEAT} per round, ${ROUNDS} rounds`);
console.log(`median ${median.toFixed(0)} statements/s (min ${rates[0].toFixed(0)}, max ${rates.at(-1).toFixed(0)}), ${((median * bytes) / statements.length / 1e6).toFixed(2)} MB/s`);
