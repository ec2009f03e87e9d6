// What keeping results alive costs scoreMany: the same scoring as `scoreMany`, once with every result
// kept (scoreMany returns them all) and once with each result dropped as soon as it is read (as the
// CLI and analyzeStream consume them, and as the peers' rows in bench/run.mjs drop theirs), beside the
// wink-nlp ceiling. Each task runs in fresh processes, alternating: in one process that alternates them,
// both ran at the same speed (2.7–2.9 s a pass on the whole corpus), and under
// node --no-allocation-site-pretenuring they differed again (2.1–2.3 s kept, 1.7–1.9 s dropped), so V8's
// pretenuring decisions, which carry over from task to task within a process, hide the difference.
// Figures for notes only.
//
// Run: npm run build && node bench/retention.mjs [--rounds 3] [--passes 3]
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { ceilingReader, fieldCount } from './ceiling.mjs';
import { loadCorpus } from './corpus.mjs';
import { numberOption } from './options.mjs';
import { median } from './stats.mjs';

const TASKS = ['ceiling', 'scoreMany, results kept', 'score, results dropped'];
const child = numberOption('child', -1);
const passes = numberOption('passes', 3);

if (child !== -1) {
  // One task in this process: a warm-up pass, then timed passes; prints their times as JSON.
  const task = TASKS[child];
  const { sentences } = loadCorpus();
  let sink = 0;
  let pass;
  if (task === 'ceiling') {
    const require = createRequire(import.meta.url);
    const read = ceilingReader(require('wink-nlp'), require('wink-eng-lite-web-model'));
    pass = () => {
      for (const text of sentences) sink += fieldCount(read(text));
    };
  } else {
    const { createScorer } = await import(new URL('../dist/index.js', import.meta.url).href);
    const scorer = createScorer();
    pass =
      task === 'score, results dropped'
        ? () => {
            for (const text of sentences) sink += scorer.score(text).score;
          }
        : () => {
            sink += scorer.scoreMany(sentences).length;
          };
  }
  pass();
  const times = [];
  for (let i = 0; i < passes; i += 1) {
    const started = performance.now();
    pass();
    times.push(performance.now() - started);
  }
  process.stdout.write(JSON.stringify({ times, sink, sentences: sentences.length }));
} else {
  const rounds = numberOption('rounds', 3);
  const times = TASKS.map(() => []);
  let sentences = 0;
  const self = fileURLToPath(import.meta.url);
  for (let round = 0; round < rounds; round += 1) {
    // Alternate the order, so no task always runs right after the same one.
    const order = round % 2 === 0 ? [0, 1, 2] : [2, 1, 0];
    for (const t of order) {
      const out = execFileSync(process.execPath, [self, '--child', String(t), '--passes', String(passes)], { encoding: 'utf8' });
      const report = JSON.parse(out);
      times[t].push(...report.times);
      sentences = report.sentences;
    }
  }
  const ceiling = median(times[0]);
  console.log(`${sentences.toLocaleString('en')} sentences; ${rounds} fresh processes per task, alternating, each 1 warm-up + ${passes} timed passes; medians`);
  TASKS.forEach((name, t) => {
    const m = median(times[t]);
    console.log(`${name.padEnd(26)}${m.toFixed(0).padStart(7)} ms  (min ${Math.min(...times[t]).toFixed(0)})${(ceiling / m).toFixed(2).padStart(7)} × ceiling`);
  });
}
