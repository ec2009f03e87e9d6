// What this machine gives two threads at the moment of measuring: the same work done by one worker
// thread, then split between two running at once, with no pool, no I/O and nothing shared — what the host
// gives the work itself, before any scheduling of ours. bench/workers.mjs prints it beside the CLI's
// --workers 2 speed-up, so a miss can be told apart from a host that does not run two threads of this
// work at twice the speed: arithmetic can scale while memory-bound work such as wink-nlp's table lookups
// does not.
//
// Three kinds of work, each timed from a "go" sent to threads that have already loaded everything:
//   arithmetic — an integer loop in registers, no memory traffic (a fixed count per document): what the
//                cores give compute alone;
//   ceiling    — wink-nlp reading the documents (bench/ceiling.mjs), the floor of any analysis;
//   analyze    — stancetrack's analyze() over the same documents (dist/), the work of a CLI worker.
import { once } from 'node:events';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { median } from './stats.mjs';

/** Loop turns per document for `arithmetic`: about as long in one thread as wink-nlp reading the corpus. */
const ARITHMETIC_PER_DOCUMENT = 50_000;

if (!isMainThread && workerData?.hostScaling === true) await serve(workerData);

/**
 * Times `kind` over `documents` in one thread and split between two, `pairs` times each (alternating).
 * Returns the seconds of each run and, as medians over the pairs: the speed-up (one thread's time / two
 * threads' time); the cores the one-thread run kept busy (the whole process's CPU time, V8's background
 * threads included, over wall time); and the CPU time the two-thread run used for the same work, as a
 * multiple of the one-thread run's (above 1 when the threads slow each other down).
 */
export async function hostScaling(kind, documents, { pairs = 3 } = {}) {
  const one = [];
  const two = [];
  const busyOne = [];
  const cpuTwoOverOne = [];
  for (let pair = 0; pair < pairs; pair += 1) {
    const alone = await timeSplit(kind, [documents]);
    const split = await timeSplit(kind, [documents.filter((_, i) => i % 2 === 0), documents.filter((_, i) => i % 2 === 1)]);
    one.push(alone.seconds);
    two.push(split.seconds);
    busyOne.push(alone.cpuSeconds / alone.seconds);
    cpuTwoOverOne.push(split.cpuSeconds / alone.cpuSeconds);
  }
  return { one, two, speedUp: median(one.map((t, i) => t / two[i])), busyOne: median(busyOne), cpuTwoOverOne: median(cpuTwoOverOne) };
}

/** Seconds from "go" until every thread has done its share, and the CPU seconds the process used meanwhile. */
async function timeSplit(kind, shares) {
  const workers = shares.map((documents) => new Worker(new URL(import.meta.url), { workerData: { hostScaling: true, kind, documents } }));
  await Promise.all(workers.map((w) => once(w, 'message')));
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  const done = workers.map((w) => once(w, 'message'));
  for (const w of workers) w.postMessage('go');
  await Promise.all(done);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStarted);
  await Promise.all(workers.map((w) => w.terminate()));
  return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

async function serve({ kind, documents }) {
  const run = await prepare(kind);
  run(documents.slice(0, 20)); // warm-up: JIT and caches, as a CLI worker has after its first piece
  parentPort.postMessage('ready');
  await once(parentPort, 'message');
  parentPort.postMessage(run(documents));
}

async function prepare(kind) {
  if (kind === 'arithmetic') return (documents) => spin(documents.length * ARITHMETIC_PER_DOCUMENT);
  if (kind === 'ceiling') {
    const [{ default: winkNLP }, { default: model }, { ceilingReader, fieldCount }] = await Promise.all([
      import('wink-nlp'),
      import('wink-eng-lite-web-model'),
      import('./ceiling.mjs'),
    ]);
    const read = ceilingReader(winkNLP, model);
    return (documents) => documents.reduce((n, d) => n + fieldCount(read(d.text)), 0);
  }
  const [{ documentAnalyzer }, stancetrack] = await Promise.all([import('./analyze-task.mjs'), import('../dist/index.js')]);
  return documentAnalyzer(stancetrack);
}

/** Four dependent integer chains mixed with multiplies: registers only, nothing for the memory system. */
function spin(turns) {
  let a = 1;
  let b = 2;
  let c = 3;
  let d = 4;
  for (let i = 0; i < turns; i += 1) {
    a = (a + Math.imul(b, 0x9e3779b1)) | 0;
    b = (b ^ (c << 3)) | 0;
    c = (c + Math.imul(d, 0x85ebca6b)) | 0;
    d = (d ^ (a >>> 5)) | 0;
  }
  return a ^ b ^ c ^ d;
}
