// Issue 8's linear-time check: one scorer scores one long text of 1, 2, 4 and 8 MB, built from the
// benchmark corpus's documents (cycled), and the time of each doubling is compared (target ≤ 2.3 ×).
// Figures for notes, never assertions: it exits 0 either way.
//
// Run: node bench/linear.mjs [--rounds 5]   (with --expose-gc, a full GC runs before each timed round)
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from './corpus.mjs';

const here = (path) => new URL(path, import.meta.url);
const i = process.argv.indexOf('--rounds');
const ROUNDS = i === -1 ? 5 : Number(process.argv[i + 1]);
const SIZES_MB = [1, 2, 4, 8];
const TARGET = 2.3;

if (!existsSync(here('../dist/index.js'))) execFileSync('npx', ['tsup', '--silent'], { cwd: fileURLToPath(here('../')), stdio: 'inherit' });
const { createScorer } = await import('../dist/index.js');

const { documents } = loadCorpus();
/** Whole documents, separated by blank lines, cycling through the corpus until `bytes` are reached, then cut at a space. */
function textOf(bytes) {
  const parts = [];
  let length = 0;
  for (let d = 0; length < bytes; d = (d + 1) % documents.length) {
    const text = documents[d].text;
    parts.push(text);
    length += Buffer.byteLength(text) + 2;
  }
  const joined = parts.join('\n\n');
  const cut = joined.lastIndexOf(' ', bytes); // the corpus is ASCII but for a few quotes; close enough to the size
  return joined.slice(0, cut === -1 ? bytes : cut);
}

const scorer = createScorer();
scorer.score(textOf(256 * 1024)); // warm-up: JIT and caches

console.log(`linear-time check: scorer.score(one text), median of ${ROUNDS} rounds per size, node ${process.version}`);
console.log(`${'size'.padStart(6)}${'bytes'.padStart(12)}${'words'.padStart(11)}${'hits'.padStart(9)}${'median ms'.padStart(11)}${'min–max ms'.padStart(16)}${'MB/s'.padStart(7)}${'× previous'.padStart(12)}`);
let previous;
const ratios = [];
for (const size of SIZES_MB) {
  const text = textOf(size * 1e6);
  const bytes = Buffer.byteLength(text);
  const times = [];
  let result;
  for (let r = 0; r < ROUNDS; r += 1) {
    result = undefined; // let the previous round's result go before timing the next
    globalThis.gc?.();
    const started = performance.now();
    result = scorer.score(text);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const ratio = previous === undefined ? undefined : median / previous;
  if (ratio !== undefined) ratios.push(ratio);
  const words = text.split(/\s+/).length;
  console.log(
    `${`${size} MB`.padStart(6)}${bytes.toLocaleString('en').padStart(12)}${`~${(words / 1000).toFixed(0)}k w`.padStart(11)}${result.hits.length.toLocaleString('en').padStart(9)}` +
      `${median.toFixed(0).padStart(11)}${`${times[0].toFixed(0)}–${times.at(-1).toFixed(0)}`.padStart(16)}${(bytes / 1e6 / (median / 1000)).toFixed(2).padStart(7)}` +
      `${(ratio === undefined ? '—' : ratio.toFixed(2)).padStart(12)}`,
  );
  previous = median;
}
const worst = Math.max(...ratios);
console.log(`\n${worst <= TARGET ? 'PASS' : 'MISS'}  time per doubling ≤ ${TARGET} ×: worst ${worst.toFixed(2)} × (${ratios.map((r) => r.toFixed(2)).join(', ')})`);
