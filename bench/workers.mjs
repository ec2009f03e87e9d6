// Issue 7 targets for corpus work, measured with the built CLI (run `npm run build` first):
//   --workers 2 vs --workers 1 on a ≥ 20 MB JSONL corpus: speed-up and identical output bytes;
//   with `--rss MB`, peak RSS of one analyze run over a JSONL of that size (GNU time -v).
// Beside the speed-up it prints what the host gave two threads at the time (bench/host-scaling.mjs),
// measured before and after the CLI runs.
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

function analyze(input, workers, out) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [cli, 'analyze', input, '--actors', actors, '--workers', String(workers), '--out', out, '--quiet'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** The host's two-thread speed-up on arithmetic, wink-nlp alone and analyze(), over the bench corpus's documents. */
async function hostNow() {
  const found = {};
  for (const kind of ['arithmetic', 'ceiling', 'analyze']) found[kind] = await hostScaling(kind, documents);
  const shown = (r) => `${r.speedUp.toFixed(2)}× (s, one/two threads: ${r.one.map((t, i) => `${t.toFixed(1)}/${r.two[i].toFixed(1)}`).join(', ')})`;
  return {
    speedUp: found.ceiling.speedUp,
    text: `arithmetic ${shown(found.arithmetic)}; wink-nlp alone ${shown(found.ceiling)}; analyze() ${shown(found.analyze)}`,
  };
}

const sha = (path) => createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16);
const input = await jsonlOf(20);
const mb = statSync(input).size / 1e6;
console.log(`corpus ${mb.toFixed(1)} MB JSONL; ${execFileSync('nproc').toString().trim()} cores`);
const hostBefore = await hostNow();
console.log(`host, two threads vs one, before: ${hostBefore.text}`);
const one = analyze(input, 1, here('./out/workers-1.jsonl'));
const two = analyze(input, 2, here('./out/workers-2.jsonl'));
const hostAfter = await hostNow();
console.log(`host, two threads vs one, after:  ${hostAfter.text}`);
console.log(`--workers 1: ${one.toFixed(1)} s (${(mb / one).toFixed(2)} MB/s)`);
console.log(`--workers 2: ${two.toFixed(1)} s (${(mb / two).toFixed(2)} MB/s)`);
const [hashOne, hashTwo] = [sha(here('./out/workers-1.jsonl')), sha(here('./out/workers-2.jsonl'))];
console.log(
  `speed-up ${(one / two).toFixed(2)}× (target ≥ 1.7×: ${one / two >= 1.7 ? 'PASS' : 'MISS'}; the host gave wink-nlp alone ` +
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
