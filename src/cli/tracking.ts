import { statSync } from 'node:fs';
import * as v from 'valibot';
import { StancetrackError } from '../errors.js';
import { readJsonl } from '../io/jsonl.js';
import { openAtomicOutput, writeStdout } from '../io/output.js';
import { formatIssues } from '../lexicon/util.js';
import { renderReport } from '../report/html.js';
import type { ScoredStatement } from '../statements/types.js';
import { dedupe } from '../track/dedupe.js';
import { toCSV } from '../track/export.js';
import { TrackInputSchema } from '../track/input.js';
import { createTracker, type Tracker } from '../track/tracker.js';
import type { ActorSummary, Interval, Series, Shift } from '../track/types.js';
import type { CommonOptions } from './commands.js';
import { EXIT, UsageError } from './errors.js';
import { createProgress, summary, type Progress, type RunCounts } from './progress.js';

/** Options of `track` and `report`. */
export interface TrackingOptions extends CommonOptions {
  readonly interval: Interval;
  readonly actor?: string;
  readonly target?: string;
  readonly dedupe: boolean;
  readonly minN?: string;
  readonly alpha?: string;
  readonly weighting?: 'equal' | 'confidence';
}

const StatementSchema = v.looseObject({ ...TrackInputSchema.entries, text: v.string(), kind: v.string() });

/** Reads scored statements from JSONL, reporting (or, under --strict, failing on) each bad line. */
async function* readStatements(file: string, counts: RunCounts, options: CommonOptions, progress: Progress): AsyncGenerator<ScoredStatement> {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (stat === undefined) throw new UsageError(`${file}: no such file`);
  if (stat.isDirectory()) throw new UsageError(`${file}: is a directory; expected a JSONL file of statements (the output of stancetrack analyze)`);
  for await (const record of readJsonl(file)) {
    counts.read += 1;
    progress.tick(counts);
    let problem: string;
    let code: 'E_INPUT' | 'E_JSONL' = 'E_JSONL';
    if (record.error === undefined) {
      code = 'E_INPUT';
      const parsed = v.safeParse(StatementSchema, record.value);
      if (parsed.success) {
        yield record.value as ScoredStatement;
        continue;
      }
      const issue = formatIssues(parsed.issues)[0];
      problem = `${issue?.path}: ${issue?.message}`;
    } else {
      problem = record.error;
    }
    counts.rejected += 1;
    const message = `${file}:${record.line}: ${problem}`;
    if (options.strict === true) throw new StancetrackError(code, message);
    progress.log(message);
  }
}

/** Feeds statements (deduplicated unless --no-dedupe) into a tracker; returns the tracker and what was kept. */
async function buildTracker(file: string, options: TrackingOptions, keep: (s: ScoredStatement) => void): Promise<{ tracker: Tracker; counts: RunCounts }> {
  const minN = options.minN === undefined ? undefined : Number(options.minN);
  if (minN !== undefined && !(Number.isInteger(minN) && minN >= 1)) throw new UsageError(`--min-n ${options.minN}: expected an integer ≥ 1`);
  const tracker = createTracker({ interval: options.interval, ...(options.weighting ? { weighting: options.weighting } : {}), ...(minN ? { minN } : {}) });
  const counts: RunCounts = { read: 0, written: 0, rejected: 0 };
  const progress = createProgress(options.quiet === true, 'statements');
  try {
    const statements = readStatements(file, counts, options, progress);
    for await (const statement of options.dedupe ? dedupe(statements) : statements) {
      tracker.add(statement);
      keep(statement);
      counts.written += 1;
    }
  } finally {
    progress.stop();
  }
  return { tracker, counts };
}

function selected(tracker: Tracker, options: TrackingOptions): { series: Series[]; shifts: Shift[] } {
  const alpha = options.alpha === undefined ? undefined : Number(options.alpha);
  if (alpha !== undefined && !(alpha > 0 && alpha < 1)) throw new UsageError(`--alpha ${options.alpha}: expected a number between 0 and 1`);
  const query = { ...(options.actor ? { actor: options.actor } : {}), ...(options.target ? { target: options.target } : {}) };
  return { series: tracker.series(query), shifts: tracker.shifts({ ...query, ...(alpha ? { alpha } : {}) }) };
}

/** The actor summaries `--actor` selects (all without it), for every format. */
function selectedActors(tracker: Tracker, options: TrackingOptions): ActorSummary[] {
  return tracker.actors().filter((a) => options.actor === undefined || a.actor === options.actor);
}

