// Instructions executed, not seconds: stancetrack's scoreMany and analyze beside the wink-nlp ceiling on
// the same input, counted by valgrind (cachegrind, without its cache simulation unless --simulate) in
// node --predictable, which keeps V8's GC and compiler on the main thread and off timers, so the same
// build gives about the same count whatever else the machine is doing. Wall-time figures on a shared
// host move by tens of percent between runs; these moved by about a tenth of a percent between runs of
// one build (with --simulate, by up to 2% from the plain counts), which makes them the measure for A/B
// work on the hot path. They are not throughput, and their ratios are not the targets' ratios: memory
// stalls cost time and no instructions, and V8's background threads, which help a normal run, are folded
// in here. On 2026-12-02 the counts put scoreMany at 0.77–0.85 × the ceiling (passes 3 to 12) where
// `npm run bench` put it at 0.50–0.58 × in wall time: an instruction of stancetrack's work takes longer
// on average than one of wink-nlp's (--simulate: more cache misses and mispredicted branches per pass).
//
// A task's cost per pass is (count with --to passes − count with --from passes) / (to − from), so process
// start, model load and the process's exit cancel out. The first passes cost more than later ones (not
// investigated further): per pass over 3,000 sentences, scoreMany counted 1,221 M from pass 1 to 3,
// 965 M from 3 to 6, 895 M from 6 to 9 and 960 M from 9 to 12, the ceiling 836, 817, 735 and 735 M. So
// the default window is passes 6 to 9, and an A/B between two builds compares counts over the same
// window. (Before 2026-12-02 this script counted passes 1 to 3, which gave 0.685 × and 0.49–0.50 ×
// where passes 6 to 9 give 0.82 × and 0.62 ×, and A/B results that do not hold later: analyze ran 2.3%
// more instructions at 2e01943 than at its parent in that window, 1.1% fewer from pass 6 to 9; 0.5%
// fewer at 0e99f48 than at its parent, 0.25% more from pass 6 to 9.)
//
// TurboFan's choices move the counts too. On 2026-12-03, five refusal phrases added to the lexicon
// (572e434: "not accept", "not allow", …; 33 of the 3,000 sentences contain one) raised scoreMany from
// 854 M to 951 M per pass, and nothing measurable in wall time; with --baseline (node --max-opt=2: no
// TurboFan, and Node 20 leaves Maglev off, so hot code stays in Sparkplug's baseline) the same two builds
// counted 2,475 M and 2,483 M. TurboFan inlines and specialises by what it has seen, and a small change
// of data can change what it inlines (profiles of the two builds differ in which functions own their
// time, not in the total). So a difference of some percent in the default count wants the --baseline
// count beside it: that one measures the work done, the default one what the optimised code ran.
//
// Run: npm run bench:instructions [-- --sentences 3000 --documents 300 --from 6 --to 9 --simulate --baseline]
//      (needs valgrind; ~4 min, ~8 with --simulate, ~10 with --baseline)
// Loads the built package (dist/), which that script builds first.
import { execFileSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { documentAnalyzer } from './analyze-task.mjs';
import { ceilingReader, fieldCount } from './ceiling.mjs';
import { loadCorpus } from './corpus.mjs';
import { numberOption } from './options.mjs';

/** Each task: its input, and a function that loads what it needs and returns one pass over that input. */
const TASKS = {
  'ceiling on sentences': { input: 'sentences', make: ({ sentences }) => ceilingPass(sentences) },
  scoreMany: { input: 'sentences', make: scoreManyPass },
  'ceiling on documents': { input: 'documents', make: ({ documents }) => ceilingPass(documents.map((d) => d.text)) },
  analyze: { input: 'documents', make: analyzePass },
};

const SENTENCES = numberOption('sentences', 3000);
const DOCUMENTS = numberOption('documents', 300);
const FROM = numberOption('from', 6);
const TO = numberOption('to', 9);
/** With --simulate, cachegrind also simulates the caches and branch predictor (about twice as slow). */
const SIMULATE = process.argv.includes('--simulate');
/** With --baseline, node runs without TurboFan (see above); about 2.5 times as many instructions per pass. */
const BASELINE = process.argv.includes('--baseline');
if (!(Number.isInteger(FROM) && Number.isInteger(TO) && FROM >= 1 && TO > FROM)) {
  throw new Error(`bench/instructions.mjs: expected whole numbers 1 ≤ --from < --to, found --from ${FROM} --to ${TO}`);
}

/** What cachegrind's summary reports, by the name printed here, and the line it is read from. */
const EVENTS = {
  instructions: /I\s+refs:\s+([\d,]+)/,
  'I1 misses': /I1\s+misses:\s+([\d,]+)/,
  'D1 misses': /D1\s+misses:\s+([\d,]+)/,
  mispredicts: /Mispredicts:\s+([\d,]+)/,
};
/** The events counted in this run. */
const COUNTED = SIMULATE ? Object.keys(EVENTS) : ['instructions'];

if (process.argv[2] === '--child') await child(process.argv[3], Number(process.argv[4]));
else await main();

/** In a process of its own under valgrind: `passes` passes of one task, nothing else. */
async function child(name, passes) {
  const corpus = loadCorpus();
  const input = { sentences: corpus.sentences.slice(0, SENTENCES), documents: corpus.documents.slice(0, DOCUMENTS) };
  const run = await TASKS[name].make(input);
  let sink = 0;
  for (let pass = 0; pass < passes; pass += 1) sink += run();
  process.stdout.write(`${sink}\n`);
}

async function main() {
  try {
    execFileSync('valgrind', ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error('bench/instructions.mjs: valgrind is not installed (apt-get install -y valgrind)');
  }
  console.log(`instructions per pass from pass ${FROM} to ${TO}, ${SENTENCES} sentences and ${DOCUMENTS} documents of the bench corpus; node --predictable${BASELINE ? ' --max-opt=2' : ''} under cachegrind${SIMULATE ? ' with its cache and branch simulation' : ''}`);
  const perPass = {};
  for (const name of Object.keys(TASKS)) {
    // The two counts of a task run side by side: instruction counts do not depend on the other core.
    const [from, to] = await Promise.all([count(name, FROM), count(name, TO)]);
    perPass[name] = Object.fromEntries(Object.keys(to).map((event) => [event, (to[event] - from[event]) / (TO - FROM)]));
    const items = TASKS[name].input === 'sentences' ? SENTENCES : DOCUMENTS;
    const { instructions, ...simulated } = perPass[name];
    const misses = Object.entries(simulated).map(([event, n]) => `   ${event} ${(n / 1e6).toFixed(2)} M`);
    console.log(`${name.padEnd(22)} ${(instructions / 1e6).toFixed(1).padStart(9)} M   ${Math.round(instructions / items).toLocaleString('en').padStart(9)} per ${TASKS[name].input.slice(0, -1)}${misses.join('')}`);
  }
  // How many times the ceiling's count a task's count is, for one event.
  const times = (task, ceiling, event) => perPass[task][event] / perPass[ceiling][event];
  console.log(`scoreMany: ceiling / scoreMany = ${(1 / times('scoreMany', 'ceiling on sentences', 'instructions')).toFixed(3)} ×`);
  console.log(`analyze: ceiling on documents / analyze = ${(1 / times('analyze', 'ceiling on documents', 'instructions')).toFixed(3)} ×`);
  for (const event of Object.keys(perPass.scoreMany).filter((e) => e !== 'instructions')) {
    console.log(`${event}: scoreMany ${times('scoreMany', 'ceiling on sentences', event).toFixed(2)} × the ceiling's, analyze ${times('analyze', 'ceiling on documents', event).toFixed(2)} × the ceiling's on documents`);
  }
}

/**
 * The events of one child process running `passes` passes of task `name`: its instructions, and with
 * --simulate its first-level instruction and data cache misses and mispredicted branches.
 */
function count(name, passes) {
  const simulation = SIMULATE ? ['--cache-sim=yes', '--branch-sim=yes'] : ['--cache-sim=no'];
  const args = ['--tool=cachegrind', ...simulation, '--cachegrind-out-file=/dev/null', process.execPath, '--predictable', ...(BASELINE ? ['--max-opt=2'] : []), fileURLToPath(import.meta.url), '--child', name, String(passes), '--sentences', String(SENTENCES), '--documents', String(DOCUMENTS)];
  return new Promise((resolve, reject) => {
    const proc = spawn('valgrind', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    proc.stderr.on('data', (chunk) => (stderr += chunk));
    proc.on('close', (code) => {
      const found = Object.fromEntries(COUNTED.map((event) => [event, EVENTS[event].exec(stderr)?.[1]]));
      if (code !== 0 || Object.values(found).includes(undefined)) reject(new Error(`bench/instructions.mjs: ${name} × ${passes} failed (exit ${code}):\n${stderr.slice(-2000)}`));
      else resolve(Object.fromEntries(Object.entries(found).map(([event, n]) => [event, Number(n.replaceAll(',', ''))])));
    });
  });
}

function ceilingPass(texts) {
  const require = createRequire(import.meta.url);
  const read = ceilingReader(require('wink-nlp'), require('wink-eng-lite-web-model'));
  return () => texts.reduce((n, text) => n + fieldCount(read(text)), 0);
}

async function scoreManyPass({ sentences }) {
  const scorer = (await importDist()).createScorer();
  return () => scorer.scoreMany(sentences).length;
}

async function analyzePass({ documents }) {
  const analyzeAll = documentAnalyzer(await importDist());
  return () => analyzeAll(documents);
}

function importDist() {
  return import(new URL('../dist/index.js', import.meta.url).href);
}
