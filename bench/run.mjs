// The benchmark suite of issue 7, in one run: stancetrack's scoreMany and analyze (and analyzeStream
// with batch 50, as the CLI runs it), the wink-nlp ceiling they cannot beat, peer sentiment scorers on
// the same sentences, tracker.add, and cold start — as MB/s, statements/s and the ratio to scoreMany,
// then the issue's targets as PASS/MISS lines.
// Figures for notes, never assertions: it exits 0 whatever the figures are.
//
// Run: node bench/run.mjs [--rounds 5] [--quick]     (--quick: about 1 MB of the corpus, 3 rounds)
// Loads the built package (dist/), building it first when it is missing.
//
// Timing, with tinybench: each task is one pass over its whole input (seconds, far above the timer's
// grain), with a full GC before every pass in tinybench's beforeEach hook, outside the timed call.
// Every task gets 1 warm-up pass (Task.warmup), then ROUNDS timed passes; the median pass is reported.
// The rounds are interleaved — round 1 of every task, then round 2, … — rather than tinybench's
// back-to-back iterations of one task: on a shared machine a burst of other load then spreads over all
// tasks instead of landing on one, and the ratios between tasks, which the targets are about, stay
// fair. So one Bench holds every task with 1 iteration and no time budget, is run once per round and
// reset in between, and each task's samples are gathered across the runs. tinybench's own statistics
// would describe a single sample per run, so the median and spread are taken here, over the rounds.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { Bench } from 'tinybench';
import { ceilingReader, fieldCount, joinedBlocks } from './ceiling.mjs';
import { bytesOf, loadCorpus, mulberry32 } from './corpus.mjs';
import { numberOption } from './options.mjs';

const here = (path) => new URL(path, import.meta.url);
const root = fileURLToPath(here('../'));
const require = createRequire(import.meta.url);

const QUICK = process.argv.includes('--quick');
const ROUNDS = numberOption('rounds', QUICK ? 3 : 5);
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) throw new Error(`bench/run.mjs: --rounds expects a positive integer, found ${process.argv[process.argv.indexOf('--rounds') + 1]}`);
const COLD_STARTS = 7;
const TRACKER_ADDS = 1_000_000;

/** A full GC, outside any timing: node's --expose-gc set at run time, so `node bench/run.mjs` needs no flag. */
const collect = (() => {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc');
})();

const stancetrack = await importDist();
const { createScorer, analyze, analyzeStream, defineActors, createTracker } = stancetrack;

// ── Inputs ───────────────────────────────────────────────────────────────────────────────────────
const corpus = loadCorpus();
const sentences = QUICK ? takeBytes(corpus.sentences, 1e6) : corpus.sentences;
const documents = QUICK ? takeBytes(corpus.documents, 1e6, (d) => d.text) : corpus.documents;
const sentenceBytes = bytesOf(sentences);
const documentBytes = bytesOf(documents.map((d) => d.text));
const actors = defineActors(JSON.parse(readFileSync(here('../examples/actors.json'), 'utf8')));

console.log(`stancetrack bench — ${describeEnvironment()}`);
console.log(
  `corpus: ${sentences.length.toLocaleString('en')} sentences (${mb(sentenceBytes)} MB), ${documents.length.toLocaleString('en')} documents (${mb(documentBytes)} MB), ` +
    `seed ${corpus.seed}; tinybench, 1 warm-up pass then ${ROUNDS} timed passes per task, interleaved, median reported\n`,
);

// ── Throughput tasks ─────────────────────────────────────────────────────────────────────────────
// No time budget, so each run of the bench is exactly one timed pass of every task, in the order added.
// async: false, because tinybench otherwise calls each task once to detect a promise — a whole
// untimed pass. throws: true, so a failing task stops the bench instead of leaving an empty row.
const bench = new Bench({ iterations: 1, time: 0, warmup: false, warmupIterations: 1, warmupTime: 0, throws: true, retainSamples: true });
const described = new Map(); // task name → { input, bytes, count }
let sink = 0; // every task folds its results into this, so no work can be optimised away

