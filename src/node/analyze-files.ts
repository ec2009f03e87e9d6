import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { StancetrackError } from '../errors.js';
import { checkInputs, checkPublishedAt } from '../io/documents.js';
import { release, removeAtExit } from '../io/exit-cleanup.js';
import { defaultLexicon } from '../lexicon/default.js';
import { mergeLexicons } from '../lexicon/merge.js';
import type { LexiconOverlay } from '../lexicon/types.js';
import { isActors } from '../statements/actors.js';
import type { Actors } from '../statements/types.js';
import { Tracker, mergeTrackers, createTracker } from '../track/tracker.js';
import type { TrackerOptions } from '../track/types.js';
import { describeValue } from '../util/describe.js';
import { planTasks } from './chunks.js';
import { trimHeap } from './heap.js';
import runInThisThread, { type Rejection, type TaskFailure, type WorkerInput, type WorkerOutput } from './worker.js';

/** Options for `analyzeFiles`. */
export interface AnalyzeFilesOptions {
  /** The registry from `defineActors` (its plain list is sent to the workers). */
  readonly actors: Actors;
  /**
   * Workers, at least 1; default: available cores − 1. One works in this thread; more work on as many
   * worker threads, each loading the model once, while this thread hands out pieces and joins their output.
   * Each worker thread has a heap of its own: two took 459–522 MB of RSS in all on the benchmark corpus
   * (see `trimHeap`).
   */
  readonly workers?: number;
  /** Overlays merged onto the default lexicon in every worker. */
  readonly lexicons?: readonly LexiconOverlay[];
  /** Publication date for text files without a front-matter date. */
  readonly publishedAt?: string;
  /** The issuer (an actor id of `actors`) of text files without a front-matter `author:`, as for a folder of one ministry's statements. */
  readonly author?: string;
  /** Receives the scored statements as JSONL, in input order whatever the number of workers. */
  readonly write: (chunk: string) => Promise<void>;
  /** Also track the statements with these options; the workers' trackers are merged. */
  readonly track?: TrackerOptions;
  /** Called for each input record that could not be used (`file:line: why`, and its error code), in input order. */
  readonly onReject?: (rejection: Rejection) => void;
  /** Called after each finished task, for progress displays. */
  readonly onProgress?: (done: RunTotals) => void;
  /** Size of the pieces the input is cut into (bytes, default 1 MB: small enough to balance the workers); the last pieces are smaller, down to an eighth. */
  readonly chunkBytes?: number;
}

/** What a run did: `read = analysed + rejected` documents. */
export interface RunTotals {
  readonly read: number;
  readonly analysed: number;
  readonly rejected: number;
  readonly statements: number;
}

/** Totals, and the merged tracker when `track` was given. */
export interface AnalyzeFilesResult extends RunTotals {
  readonly tracker?: Tracker;
}

/**
 * Extracts and scores the statements of many files on worker threads (piscina). Inputs are cut into
 * pieces (batches of text files, line-aligned ranges of JSONL files); each worker writes its piece's
 * statements to a temporary part and the main thread passes the parts to `write` in input order, so
 * the output is the same bytes whatever the number of workers. Statements never cross threads: with
 * `track`, each worker returns a tracker and they are merged (`mergeTrackers`). A record that cannot
 * be used goes to `onReject` and the run goes on; anything else that fails (an unreadable file, an
 * error thrown by `write` or `onReject`) stops the run, removes its temporary parts and rejects.
 *
 * @throws StancetrackError `E_INPUT` when `inputs` is not an array of paths or an input cannot be read
 * (the message names the file); `E_OPTIONS` for invalid options; `E_LEXICON` for an invalid overlay.
 *
 * @example
 * const out = openAtomicOutput('statements.jsonl');
 * try {
 *   const { read, statements } = await analyzeFiles(['corpus/'], { actors, workers: 4, write: (c) => out.write(c) });
 *   await out.commit();
 * } catch (error) {
 *   out.abort();
 *   throw error;
 * }
 */