/** `stancetrack track STATEMENTS.jsonl`: per-actor series and shifts as a table, CSV or JSON. */
export async function trackCommand(file: string, options: TrackingOptions & { format: string; summary?: boolean }): Promise<number> {
  const { tracker, counts } = await buildTracker(file, options, () => {});
  const { series, shifts } = selected(tracker, options);
  const actors = selectedActors(tracker, options);
  if (options.format === 'csv') await writeStdout(toCSV(series));
  else if (options.format === 'json') await writeStdout(`${JSON.stringify({ actors, series, shifts }, null, 2)}\n`);
  else await writeStdout(table(actors, options.summary === true ? [] : series, shifts));
  summary(
    options.quiet === true,
    `read ${counts.read} statements, used ${counts.read - counts.rejected}, rejected ${counts.rejected}; tracked ${counts.written - tracker.skipped} (${tracker.skipped} without a known actor${options.dedupe ? ', wire copies counted once' : ''})`,
  );
  return EXIT.ok;
}

/** `stancetrack report STATEMENTS.jsonl --out report.html`: one self-contained HTML page. */
export async function reportCommand(file: string, options: TrackingOptions & { out: string; title: string; maxStatements: string }): Promise<number> {
  const cap = Number(options.maxStatements);
  if (!(Number.isInteger(cap) && cap >= 0)) throw new UsageError(`--max-statements ${options.maxStatements}: expected an integer ≥ 0`);
  // The listing keeps the most recent `cap` statements, so memory stays bounded however long the input.
  const listed: ScoredStatement[] = [];
  const { tracker, counts } = await buildTracker(file, options, (s) => {
    if (s.actor === null) return;
    listed.push(s);
    if (listed.length > cap * 2) trimToRecent(listed, cap);
  });
  trimToRecent(listed, cap);
  const { series, shifts } = selected(tracker, options);
  const html = renderReport({
    title: options.title,
    generated: new Date().toISOString().slice(0, 10),
    series,
    shifts,
    actors: selectedActors(tracker, options),
    statements: listed,
    totalStatements: counts.written - tracker.skipped,
  });
  const out = openAtomicOutput(options.out);
  try {
    await out.write(html);
    await out.commit();
  } catch (error) {
    out.abort();
    throw error;
  }
  summary(options.quiet === true, `read ${counts.read} statements, rejected ${counts.rejected}, wrote ${options.out}`);
  return EXIT.ok;
}

function trimToRecent(list: ScoredStatement[], cap: number): void {
  list.sort((a, b) => (a.time.date < b.time.date ? 1 : a.time.date > b.time.date ? -1 : 0));
  list.length = Math.min(list.length, cap);
}

const fmt = (n: number | null) => (n === null ? '' : `${n >= 0 ? '+' : ''}${n.toFixed(2)}`);

/** A plain-text table of actor summaries, the series points and the shifts. */
function table(actors: readonly ActorSummary[], series: readonly Series[], shifts: readonly Shift[]): string {
  const width = Math.max(5, ...actors.map((a) => a.actor.length));
  const lines = [`${'actor'.padEnd(width)}     n    mean     sd  first       last        trend/yr  95% CI`];
  for (const a of actors) {
    const trendCI = a.trendCI === null ? '' : `  [${fmt(a.trendCI[0])}, ${fmt(a.trendCI[1])}]`;
    lines.push(`${a.actor.padEnd(width)}  ${String(a.n).padStart(4)}  ${fmt(a.mean).padStart(6)}  ${(a.sd === null ? '' : a.sd.toFixed(2)).padStart(5)}  ${a.first.padEnd(10)}  ${a.last.padEnd(10)}  ${fmt(a.trend).padStart(7)}${trendCI}`);
  }
  for (const s of series) {
    lines.push('', `${s.actor}${s.target ? ` → ${s.target}` : ''} (per ${s.interval}${s.coarse > 0 ? `; ${s.coarse} dated too coarsely` : ''})`, '  start         n    mean   95% CI            ewma');
    for (const p of s.points) {
      const ci = p.ci === null ? '' : `[${fmt(p.ci[0])}, ${fmt(p.ci[1])}]`;
      lines.push(`  ${p.start}  ${String(p.n).padStart(4)}  ${fmt(p.mean).padStart(6)}   ${ci.padEnd(16)}  ${fmt(p.ewma).padStart(6)}${p.sparse && p.n > 0 ? '  sparse' : ''}`);
    }
  }
  lines.push('', shifts.length === 0 ? 'no shifts detected' : 'shifts:');
  for (const s of shifts) lines.push(`  ${s.actor}${s.target ? ` → ${s.target}` : ''} at ${s.at}: ${fmt(s.before)} → ${fmt(s.after)} (effect ${fmt(s.effect)}, confidence ${s.confidence.toFixed(3)})`);
  return `${lines.join('\n')}\n`;
}