/**
 * Adds a task to the bench: `run` is one pass over its whole input and returns how many statements it
 * produced (or a promise of that number, for an async task).
 */
function task(name, input, bytes, run, { async = false } = {}) {
  const about = { input, bytes, count: 0 };
  described.set(name, about);
  const record = (count) => {
    about.count = count;
  };
  bench.add(name, async ? () => run().then(record) : () => record(run()), { async, beforeEach: () => collect() });
}

const loadStarted = performance.now();
const scorer = createScorer();
const scorerLoadMs = performance.now() - loadStarted;

task('stancetrack scoreMany', 'sentences', sentenceBytes, () => {
  const results = scorer.scoreMany(sentences);
  sink += results.length + results[results.length - 1].score;
  return results.length;
});

task('stancetrack analyze', 'documents', documentBytes, () => {
  let statements = 0;
  for (const document of documents) statements += analyze(document, { actors, scorer }).length;
  sink += statements;
  return statements;
});

// The same analysis 50 documents at a time, as the CLI's workers run it (not what the analyze target is about).
task(
  'stancetrack analyzeStream, batch 50',
  'documents',
  documentBytes,
  async () => {
    let statements = 0;
    for await (const statement of analyzeStream(documents, { actors, scorer, batch: 50 })) {
      statements += 1;
      sink += statement.stance.score;
    }
    sink += statements;
    return statements;
  },
  { async: true },
);

{
  // The ceiling (bench/ceiling.mjs): wink-nlp as stancetrack's NLP stage uses it, and nothing else.
  const read = ceilingReader(require('wink-nlp'), require('wink-eng-lite-web-model'));
  task('ceiling: wink-nlp readDoc + out()', 'sentences', sentenceBytes, () => {
    for (const text of sentences) sink += fieldCount(read(text));
    return sentences.length;
  });
  // scoreMany reads sentences joined by a blank line, fewer and longer readDocs (see bench/ceiling.mjs):
  // read the same way, wink-nlp alone is faster still, and scoreMany's target is judged against this row.
  const blocks = joinedBlocks(sentences);
  task('ceiling, sentences read joined', 'sentences', sentenceBytes, () => {
    for (const block of blocks) sink += fieldCount(read(block));
    return sentences.length;
  });
  // analyze's own input: wink-nlp reads a document's worth of text in one readDoc faster than the same
  // bytes as separate sentences (fewer calls), so analyze is measured against this row, like for like.
  task('ceiling on documents', 'documents', documentBytes, () => {
    for (const document of documents) sink += fieldCount(read(document.text));
    return documents.length;
  });
}

{
  const { SentimentIntensityAnalyzer } = require('vader-sentiment');
  task('vader-sentiment polarity_scores', 'sentences', sentenceBytes, () => {
    for (const text of sentences) sink += SentimentIntensityAnalyzer.polarity_scores(text).compound;
    return sentences.length;
  });
}

{
  const Sentiment = require('sentiment');
  const afinn = new Sentiment();
  task('sentiment (AFINN) analyze', 'sentences', sentenceBytes, () => {
    for (const text of sentences) sink += afinn.analyze(text).score;
    return sentences.length;
  });
}

{
  const winkSentiment = require('wink-sentiment');
  task('wink-sentiment', 'sentences', sentenceBytes, () => {
    for (const text of sentences) sink += winkSentiment(text).score;
    return sentences.length;
  });
}

{
  // Deep imports only: natural's root module loads all of natural, storage back ends (Redis, Postgres,
  // MongoDB, …) included, which reads .env and logs a line to stdout, in about 0.7 s instead of 0.1 s.
  const SentimentAnalyzer = require('natural/lib/natural/sentiment/SentimentAnalyzer');
  const PorterStemmer = require('natural/lib/natural/stemmers/porter_stemmer');
  const analyzer = new SentimentAnalyzer('English', PorterStemmer, 'afinn');
  task('natural SentimentAnalyzer', 'sentences', sentenceBytes, () => {
    // natural scores a list of words; splitting is part of its cost, as tokenising is of the others'.
    for (const text of sentences) sink += analyzer.getSentiment(text.split(/\W+/).filter(Boolean));
    return sentences.length;
  });
}

