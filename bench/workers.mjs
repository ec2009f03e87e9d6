// Issue 7 targets for corpus work, measured with the built CLI (run `npm run build` first):
//   --workers 2 vs --workers 1 on a ≥ 20 MB JSONL corpus: speed-up and identical output bytes;
//   with `--rss MB`, peak RSS of one analyze run over a JSONL of that size (GNU time -v).
// Beside the speed-up it prints the CPU time each run used on all its threads (so how many cores one
// worker keeps busy, which bounds what two can gain), and what the host gave two threads at the time
// (bench/host-scaling.mjs), measured before and after the CLI runs.
// Usage: node bench/workers.mjs [--rss 200]
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { loadCorpus } from './corpus.mjs';
import { hostScaling } from './host-scaling.mjs';

const here = (path) => new URL(path, import.meta.url).pathname;
const cli = here('../dist/cli.js');
const actors = here('../examples/actors.json');
const { documents } = loadCorpus();

/** Writes the seeded corpus's documents as JSONL, repeated with fresh ids until the file reaches `megabytes`. */
async function jsonlOf(megabytes) {
  const path = here(`./out/corpus-${megabytes}mb.jsonl`);
  if (existsSync(path) && statSync(path).size >= megabytes * 1e6) return path;
  const out = createWriteStream(path);
  let bytes = 0;
  for (let round = 0; bytes < megabytes * 1e6; round += 1) {
    for (const d of documents) {
      const line = `${JSON.stringify({ id: `${d.id}-${round}`, text: d.text, publishedAt: d.publishedAt })}\n`;
      bytes += Buffer.byteLength(line);
      if (!out.write(line)) await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'finish');
  return path;
}

/** Wall seconds of one CLI run, and the CPU seconds its process used on all its threads (Linux only, else undefined). */
function analyze(input, workers, out) {
  const started = process.hrtime.bigint();
  const cpuBefore = childrenCpuSeconds();
  const result = spawnSync(process.execPath, [cli, 'analyze', input, '--actors', actors, '--workers', String(workers), '--out', out, '--quiet'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const cpuAfter = childrenCpuSeconds();
  return { wall, cpu: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore };
}

/**
 * CPU seconds (user + system) of this process's finished children, from /proc/self/stat (cutime and
 * cstime, in clock ticks of 1/100 s on Linux): what a CLI run used on its analysing threads and on V8's
 * background threads (JIT compilation, garbage collection) together.
 */
function childrenCpuSeconds() {
  if (!existsSync('/proc/self/stat')) return undefined;
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** "17.4 s (1.33 MB/s), CPU 22.3 s: 1.28 cores busy" */
function described({ wall, cpu }) {
  const busy = cpu === undefined ? '' : `, CPU ${cpu.toFixed(1)} s: ${(cpu / wall).toFixed(2)} cores busy`;
  return `${wall.toFixed(1)} s (${(mb / wall).toFixed(2)} MB/s)${busy}`;
}

/** The host's two-thread speed-up on arithmetic, wink-nlp alone and analyze(), over the bench corpus's documents. */
async function hostNow() {
  const found = {};
  for (const kind of ['arithmetic', 'ceiling', 'analyze']) found[kind] = await hostScaling(kind, documents);
  const shown = (r) =>
    `${r.speedUp.toFixed(2)}× (one thread kept ${r.busyOne.toFixed(2)} cores busy, two used ${r.cpuTwoOverOne.toFixed(2)}× its CPU time; ` +
    `s, one/two threads: ${r.one.map((t, i) => `${t.toFixed(1)}/${r.two[i].toFixed(1)}`).join(', ')})`;
  return {
    speedUp: found.ceiling.speedUp,
    text: `arithmetic ${shown(found.arithmetic)}; wink-nlp alone ${shown(found.ceiling)}; analyze() ${shown(found.analyze)}`,
  };
}

const sha = (path) => createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16);
const input = await jsonlOf(20);
const mb = statSync(input).size / 1e6;
const cores = Number(execFileSync('nproc').toString().trim());
console.log(`corpus ${mb.toFixed(1)} MB JSONL; ${cores} cores`);
const hostBefore = await hostNow();
console.log(`host, two threads vs one, before: ${hostBefore.text}`);
const one = analyze(input, 1, here('./out/workers-1.jsonl'));
const two = analyze(input, 2, here('./out/workers-2.jsonl'));
const hostAfter = await hostNow();
console.log(`host, two threads vs one, after:  ${hostAfter.text}`);
console.log(`--workers 1: ${described(one)}`);
console.log(`--workers 2: ${described(two)}`);
if (one.cpu !== undefined) {
  // Two workers need twice the cores one worker keeps busy (its own thread and V8's background threads):
  // with fewer cores than that, their speed-up is at most cores / (cores one worker keeps busy).
  const busy = one.cpu / one.wall;
  console.log(`one worker kept ${busy.toFixed(2)} cores busy: on ${cores} cores two workers can be at most ${Math.min(2, cores / busy).toFixed(2)}× as fast`);
}
const [hashOne, hashTwo] = [sha(here('./out/workers-1.jsonl')), sha(here('./out/workers-2.jsonl'))];
console.log(
  `speed-up ${(one.wall / two.wall).toFixed(2)}× (target ≥ 1.7×: ${one.wall / two.wall >= 1.7 ? 'PASS' : 'MISS'}; the host gave wink-nlp alone ` +
    `${hostBefore.speedUp.toFixed(2)}× before and ${hostAfter.speedUp.toFixed(2)}× after); outputs ${hashOne === hashTwo ? 'identical' : 'DIFFERENT'} (sha256 ${hashOne})`,
);
// The outputs are ~200 MB each (and the --rss one ~1.9 GB): only their hashes are kept.
for (const n of [1, 2]) rmSync(here(`./out/workers-${n}.jsonl`));

const rssAt = process.argv.indexOf('--rss');
if (rssAt !== -1) {
  const big = await jsonlOf(Number(process.argv[rssAt + 1] ?? 200));
  const timed = spawnSync('/usr/bin/time', ['-v', process.execPath, cli, 'analyze', big, '--actors', actors, '--out', here('./out/rss.jsonl'), '--quiet'], { encoding: 'utf8' });
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(timed.stderr)?.[1];
  const wall = /Elapsed \(wall clock\) time \([^)]*\): (\S+)/.exec(timed.stderr)?.[1];
  console.log(`analyze on ${(statSync(big).size / 1e6).toFixed(0)} MB JSONL (default workers): peak RSS ${(Number(peak) / 1024).toFixed(0)} MB of the main process and its threads, wall ${wall} (target ≤ 250 MB: ${Number(peak) / 1024 <= 250 ? 'PASS' : 'MISS'})`);
  rmSync(here('./out/rss.jsonl'), { force: true });
}
