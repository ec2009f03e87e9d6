/**
 * Fits the default lexicon's weights to a labelled set and writes them as an overlay, with k-fold
 * macro-F1 before and after (see `calibrate` in src/eval/calibrate.ts).
 * Usage: tsx eval/calibrate.ts eval/labour-trade.jsonl [--folds 5] [--l2 1] [--seed 1] [--max-entries N]
 *                              [--lexicon FILE]... [--out overlay.json]
 * The held-out test split (eval/test.jsonl) is refused: fitting on it would make its figures meaningless.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultLexicon, mergeLexicons, StancetrackError } from '../src/index.js';
import { calibrate, type CalibrationOptions } from '../src/eval/calibrate.js';
import type { LabelledStatement } from '../src/eval/evaluate.js';

const usage = 'usage: tsx eval/calibrate.ts FILE.jsonl [--folds 5] [--l2 1] [--seed 1] [--max-entries N] [--lexicon FILE]... [--out overlay.json]';

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function numberOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) fail(`--${name}: expected a number, found "${value}"\n${usage}`, 2);
  return n;
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      folds: { type: 'string' },
      l2: { type: 'string' },
      seed: { type: 'string' },
      'max-entries': { type: 'string' },
      lexicon: { type: 'string', multiple: true },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`, 2);
}
const { values, positionals } = parsed;
if (values.help) fail(usage, 0);
const file = positionals[0];
if (file === undefined || positionals.length > 1) fail(usage, 2);
if (basename(file) === 'test.jsonl') fail(`${file}: the test split is for final figures only; fit on dev.jsonl or a domain set instead`, 2);

const options: CalibrationOptions = {};
const folds = numberOption('folds', values.folds);
const l2 = numberOption('l2', values.l2);
const seed = numberOption('seed', values.seed);
const maxEntries = numberOption('max-entries', values['max-entries']);
if (folds !== undefined) options.folds = folds;
if (l2 !== undefined) options.l2 = l2;
if (seed !== undefined) options.seed = seed;
if (maxEntries !== undefined) options.maxEntries = maxEntries;

try {
  const items = readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => [line, i + 1] as const)
    .filter(([line]) => line.trim() !== '')
    .map(([line, n]) => {
      try {
        return JSON.parse(line) as LabelledStatement;
      } catch (cause) {
        return fail(`${file}:${n}: expected a JSON object, found invalid JSON (${(cause as Error).message})`, 1);
      }
    });
  const extra = (values.lexicon ?? []).map((path) => JSON.parse(readFileSync(path, 'utf8')) as Parameters<typeof mergeLexicons>[1]);
  const lexicon = extra.length === 0 ? defaultLexicon : mergeLexicons(defaultLexicon, ...extra);

  const started = performance.now();
  const report = calibrate(lexicon, items, options);
  const seconds = (performance.now() - started) / 1000;

  const f = (x: number) => x.toFixed(3);
  console.log(`${file}: ${items.length} statements, lexicon ${lexicon.id}@${lexicon.version}, ${report.before.folds.length} folds, l2 ${options.l2 ?? 1}, seed ${options.seed ?? 1} (${seconds.toFixed(1)} s)\n`);
  console.log(`fold   before   after    change`);
  report.before.folds.forEach((b, i) => {
    const a = report.after.folds[i] as number;
    console.log(`${String(i + 1).padStart(4)}    ${f(b)}   ${f(a)}   ${a - b >= 0 ? '+' : ''}${f(a - b)}`);
  });
  const { before, after } = report;
  console.log(`pooled  ${f(before.macroF1)}   ${f(after.macroF1)}   ${after.macroF1 - before.macroF1 >= 0 ? '+' : ''}${f(after.macroF1 - before.macroF1)}   (macro-F1 over all held-out predictions)`);
  const changed = (report.overlay.entries?.length ?? 0) + (report.overlay.idioms?.length ?? 0);
  console.log(`\n${changed} terms changed when fitted on all ${items.length}; those that moved most:`);
  for (const m of report.moved) console.log(`  ${m.term.padEnd(28)} ${m.from.toFixed(2).padStart(5)} → ${m.to.toFixed(2).padStart(5)}`);

  if (values.out !== undefined) {
    // Written under a temporary name and renamed, so an interrupted run leaves no truncated overlay.
    const temporary = `${values.out}.tmp-${process.pid}`;
    writeFileSync(temporary, `${JSON.stringify(report.overlay, null, 2)}\n`);
    renameSync(temporary, values.out);
    console.log(`\nwrote ${values.out} (apply with --lexicon ${values.out} or mergeLexicons(lexicon, overlay))`);
  }
} catch (error) {
  if (error instanceof StancetrackError) fail(error.message, error.code === 'E_OPTIONS' ? 2 : 1);
  throw error;
}