// ── tracker.add ──────────────────────────────────────────────────────────────────────────────────
{
  const pool = syntheticTrackInputs(1 << 16);
  const mask = pool.length - 1;
  task('stancetrack tracker.add (day)', 'synthetic inputs', undefined, () => {
    const tracker = createTracker({ interval: 'day' });
    for (let i = 0; i < TRACKER_ADDS; i += 1) tracker.add(pool[i & mask]);
    sink += tracker.skipped;
    return TRACKER_ADDS;
  });
}

const rows = await runInterleaved();
const trackerRow = rows.find((r) => r.name === 'stancetrack tracker.add (day)');

// ── Cold start ───────────────────────────────────────────────────────────────────────────────────
const cold = coldStarts(COLD_STARTS);

// ── Report ───────────────────────────────────────────────────────────────────────────────────────
const base = rows[0];
const header = `${'task'.padEnd(40)}${'input'.padEnd(18)}${'MB/s'.padStart(8)}${'statements/s'.padStart(14)}${'spread'.padStart(8)}${'× scoreMany'.padStart(13)}`;
console.log(header);
console.log('─'.repeat(header.length));
for (const row of rows) {
  const ratio = row.mbPerSecond === undefined ? '—' : (row.mbPerSecond / base.mbPerSecond).toFixed(2);
  console.log(
    `${row.name.padEnd(40)}${row.input.padEnd(18)}${(row.mbPerSecond === undefined ? '—' : row.mbPerSecond.toFixed(2)).padStart(8)}` +
      `${Math.round(row.perSecond).toLocaleString('en').padStart(14)}${`${(row.spread * 100).toFixed(0)}%`.padStart(8)}${ratio.padStart(13)}`,
  );
}
console.log(
  `\nstatements/s: sentences scored per second (analyze, analyzeStream: statements extracted and scored per second; ceiling on documents: documents read per second; tracker: adds per second). ` +
    `MB/s: MB (10^6 bytes) of UTF-8 input per second. spread: (slowest − fastest round) / median round.`,
);
console.log(`createScorer in this process (model load + lexicon compile): ${scorerLoadMs.toFixed(0)} ms`);
console.log(
  `cold start, median of ${COLD_STARTS} fresh processes (after 1 unmeasured one to warm the file cache): ` +
    `import 'stancetrack' ${cold.importMs.toFixed(0)} ms + first score() ${cold.firstScoreMs.toFixed(0)} ms = ${cold.importAndScoreMs.toFixed(0)} ms; ` +
    `process start → first score ${cold.sinceStartMs.toFixed(0)} ms; whole process wall time (spawn → exit) ${cold.wallMs.toFixed(0)} ms`,
);
console.log(
  `cold start floor, wink-nlp alone in as many fresh processes (import + model load + one readDoc): ${cold.floor.importAndScoreMs.toFixed(0)} ms ` +
    `(import ${cold.floor.importMs.toFixed(0)} ms + load and read ${cold.floor.firstScoreMs.toFixed(0)} ms); stancetrack adds ${(cold.importAndScoreMs - cold.floor.importAndScoreMs).toFixed(0)} ms`,
);