export async function analyzeFiles(inputs: readonly string[], options: AnalyzeFilesOptions): Promise<AnalyzeFilesResult> {
  checkOptions(inputs, options);
  const tasks = planTasks(inputs, options.chunkBytes ?? 1024 * 1024);
  const workers = options.workers ?? Math.max(1, availableParallelism() - 1);
  const parts = mkdtempSync(join(tmpdir(), 'stancetrack-parts-'));
  removeAtExit(parts);
  // With several workers this thread only hands out pieces and joins parts. As one of the workers
  // too, it left the pool thread waiting 40–55 ms for each next piece (until this thread's own piece
  // reached an await) and joined the parts one 64 kB read per await, so the last ones were joined after
  // all analysis had finished: 0.9–1.7 s of a 15–19 s run on 23 MB, timed per piece.
  const pool = workers === 1 ? undefined : new Piscina({ filename: new URL('./worker.js', import.meta.url).href, name: 'inPool', minThreads: workers, maxThreads: workers });
  const totals = { read: 0, analysed: 0, rejected: 0, statements: 0 };
  const trackers: Tracker[] = [];
  let running: Promise<void>[] = [];
  // Set when a task fails or the run stops early: no task starts after that.
  let stopped = false;
  try {
    const inputs = tasks.map((task) => {
      const input: WorkerInput = {
        task,
        actors: options.actors.list,
        overlays: options.lexicons ?? [],
        ...(options.publishedAt === undefined ? {} : { publishedAt: options.publishedAt }),
        ...(options.author === undefined ? {} : { author: options.author }),
        ...(options.track === undefined ? {} : { track: options.track }),
        part: join(parts, `${task.index}.jsonl`),
      };
      return input;
    });
    // Every worker (this thread and each pool thread) takes the next task from one queue; parts are
    // joined in task order as soon as each is ready, so output streams while later tasks still run.
    const results = inputs.map(() => deferred<WorkerOutput>());
    let next = 0;
    const drain = async (run: (input: WorkerInput) => Promise<WorkerOutput>) => {
      for (let index = next++; !stopped && index < inputs.length; index = next++) {
        try {
          results[index]?.resolve(await run(inputs[index] as WorkerInput));
        } catch (error) {
          stopped = true;
          results[index]?.reject(error);
        }
      }
    };
    // Only this thread trims its heap after each task (see `trimHeap`): pool threads leave theirs to V8.
    const inThisThread = async (input: WorkerInput) => {
      const output = await runInThisThread(input);
      trimHeap();
      return output;
    };
    const inPool = async (input: WorkerInput) => {
      const output = (await (pool as Piscina).run(input)) as WorkerOutput | TaskFailure;
      if ('failure' in output) throw new StancetrackError(output.failure.code, output.failure.message);
      return output;
    };
    running = pool === undefined ? [drain(inThisThread)] : Array.from({ length: workers }, () => drain(inPool));
    for (const [index] of inputs.entries()) {
      const result = await (results[index] as Deferred<WorkerOutput>).promise;
      for (const rejection of result.rejections) options.onReject?.(rejection);
      // The stream's default 64 kB pieces: with 1 MB pieces (each a large-object string in V8) the peak
      // RSS of `analyze` on a 20 MB JSONL rose from about 190 MB to 280 MB.
      for await (const chunk of createReadStream(join(parts, `${index}.jsonl`), { encoding: 'utf8' })) await options.write(chunk as string);
      rmSync(join(parts, `${index}.jsonl`), { force: true });
      totals.read += result.read;
      totals.analysed += result.analysed;
      totals.rejected += result.rejected;
      totals.statements += result.statements;
      if (result.tracker !== undefined) trackers.push(Tracker.fromJSON(result.tracker));
      options.onProgress?.({ ...totals });
    }
    await Promise.all(running);
  } finally {
    // The parts are removed once no task can write one: pool threads stop at once (their tasks are
    // rejected), a task in this thread runs to its end.
    stopped = true;
    await pool?.destroy();
    await Promise.allSettled(running);
    rmSync(parts, { recursive: true, force: true });
    release(parts);
  }
  if (options.track === undefined) return totals;
  const [first, ...rest] = trackers;
  return { ...totals, tracker: first === undefined ? createTracker(options.track) : mergeTrackers(first, ...rest) };
}

/** Throws a StancetrackError for the first invalid argument, before any work starts. */
function checkOptions(inputs: readonly string[], options: AnalyzeFilesOptions): void {
  checkInputs(inputs);
  if (options === null || typeof options !== 'object') throw new StancetrackError('E_OPTIONS', `options: expected an object, found ${describeValue(options)}`);
  const { actors, workers, lexicons, publishedAt, author, write, track, onReject, onProgress, chunkBytes } = options;
  const fail = (message: string) => {
    throw new StancetrackError('E_OPTIONS', message);
  };
  if (!isActors(actors)) fail('options.actors: expected the result of defineActors([...])');
  if (typeof write !== 'function') fail('options.write: expected a function (chunk) => Promise<void> that writes the statements, e.g. (chunk) => out.write(chunk)');
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1)) fail(`options.workers: expected an integer ≥ 1, found ${describeValue(workers)}`);
  if (chunkBytes !== undefined && !(Number.isInteger(chunkBytes) && chunkBytes >= 1)) fail(`options.chunkBytes: expected an integer ≥ 1, found ${describeValue(chunkBytes)}`);
  if (onReject !== undefined && typeof onReject !== 'function') fail('options.onReject: expected a function');
  if (onProgress !== undefined && typeof onProgress !== 'function') fail('options.onProgress: expected a function');
  if (lexicons !== undefined && !Array.isArray(lexicons)) fail('options.lexicons: expected an array of lexicon overlays');
  if (publishedAt !== undefined) checkPublishedAt(publishedAt, 'options.publishedAt');
  if (author !== undefined && (typeof author !== 'string' || actors.get(author) === undefined)) fail(`options.author: expected the id of an actor in options.actors, found ${describeValue(author)}`);
  // Checked once here, where an error keeps its `issues` (they are lost crossing from a pool thread).
  if (lexicons !== undefined && lexicons.length > 0) mergeLexicons(defaultLexicon, ...lexicons);
  if (track !== undefined) createTracker(track);
}

interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A task that fails after an earlier one already failed is reported through the first failure.
  promise.catch(() => {});
  return { promise, resolve, reject };
}
