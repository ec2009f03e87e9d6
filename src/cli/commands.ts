import { existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { StancetrackError, type ValidationIssue } from '../errors.js';
import { checkPublishedAt } from '../io/documents.js';
import { openAtomicOutput, writeStdout, type AtomicOutput } from '../io/output.js';
import { defaultLexicon } from '../lexicon/default.js';
import { isFullLexicon, lexiconError, validateLexicon } from '../lexicon/load.js';
import { mergeLexicons } from '../lexicon/merge.js';
import type { Lexicon, LexiconOverlay } from '../lexicon/types.js';
import { explain } from '../score/explain.js';
import { createScorer, type Scorer } from '../score/scorer.js';
import { analyzeFiles } from '../node/analyze-files.js';
import { defineActors } from '../statements/actors.js';
import type { Actors } from '../statements/types.js';
import type { StanceScore } from '../types.js';
import { EXIT, UsageError } from './errors.js';
import { highlight, labelled, useColor } from './output.js';
import { createProgress, summary } from './progress.js';

/** Options every command shares. */
export interface CommonOptions {
  readonly quiet?: boolean;
  readonly strict?: boolean;
  readonly lexicon?: string[];
}

/** Reads a file the user named, turning a missing file into a usage error that names the option. */
export function readUserFile(path: string, option: string): string {
  if (!existsSync(path)) throw new UsageError(`${option} ${path}: file not found`);
  return readFileSync(path, 'utf8');
}

/** The scorer for `--lexicon FILE...` (merged onto the default lexicon), or the default one. */
export function scorerFor(options: CommonOptions): Scorer {
  return createScorer({ lexicons: [lexiconFor(options)] });
}

/** The lexicon for `--lexicon FILE...` merged onto the default lexicon (validated), without loading a scorer. */
export function lexiconFor(options: CommonOptions): Lexicon {
  return lexiconFiles(options).lexicon;
}

/**
 * The `--lexicon FILE...` files as read, and merged onto the default lexicon one by one, so that a
 * problem is reported against its file (`mine.json is invalid: entries[0].weight: …`).
 */
function lexiconFiles(options: CommonOptions): { overlays: LexiconOverlay[]; lexicon: Lexicon } {
  const overlays: LexiconOverlay[] = [];
  let lexicon = defaultLexicon;
  for (const file of options.lexicon ?? []) {
    const overlay = parseJson(readUserFile(file, '--lexicon'), file) as LexiconOverlay;
    lexicon = mergeFile(lexicon, overlay, file);
    overlays.push(overlay);
  }
  return { overlays, lexicon };
}

function mergeFile(lexicon: Lexicon, overlay: LexiconOverlay, file: string): Lexicon {
  try {
    return mergeLexicons(lexicon, overlay);
  } catch (cause) {
    if (cause instanceof StancetrackError && cause.code === 'E_LEXICON') throw lexiconError(file, cause.issues);
    throw cause;
  }
}

/** Loads `--actors FILE`: a JSON array of actors (see `defineActors`). */
export function loadActors(file: string): Actors {
  const data = parseJson(readUserFile(file, '--actors'), file);
  try {
    return defineActors(data as never);
  } catch (cause) {
    if (cause instanceof StancetrackError) throw new StancetrackError(cause.code, `${file}: ${cause.message.replace(/^stancetrack: /, '')}`, { cause, issues: [...cause.issues] });
    throw cause;
  }
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new StancetrackError('E_INPUT', `${file}: expected JSON, found invalid JSON (${(cause as Error).message})`, { cause });
  }
}

/** `stancetrack score [TEXT...]`: texts as arguments, or one per line on stdin. */
export async function scoreCommand(texts: string[], options: CommonOptions & { format: string }): Promise<number> {
  const scorer = scorerFor(options);
  const color = useColor(process.stdout);
  const inputs = texts.length > 0 ? texts : await readStdinLines();
  const scores = scorer.scoreMany(inputs);
  const results = inputs.map((text, i) => ({ text, result: scores[i] as StanceScore }));
  if (options.format === 'json') {
    await writeStdout(`${JSON.stringify(results.map(({ text, result }) => ({ text, ...result })), null, 2)}\n`);
  } else if (options.format === 'jsonl') {
    for (const { text, result } of results) await writeStdout(`${JSON.stringify({ text, ...result })}\n`);
  } else {
    for (const { text, result } of results) await writeStdout(`${labelled(result, color)}  ${highlight(text, result, color)}\n`);
  }
  return EXIT.ok;
}

async function readStdinLines(): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) if (line.trim() !== '') lines.push(line);
  return lines;
}

