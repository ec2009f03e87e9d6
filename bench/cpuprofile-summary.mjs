// Summarises a V8 .cpuprofile (from node --cpu-prof): self time by function and by area (stancetrack
// source file, wink-nlp, other packages, GC, node internals). Frames in a bundle with a source map
// beside it (the package ships none; bench/profile-target.mjs says how to build a mapped copy) are
// mapped back to src/, so a function is named by its source file and line.
//
// Run: node bench/cpuprofile-summary.mjs FILE.cpuprofile [--top 30]
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const file = process.argv[2];
if (file === undefined) throw new Error('bench/cpuprofile-summary.mjs: expected a .cpuprofile path as the first argument, found none');
const t = process.argv.indexOf('--top');
const TOP = t === -1 ? 30 : Number(process.argv[t + 1]);
const root = fileURLToPath(new URL('../', import.meta.url));

const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
// Self time per node: each sample is charged the interval to the next sample.
const selfUs = new Map();
for (let s = 0; s < profile.samples.length; s += 1) {
  const delta = profile.timeDeltas[s + 1] ?? 0;
  selfUs.set(profile.samples[s], (selfUs.get(profile.samples[s]) ?? 0) + delta);
}
const totalUs = [...selfUs.values()].reduce((a, b) => a + b, 0);

const maps = new Map();
function sourceMapOf(url) {
  if (!maps.has(url)) {
    let map;
    try {
      const mapFile = `${fileURLToPath(url)}.map`;
      if (existsSync(mapFile)) map = new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8')));
    } catch {
      map = undefined;
    }
    maps.set(url, map);
  }
  return maps.get(url);
}

/** Where a frame lives: its function name, a readable location and an area to group by. */
function describe(frame) {
  const { functionName, url, lineNumber, columnNumber } = frame.callFrame;
  const full = functionName || '(anonymous)';
  const name = full.length > 80 ? `${full.slice(0, 77)}…` : full; // chrono's RegExp frames are named by their whole source
  if (url === '') return { name, where: '', area: name.startsWith('(') ? name : 'V8/native' };
  if (url.startsWith('node:')) return { name, where: url, area: 'node internals' };
  if (!url.startsWith('file:')) return { name, where: url, area: url };
  const local = path.relative(root, fileURLToPath(url.split('?')[0]));
  const installed = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(local);
  if (installed) return { name, where: `${installed[1]}/${installed[2]}:${lineNumber + 1}`, area: installed[1] };
  const entry = sourceMapOf(url.split('?')[0])?.findEntry(lineNumber, columnNumber);
  if (entry?.originalSource) {
    const bundled = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(entry.originalSource);
    if (bundled) return { name, where: `${bundled[1]}/${bundled[2]}:${entry.originalLine + 1} (bundled)`, area: bundled[1] };
    const source = entry.originalSource.replace(/^.*?\/?(src\/)/, '$1');
    return { name, where: `${source}:${entry.originalLine + 1}`, area: `stancetrack ${source}` };
  }
  return { name, where: `${local}:${lineNumber + 1}`, area: local };
}

const byFunction = new Map();
const byArea = new Map();
for (const [id, us] of selfUs) {
  const d = describe(byId.get(id));
  const key = `${d.name}  ${d.where}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  const area = d.area.startsWith('stancetrack src/') ? d.area.replace(/\/[^/]+$/, '/') : d.area; // group src by folder
  byArea.set(area, (byArea.get(area) ?? 0) + us);
  if (d.area.startsWith('stancetrack src/')) byArea.set(`  ${d.area}`, (byArea.get(`  ${d.area}`) ?? 0) + us);
}

const pct = (us) => `${((100 * us) / totalUs).toFixed(1).padStart(5)}%`;
const ms = (us) => `${(us / 1000).toFixed(0).padStart(7)} ms`;
console.log(`${path.basename(file)}: ${(totalUs / 1e6).toFixed(2)} s sampled\n`);
console.log('self time by area (stancetrack src/ by folder, then by file):');
const areas = [...byArea].filter(([a]) => !a.startsWith('  ')).sort((a, b) => b[1] - a[1]);
for (const [area, us] of areas) {
  console.log(`${ms(us)} ${pct(us)}  ${area}`);
  if (area.startsWith('stancetrack src/')) {
    const files = [...byArea].filter(([a]) => a.startsWith(`  stancetrack ${area.slice('stancetrack '.length)}`)).sort((a, b) => b[1] - a[1]);
    for (const [f, fus] of files) if (fus / totalUs >= 0.002) console.log(`${ms(fus)} ${pct(fus)}      ${f.trim().replace('stancetrack ', '')}`);
  }
}
console.log(`\ntop ${TOP} functions by self time:`);
for (const [key, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${ms(us)} ${pct(us)}  ${key}`);