const byName = (name) => rows.find((r) => r.name === name);
const scoreMany = byName('stancetrack scoreMany');
const analyzeRow = byName('stancetrack analyze');
const ceiling = byName('ceiling: wink-nlp readDoc + out()');
const documentCeiling = byName('ceiling on documents');
const joinedCeiling = byName('ceiling, sentences read joined');
const vader = byName('vader-sentiment polarity_scores');
const check = (ok, text) => console.log(`${ok ? 'PASS' : 'MISS'}  ${text}`);
console.log('\ntargets (issue 7):');
check(
  scoreMany.mbPerSecond >= 0.75 * joinedCeiling.mbPerSecond,
  `scoreMany ≥ 0.75 × ceiling read as scoreMany reads: ${scoreMany.mbPerSecond.toFixed(2)} vs ${joinedCeiling.mbPerSecond.toFixed(2)} MB/s = ` +
    `${(scoreMany.mbPerSecond / joinedCeiling.mbPerSecond).toFixed(2)} × (against one readDoc per sentence: ${ceiling.mbPerSecond.toFixed(2)} MB/s, ${(scoreMany.mbPerSecond / ceiling.mbPerSecond).toFixed(2)} ×)`,
);
check(
  analyzeRow.mbPerSecond >= 0.5 * documentCeiling.mbPerSecond,
  `analyze ≥ 0.5 × ceiling on the same documents: ${analyzeRow.mbPerSecond.toFixed(2)} vs ${documentCeiling.mbPerSecond.toFixed(2)} MB/s = ` +
    `${(analyzeRow.mbPerSecond / documentCeiling.mbPerSecond).toFixed(2)} × (against the ceiling on sentences: ${(analyzeRow.mbPerSecond / ceiling.mbPerSecond).toFixed(2)} ×; ` +
    `analyzeStream with batch 50, as the CLI runs it: ${(byName('stancetrack analyzeStream, batch 50').mbPerSecond / documentCeiling.mbPerSecond).toFixed(2)} ×)`,
);
check(
  scoreMany.mbPerSecond >= 3 * vader.mbPerSecond,
  `scoreMany ≥ 3 × vader: ${scoreMany.mbPerSecond.toFixed(2)} vs ${vader.mbPerSecond.toFixed(2)} MB/s = ${(scoreMany.mbPerSecond / vader.mbPerSecond).toFixed(2)} ×`,
);
check(
  cold.importAndScoreMs <= 400,
  `cold start ≤ 400 ms: import + first score ${cold.importAndScoreMs.toFixed(0)} ms (process start → first score ${cold.sinceStartMs.toFixed(0)} ms, whole process ${cold.wallMs.toFixed(0)} ms; wink-nlp alone ${cold.floor.importAndScoreMs.toFixed(0)} ms)`,
);
check(trackerRow.perSecond >= 1e6, `tracker.add ≥ 1e6/s: ${Math.round(trackerRow.perSecond).toLocaleString('en')}/s`);

mkdirSync(here('./out/'), { recursive: true });
writeFileSync(
  here('./out/results.json'),
  `${JSON.stringify({ environment: describeEnvironment(), rounds: ROUNDS, quick: QUICK, sentenceBytes, documentBytes, rows, cold, scorerLoadMs }, null, 2)}\n`,
);
console.log(`\nresults: bench/out/results.json (sink ${sink % 1 === 0 ? sink : sink.toFixed(3)})`);

// ── Helpers ──────────────────────────────────────────────────────────────────────────────────────

/**
 * 1 warm-up pass of each task, then ROUNDS runs of the bench, each one timed pass of every task;
 * rates from each task's median pass.
 */
async function runInterleaved() {
  process.stderr.write('passes: warm-up');
  for (const t of bench.tasks) await t.warmup();
  const times = new Map(bench.tasks.map((t) => [t.name, []]));
  for (let round = 1; round <= ROUNDS; round += 1) {
    process.stderr.write(` ${round}`);
    await bench.run();
    for (const t of bench.tasks) times.get(t.name).push(...t.result.latency.samples);
    bench.reset();
  }
  process.stderr.write('\n');
  return bench.tasks.map(({ name }) => {
    const { input, bytes, count } = described.get(name);
    const roundsMs = times.get(name);
    const sorted = [...roundsMs].sort((a, b) => a - b);
    const medianMs = sorted[Math.floor(sorted.length / 2)];
    const seconds = medianMs / 1000;
    return {
      name,
      input,
      roundsMs,
      medianMs,
      spread: (sorted.at(-1) - sorted[0]) / medianMs,
      count,
      perSecond: count / seconds,
      mbPerSecond: bytes === undefined ? undefined : bytes / 1e6 / seconds,
    };
  });
}