/** `stancetrack analyze INPUT... --actors FILE`: scored statements as JSONL, on worker threads, in input order. */
export async function analyzeCommand(
  inputs: string[],
  options: CommonOptions & { actors: string; out?: string; publishedAt?: string; author?: string; workers?: string; chunkBytes?: string },
): Promise<number> {
  for (const input of inputs) if (!existsSync(input)) throw new UsageError(`${input}: no such file or directory`);
  const workers = options.workers === undefined ? undefined : Number(options.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1)) throw new UsageError(`--workers ${options.workers}: expected an integer ≥ 1`);
  const chunkBytes = Number(options.chunkBytes ?? 1024 * 1024);
  if (!(Number.isInteger(chunkBytes) && chunkBytes >= 1)) throw new UsageError(`--chunk-bytes ${options.chunkBytes}: expected an integer ≥ 1`);
  // analyzeFiles checks it too, but names the option, not the flag.
  if (options.publishedAt !== undefined) {
    try {
      checkPublishedAt(options.publishedAt, '--published-at');
    } catch {
      throw new UsageError(`--published-at ${options.publishedAt}: expected a calendar date YYYY-MM-DD`);
    }
  }
  const actors = loadActors(options.actors);
  if (options.author !== undefined && actors.get(options.author) === undefined) throw new UsageError(`--author ${options.author}: expected the id of an actor in ${options.actors}`);
  // Merged here one file at a time, so that a problem names its file, before any worker starts and
  // without loading the model into this thread, which only joins the workers' output.
  const { overlays } = lexiconFiles(options);
  const out: AtomicOutput | undefined = options.out === undefined ? undefined : openAtomicOutput(options.out);
  const progress = createProgress(options.quiet === true, 'documents');
  const interrupt = () => {
    out?.abort();
    progress.stop();
    process.stderr.write(`interrupted: ${out === undefined ? 'output is incomplete' : `${options.out} was not written`}\n`);
    process.exit(130);
  };
  process.once('SIGINT', interrupt);
  let totals;
  try {
    totals = await analyzeFiles(inputs, {
      actors,
      lexicons: overlays,
      chunkBytes,
      ...(workers === undefined ? {} : { workers }),
      ...(options.publishedAt === undefined ? {} : { publishedAt: options.publishedAt }),
      ...(options.author === undefined ? {} : { author: options.author }),
      write: out === undefined ? writeStdout : (chunk) => out.write(chunk),
      onReject: ({ message, code }) => {
        if (options.strict === true) throw new StancetrackError(code, message);
        progress.log(message);
      },
      onProgress: (done) => progress.tick({ read: done.read, written: done.analysed, rejected: done.rejected }),
    });
    await out?.commit();
  } catch (error) {
    out?.abort();
    throw error;
  } finally {
    process.removeListener('SIGINT', interrupt);
    progress.stop();
  }
  summary(
    options.quiet === true,
    `read ${totals.read} documents, analysed ${totals.analysed}, rejected ${totals.rejected}${totals.rejected > 0 ? ' (see the messages above)' : ''}; wrote ${totals.statements} statements${options.out ? ` to ${options.out}` : ''}`,
  );
  return EXIT.ok;
}

/**
 * `stancetrack lexicon validate FILE...`: prints every problem; exit 1 when any file is invalid. A file
 * with every field of a full lexicon is checked as one; any other file as an overlay, which must also
 * merge cleanly onto the default lexicon, as `--lexicon FILE` merges it.
 */
export function lexiconValidateCommand(files: string[]): number {
  let invalid = 0;
  for (const file of files) {
    const data = parseJson(readUserFile(file, 'lexicon'), file);
    const { valid, issues } = isFullLexicon(data) ? validateFull(data) : validateOverlay(data);
    if (valid !== undefined) {
      process.stdout.write(`${file}: ${valid}\n`);
      continue;
    }
    invalid += 1;
    process.stdout.write(`${file}: ${issues.length} problem${issues.length === 1 ? '' : 's'}\n${issues.map((i) => `  ${i.path || '(root)'}: ${i.message}\n`).join('')}`);
  }
  return invalid > 0 ? EXIT.input : EXIT.ok;
}

type Checked = { valid: string; issues?: undefined } | { valid?: undefined; issues: readonly ValidationIssue[] };

function validateFull(data: unknown): Checked {
  const result = validateLexicon(data);
  return result.ok ? { valid: `valid (${result.lexicon.entries.length} entries, ${result.lexicon.idioms.length} idioms)` } : { issues: result.issues };
}

function validateOverlay(data: unknown): Checked {
  try {
    mergeLexicons(defaultLexicon, data as LexiconOverlay);
  } catch (error) {
    if (error instanceof StancetrackError && error.code === 'E_LEXICON') return { issues: error.issues };
    throw error;
  }
  const { entries = [], idioms = [], remove = [] } = data as LexiconOverlay;
  return { valid: `valid overlay of ${defaultLexicon.id} (${entries.length} entries, ${idioms.length} idioms, ${remove.length} removed)` };
}

/** `stancetrack lexicon show [--category C]`: the entries of the lexicon in use, as a table. */
export function lexiconShowCommand(options: CommonOptions & { category?: string }): number {
  const lexicon = scorerFor(options).lexicon;
  if (options.category !== undefined && !Object.hasOwn(lexicon.categories, options.category)) {
    throw new UsageError(`--category ${options.category}: unknown; categories are ${Object.keys(lexicon.categories).join(', ')}`);
  }
  const rows = [...lexicon.idioms, ...lexicon.entries].filter((e) => options.category === undefined || e.category === options.category);
  process.stdout.write(`${lexicon.id}@${lexicon.version}: ${rows.length} entries\n`);
  for (const e of rows) process.stdout.write(`${e.term.padEnd(32)} ${e.pole.padEnd(14)} ${e.weight.toFixed(1).padStart(4)}  ${e.category}\n`);
  return EXIT.ok;
}

/** `stancetrack lexicon explain TEXT`: which entries and rules fired, and why. */
export function lexiconExplainCommand(text: string, options: CommonOptions): number {
  process.stdout.write(`${explain(scorerFor(options).score(text))}\n`);
  return EXIT.ok;
}
