// Issue 8's linear-time check: one scorer scores one long text of 1, 2, 4 and 8 MB, built from the
// benchmark corpus's documents (cycled), and the time of each doubling is compared (target ≤ 2.3 ×).
// With --analyze it also runs analyze() on one long document of 0.125, 0.25, 0.5 and 1 MB (smaller
// sizes: statement extraction is the slower stage). Figures for notes, never assertions: it exits 0.
//
// Run: node bench/linear.mjs [--rounds 5] [--analyze]   (with --expose-gc, a full GC runs before each timed round)
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from './corpus.mjs';

const here = (path) => new URL(path, import.meta.url);
const i = process.argv.indexOf('--rounds');
const ROUNDS = i === -1 ? 5 : Number(process.argv[i + 1]);
const SIZES_MB = [1, 2, 4, 8];
const TARGET = 2.3;

if (!existsSync(here('../dist/index.js'))) execFileSync('npx', ['tsup', '--silent'], { cwd: fileURLToPath(here('../')), stdio: 'inherit' });
const { analyze, createScorer, defineActors } = await import('../dist/index.js');

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
report(
  SIZES_MB.map((mb) => mb * 1e6),
  (text) => scorer.score(text).hits.length,
  'hits',
);

if (process.argv.includes('--analyze')) {
  const actors = defineActors(JSON.parse(readFileSync(here('../examples/actors.json'), 'utf8')));
  const run = (text) => analyze({ text, publishedAt: '2025-12-31' }, { actors, scorer }).length;
  run(textOf(64 * 1024)); // warm-up
  console.log(`\nanalyze(one document), median of ${ROUNDS} rounds per size`);
  report([125e3, 250e3, 500e3, 1e6], run, 'stmts');
}

/** Times `run` on one text of each size and prints time per size and the ratio per doubling. */
function report(sizes, run, countName) {
  console.log(`${'size'.padStart(8)}${'bytes'.padStart(12)}${'words'.padStart(11)}${countName.padStart(9)}${'median ms'.padStart(11)}${'min–max ms'.padStart(16)}${'MB/s'.padStart(7)}${'× previous'.padStart(12)}`);
  let previous;
  const ratios = [];
  for (const size of sizes) {
    const text = textOf(size);
    const bytes = Buffer.byteLength(text);
    const times = [];
    let count;
    for (let r = 0; r < ROUNDS; r += 1) {
      globalThis.gc?.();
      const started = performance.now();
      count = run(text);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    const ratio = previous === undefined ? undefined : median / previous;
    if (ratio !== undefined) ratios.push(ratio);
    const words = text.split(/\s+/).length;
    const label = size >= 1e6 ? `${size / 1e6} MB` : `${size / 1e3} kB`;
    console.log(
      `${label.padStart(8)}${bytes.toLocaleString('en').padStart(12)}${`~${(words / 1000).toFixed(0)}k w`.padStart(11)}${count.toLocaleString('en').padStart(9)}` +
        `${median.toFixed(0).padStart(11)}${`${times[0].toFixed(0)}–${times.at(-1).toFixed(0)}`.padStart(16)}${(bytes / 1e6 / (median / 1000)).toFixed(2).padStart(7)}` +
        `${(ratio === undefined ? '—' : ratio.toFixed(2)).padStart(12)}`,
    );
    previous = median;
  }
  const worst = Math.max(...ratios);
  console.log(`${worst <= TARGET ? 'PASS' : 'MISS'}  time per doubling ≤ ${TARGET} ×: worst ${worst.toFixed(2)} × (${ratios.map((r) => r.toFixed(2)).join(', ')})`);
}