/** Seeded tracker inputs over 50 actors × 6 targets (one of them none) × 3 years of days, as in bench/tracker-memory.ts. */
function syntheticTrackInputs(count) {
  const random = mulberry32(42);
  const day0 = Date.UTC(2022, 0, 1);
  const days = Array.from({ length: 1096 }, (_, i) => new Date(day0 + i * 86_400_000).toISOString().slice(0, 10));
  const actorIds = Array.from({ length: 50 }, (_, i) => `actor-${i}`);
  const targets = [null, 'target-0', 'target-1', 'target-2', 'target-3', 'target-4'];
  const pick = (list) => list[Math.floor(random() * list.length)];
  return Array.from({ length: count }, () => {
    const score = random() * 2 - 1;
    const label = score > 0.2 ? 'engagement' : score < -0.2 ? 'confrontation' : 'neutral';
    return { actor: pick(actorIds), target: pick(targets), time: { date: pick(days), granularity: 'day' }, stance: { score, label, confidence: random() } };
  });
}

/**
 * Medians over `count` fresh `node bench/cold-start.mjs` processes, after one unmeasured run, alternating
 * with as many `--floor` runs (wink-nlp alone), whose medians are returned as `floor`.
 */
function coldStarts(count) {
  const runs = { stancetrack: [], floor: [] };
  process.stderr.write(`running cold starts… `);
  for (let i = 0; runs.floor.length < count; i += 1) {
    if (i > 2 * count + 10) throw new Error(`bench/run.mjs: expected ${count} cold starts of each kind to succeed, found ${runs.stancetrack.length} and ${runs.floor.length} in ${i} tries`);
    const kind = runs.stancetrack.length > runs.floor.length ? 'floor' : 'stancetrack';
    const started = performance.now();
    const args = [fileURLToPath(here('./cold-start.mjs')), ...(kind === 'floor' ? ['--floor'] : [])];
    const child = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
    const wallMs = performance.now() - started;
    if (child.status !== 0) {
      process.stderr.write(`(a cold start failed — dist being rebuilt? retrying) `);
      continue;
    }
    if (i > 0) runs[kind].push({ ...JSON.parse(child.stdout), wallMs });
  }
  process.stderr.write(`done\n`);
  const medians = (list) =>
    Object.fromEntries(
      ['importMs', 'firstScoreMs', 'importAndScoreMs', 'sinceStartMs', 'wallMs', 'bootMs'].map((key) => {
        const values = list.map((r) => r[key]).sort((a, b) => a - b);
        return [key, values[Math.floor(values.length / 2)]];
      }),
    );
  return { ...medians(runs.stancetrack), floor: medians(runs.floor) };
}

/** The built package; builds it when dist/ is missing, and retries while another process rebuilds it. */
async function importDist() {
  const entry = here('../dist/index.js');
  if (!existsSync(entry)) execFileSync('npx', ['tsup', '--silent'], { cwd: root, stdio: 'inherit' });
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await import(`${entry.href}?attempt=${attempt}`);
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
}

function takeBytes(items, limit, text = (x) => x) {
  const out = [];
  let bytes = 0;
  for (const item of items) {
    if (bytes >= limit) break;
    out.push(item);
    bytes += Buffer.byteLength(text(item));
  }
  return out;
}

function mb(bytes) {
  return (bytes / 1e6).toFixed(2);
}

function describeEnvironment() {
  let revision = 'unknown revision';
  try {
    revision = execFileSync('git', ['describe', '--always', '--dirty'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // not a git checkout
  }
  const cpus = os.cpus();
  return `node ${process.version}, ${cpus[0]?.model.trim() ?? 'unknown CPU'} × ${cpus.length}, load ${os.loadavg()[0].toFixed(2)}, stancetrack ${revision}`;
}
