// A small workload to profile, one stancetrack task on the benchmark corpus, with nothing else in the
// process (so the profile holds only that task, after a warm-up pass).
//
// Run: node --cpu-prof --cpu-prof-dir=bench/out/prof bench/profile-target.mjs scoreMany|analyze [--passes 3]
//      node bench/cpuprofile-summary.mjs bench/out/prof/<file>.cpuprofile
import { readFileSync } from 'node:fs';
import { analyze, createScorer, defineActors } from '../dist/index.js';
import { loadCorpus } from './corpus.mjs';

const what = process.argv[2] ?? 'scoreMany';
const i = process.argv.indexOf('--passes');
const passes = i === -1 ? 3 : Number(process.argv[i + 1]);
const { sentences, documents } = loadCorpus();
const actors = defineActors(JSON.parse(readFileSync(new URL('../examples/actors.json', import.meta.url), 'utf8')));
const scorer = createScorer();

const tasks = {
  scoreMany: () => scorer.scoreMany(sentences).length,
  analyze: () => documents.reduce((n, document) => n + analyze(document, { actors, scorer }).length, 0),
};
const run = tasks[what];
if (run === undefined) throw new Error(`bench/profile-target.mjs: expected one of ${Object.keys(tasks).join(', ')}, found "${what}"`);
for (let pass = 0; pass <= passes; pass += 1) {
  const started = performance.now();
  const count = run();
  console.log(`${pass === 0 ? 'warm-up' : `pass ${pass}`}: ${what} ${count} statements in ${(performance.now() - started).toFixed(0)} ms`);
}
