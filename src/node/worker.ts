import { createWriteStream, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { StancetrackError, type StancetrackErrorCode } from '../errors.js';
import { jsonlDocuments, readDocuments, type DocumentRecord } from '../io/documents.js';
import { defaultLexicon } from '../lexicon/default.js';
import type { LexiconOverlay } from '../lexicon/types.js';
import { createScorer, type Scorer } from '../score/scorer.js';
import { defineActors } from '../statements/actors.js';
import { analyzeBatch } from '../statements/extract.js';
import type { ActorInput, Actors, ScoredStatement } from '../statements/types.js';
import { createTracker } from '../track/tracker.js';
import type { TrackerJSON, TrackerOptions } from '../track/types.js';
import type { Task } from './chunks.js';

/** A record a task could not use. */
export interface Rejection {
  readonly message: string;
  readonly code: StancetrackErrorCode;
}

/** What the main thread sends with each task (plain data: it crosses a thread boundary). */
export interface WorkerInput {
  readonly task: Task;
  readonly actors: readonly ActorInput[];
  readonly overlays: readonly LexiconOverlay[];
  readonly publishedAt?: string;
  readonly author?: string;
  readonly track?: TrackerOptions;
  /** Where this task writes its statements (JSONL); the main thread joins the parts in task order. */
  readonly part: string;
}

/** What a task reports back: counts, rejections and a tracker — never the statements themselves. */
export interface WorkerOutput {
  readonly index: number;
  readonly read: number;
  readonly analysed: number;
  readonly rejected: number;
  readonly statements: number;
  /** Each record that could not be used: `file:line: why`, and the error code. */
  readonly rejections: readonly Rejection[];
  readonly tracker?: TrackerJSON;
}

// One scorer and registry per worker thread, built on its first task and reused by the later ones.
let setup: { key: string; scorer: Scorer; actors: Actors } | undefined;

function prepare(input: WorkerInput): { scorer: Scorer; actors: Actors } {
  const key = JSON.stringify([input.actors, input.overlays]);
  if (setup?.key !== key) setup = { key, scorer: createScorer({ lexicons: [defaultLexicon, ...input.overlays] }), actors: defineActors(input.actors) };
  return setup;
}

/**
 * Runs one task: analyses its documents, writes their statements to the part file, tracks them. When
 * it fails, its part is closed and removed, and it throws a StancetrackError naming the input.
 */
export default async function run(input: WorkerInput): Promise<WorkerOutput> {
  const out = createWriteStream(input.part, { encoding: 'utf8', highWaterMark: PART_BUFFER });
  // A write error is thrown by the task's next write or its end (`out.errored`, `finished`), never left unhandled.
  out.on('error', () => {});
  try {
    return await runTask(input, out);
  } catch (error) {
    if (!out.closed) await new Promise<void>((resolve) => out.destroy().once('close', () => resolve()));
    rmSync(input.part, { force: true });
    throw taskError(error, input.task);
  }
}

/**
 * The entry point of pool threads: `run`, with a failure returned as data. An error thrown in a pool
 * thread reaches the main thread without its class or `code`; `analyzeFiles` makes it a
 * StancetrackError again.
 */
export async function inPool(input: WorkerInput): Promise<WorkerOutput | TaskFailure> {
  try {
    return await run(input);
  } catch (error) {
    const { code, message } = error as StancetrackError;
    return { failure: { code, message: message.replace(/^stancetrack: /, '') } };
  }
}

/** A task that failed, as it crosses from a pool thread. */
export interface TaskFailure {
  readonly failure: { readonly code: StancetrackErrorCode; readonly message: string };
}

function taskError(error: unknown, task: Task): StancetrackError {
  if (error instanceof StancetrackError) return error;
  const where = task.kind === 'jsonl' ? task.file : `${task.files[0]}${task.files.length > 1 ? ` (or one of the ${task.files.length - 1} files after it)` : ''}`;
  return new StancetrackError('E_INPUT', `${where}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
}

async function runTask(input: WorkerInput, out: WriteStream): Promise<WorkerOutput> {
  const { scorer, actors } = prepare(input);
  const tracker = input.track === undefined ? undefined : createTracker(input.track);
  const counts = { read: 0, analysed: 0, rejected: 0, statements: 0 };
  const rejections: Rejection[] = [];
  const fallbacks = { ...(input.publishedAt === undefined ? {} : { publishedAt: input.publishedAt }), ...(input.author === undefined ? {} : { author: input.author }) };
  const records = input.task.kind === 'files' ? readDocuments(input.task.files, fallbacks) : jsonlDocuments(input.task.file, input.task);
  // Documents are analysed a batch at a time (see `analyzeBatch`), and their results taken in order.
  const batch: DocumentRecord[] = [];
  let batchText = 0;
  const analyseBatch = async () => {
    const documents = batch.flatMap((record) => ('error' in record ? [] : [record.document]));
    const results = analyzeBatch(documents, { actors, scorer });
    let next = 0;
    for (const record of batch) {
      const result = 'error' in record ? new StancetrackError(record.code, record.error) : (results[next++] as ScoredStatement[] | Error);
      if (result instanceof Error) {
        counts.rejected += 1;
        const code = result instanceof StancetrackError ? result.code : 'E_INPUT';
        rejections.push({ message: `${record.where}: ${result.message.replace(/^stancetrack: /, '')}`, code });
        continue;
      }
      if (out.errored !== null) throw out.errored;
      if (result.length > 0 && !out.write(result.map((s) => `${JSON.stringify(s)}\n`).join(''))) await once(out, 'drain');
      for (const s of result) tracker?.add(s);
      counts.analysed += 1;
      counts.statements += result.length;
    }
    batch.length = 0;
    batchText = 0;
  };
  for await (const record of records) {
    counts.read += 1;
    batch.push(record);
    if ('document' in record && typeof record.document.text === 'string') batchText += record.document.text.length;
    if (batch.length === BATCH_DOCUMENTS || batchText >= BATCH_TEXT) await analyseBatch();
  }
  await analyseBatch();
  out.end();
  await finished(out);
  return { index: input.task.index, ...counts, rejections, ...(tracker === undefined ? {} : { tracker: tracker.toJSON() }) };
}

/**
 * Bytes a part's stream buffers before a task waits for the disk. Statements are about 9 × the size of
 * their input, and with the default 16 kB a task waited on a write every few documents, each wait a
 * trip through libuv's thread pool that competes with the analysing threads for the cores.
 */
const PART_BUFFER = 1024 * 1024;

/**
 * Documents analysed together. Of batches of 1, 5, 20, 50 and 100 bench documents, 50 ran fastest
 * (3,000 documents, min of 5 passes, two runs: 12–13% under one document at a time; 100 was slower again).
 */
const BATCH_DOCUMENTS = 50;

/**
 * Characters of text after which a batch is analysed even when it holds fewer documents: a batch keeps
 * every document's analysis (several times the text) until its dates are parsed, so long documents go
 * a few at a time. 50 bench documents hold about 46,000 characters.
 */
const BATCH_TEXT = 256 * 1024;
