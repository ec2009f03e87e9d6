// A small workload to profile, one stancetrack task on the benchmark corpus, with nothing else in the
// process (so the profile holds only that task, after a warm-up pass).
//
// Run: node --cpu-prof --cpu-prof-dir=bench/out/prof bench/profile-target.mjs scoreMany|analyze [--passes 3] [--dist DIR]
//      node bench/cpuprofile-summary.mjs bench/out/prof/<file>.cpuprofile
//
// dist/ has no source maps, so its frames are named by bundle line. For frames named by src/ file and
// line, profile a mapped ESM build outside dist/ (it does not touch dist/):
//   npx tsup src/index.ts --no-config --format esm --sourcemap --target es2022 --out-dir bench/out/prof-dist \
//     --external wink-nlp --external wink-eng-lite-web-model
// and pass --dist bench/out/prof-dist.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { documentAnalyzer } from './analyze-task.mjs';
import { loadCorpus } from './corpus.mjs';

const d = process.argv.indexOf('--dist');
const dist = d === -1 ? new URL('../dist/', import.meta.url) : pathToFileURL(`${path.resolve(process.argv[d + 1])}/`);
const stancetrack = await import(new URL('index.js', dist).href);

const what = process.argv[2] ?? 'scoreMany';
const i = process.argv.indexOf('--passes');
const passes = i === -1 ? 3 : Number(process.argv[i + 1]);
const { sentences, documents } = loadCorpus();
const scorer = stancetrack.createScorer();
const analyzeAll = documentAnalyzer(stancetrack, scorer);

const tasks = {
  scoreMany: () => scorer.scoreMany(sentences).length,
  analyze: () => analyzeAll(documents),
};
const run = tasks[what];
if (run === undefined) throw new Error(`bench/profile-target.mjs: expected one of ${Object.keys(tasks).join(', ')}, found "${what}"`);
for (let pass = 0; pass <= passes; pass += 1) {
  const started = performance.now();
  const count = run();
  console.log(`${pass === 0 ? 'warm-up' : `pass ${pass}`}: ${what} ${count} statements in ${(performance.now() - started).toFixed(0)} ms`);
}
