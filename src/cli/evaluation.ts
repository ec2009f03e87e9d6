import { basename } from 'node:path';
import * as v from 'valibot';
import { StancetrackError } from '../errors.js';
import { calibrate, type CalibrationOptions } from '../eval/calibrate.js';
import { evaluate, LabelledStatementSchema, type Evaluation, type LabelledStatement } from '../eval/evaluate.js';
import { LABELS } from '../eval/metrics.js';
import { readJsonl } from '../io/jsonl.js';
import { openAtomicOutput, writeStdout } from '../io/output.js';
import { formatIssues } from '../lexicon/util.js';
import type { CorpusStatement } from '../suggest/corpus.js';
import { scorerFor, type CommonOptions } from './commands.js';
import { EXIT, numberFlag, UsageError } from './errors.js';

/** A corpus line: a labelled statement, or a plain document (`{ id?, text, ... }`) with no label. */
const CorpusSchema = v.looseObject({
  id: v.optional(v.string()),
  text: v.string(),
  label: v.optional(v.picklist(LABELS)),
});

/** Reads a labelled JSONL set; a bad line is an input error naming file and line (there is no skipping a gold label). */
export async function readLabelled(file: string): Promise<LabelledStatement[]> {
  return (await readChecked(file, LabelledStatementSchema)).map(({ value }) => value as LabelledStatement);
}

/**
 * Reads a corpus for `lexicon suggest`: lines of a labelled set, or plain documents without a label, in
 * one file or mixed. A line without an `id` is named by its line number.
 */
export async function readCorpus(file: string): Promise<CorpusStatement[]> {
  return (await readChecked(file, CorpusSchema)).map(({ line, value: { id, text, label } }) => ({ id: id ?? `line ${line}`, text, ...(label === undefined ? {} : { label }) }));
}

/** Every line of a JSONL file checked against a schema; the first bad line is an input error naming file and line. */
async function readChecked<const S extends v.GenericSchema>(file: string, schema: S): Promise<{ line: number; value: v.InferOutput<S> }[]> {
  const items: { line: number; value: v.InferOutput<S> }[] = [];
  for await (const record of readJsonl(file)) {
    if (record.error !== undefined) throw new StancetrackError('E_JSONL', `${file}:${record.line}: ${record.error}`);
    const parsed = v.safeParse(schema, record.value);
    if (!parsed.success) {
      const issue = formatIssues(parsed.issues)[0];
      throw new StancetrackError('E_INPUT', `${file}:${record.line}: ${issue?.path}: ${issue?.message}`);
    }
    items.push({ line: record.line, value: parsed.output });
  }
  return items;
}

const pct = (x: number | undefined) => (x === undefined ? '—' : `${(x * 100).toFixed(1)}%`);
const num = (x: number | undefined) => (x === undefined ? '—' : x.toFixed(3));

/** The figures of one evaluation as text: totals, confusion matrix, recall by category, worst errors. */
export function formatEvaluation(file: string, items: readonly LabelledStatement[], r: Evaluation): string {
  const lines = [
    `${file}: ${items.length} statements (${LABELS.map((l) => `${l} ${items.filter((i) => i.label === l).length}`).join(', ')})`,
    `accuracy ${pct(r.accuracy)}  macro-F1 ${num(r.macroF1)}  F1 engagement ${num(r.f1.engagement)}  F1 confrontation ${num(r.f1.confrontation)}  Spearman ${num(r.spearman)}`,
    '',
    'confusion (rows gold, columns predicted):',
    `${''.padEnd(14)}${LABELS.map((l) => l.padStart(14)).join('')}`,
    ...LABELS.map((g) => `${g.padEnd(14)}${LABELS.map((p) => String(r.confusion[g][p]).padStart(14)).join('')}`),
    '',
    'recall by category:',
    ...Object.entries(r.recallBy).map(([key, g]) => `  ${key.padEnd(28)} n=${String(g.n).padStart(3)}  ${pct(g.recall)}`),
    '',
    `the ${r.worst.length} worst errors:`,
  ];
  for (const { item, prediction } of r.worst) {
    const hits = (prediction.hits ?? []).map((h) => `${h.text}${h.modifiers.length ? `{${h.modifiers.join(',')}}` : ''}=${h.contribution.toFixed(1)}`).join(' ');
    lines.push(`  ${item.id} gold ${item.label}${item.score === undefined ? '' : ` (${item.score})`} → ${prediction.label} ${prediction.score.toFixed(2)} | ${item.text}`, `      hits: ${hits || '(none)'}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `stancetrack eval FILE`: the scorer's figures on a labelled set. */
export async function evalCommand(file: string, options: CommonOptions & { format: string }): Promise<number> {
  const items = await readLabelled(file);
  const scorer = scorerFor(options);
  const result = evaluate(items, (text) => scorer.score(text));
  if (options.format === 'json') await writeStdout(`${JSON.stringify({ ...result, worst: result.worst.map((w) => ({ id: w.item.id, gold: w.item.label, predicted: w.prediction.label, score: w.prediction.score })) }, null, 2)}\n`);
  else await writeStdout(formatEvaluation(file, items, result));
  return EXIT.ok;
}

/** `stancetrack lexicon calibrate LABELLED.jsonl --out overlay.json`: fitted weights as an overlay, with k-fold figures. */
export async function calibrateCommand(file: string, options: CommonOptions & { out?: string; folds?: string; l2?: string; seed?: string; newTerms?: string }): Promise<number> {
  if (basename(file) === 'test.jsonl') throw new UsageError(`${file}: the test split is for final figures only; fit on dev.jsonl or a domain set instead`);
  const calibration: CalibrationOptions = {
    ...numberOption('folds', '--folds', options.folds),
    ...numberOption('l2', '--l2', options.l2),
    ...numberOption('seed', '--seed', options.seed),
    ...numberOption('newTerms', '--new-terms', options.newTerms),
  };
  const items = await readLabelled(file);
  const lexicon = scorerFor(options).lexicon;
  const report = calibrate(lexicon, items, calibration);
  const f = (x: number) => x.toFixed(3);
  const lines = [`${file}: ${items.length} statements, lexicon ${lexicon.id}@${lexicon.version}, ${report.before.folds.length} folds`, '', 'fold   before   after'];
  report.before.folds.forEach((b, i) => lines.push(`${String(i + 1).padStart(4)}    ${f(b)}   ${f(report.after.folds[i] ?? 0)}`));
  lines.push(`pooled  ${f(report.before.macroF1)}   ${f(report.after.macroF1)}   (k-fold macro-F1 over all held-out predictions)`, '', 'entries that moved most:');
  for (const m of report.moved) lines.push(`  ${m.term.padEnd(28)} ${m.from === 0 ? '  new' : m.from.toFixed(2).padStart(5)} → ${m.to.toFixed(2).padStart(5)}`);
  await writeStdout(`${lines.join('\n')}\n`);
  if (options.out !== undefined) {
    const out = openAtomicOutput(options.out);
    await out.write(`${JSON.stringify(report.overlay, null, 2)}\n`);
    await out.commit();
    process.stderr.write(`wrote ${options.out} (apply with --lexicon ${options.out})\n`);
  }
  return EXIT.ok;
}

function numberOption(key: 'folds' | 'l2' | 'seed' | 'newTerms', flag: string, value: string | undefined): Partial<CalibrationOptions> {
  return value === undefined ? {} : { [key]: numberFlag(flag, value) };
}
