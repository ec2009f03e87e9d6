import { createWriteStream, mkdirSync, renameSync, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { basename, dirname, join } from 'node:path';
import { StancetrackError } from '../errors.js';
import { describeValue } from '../util/describe.js';
import { release, removeAtExit } from './exit-cleanup.js';

/**
 * A file written under a temporary name and renamed into place by `commit`, so an interrupted run never
 * leaves a truncated file that looks complete. `write` waits when the disk is slower than the producer.
 * Call `commit` when everything is written, or `abort` on failure; a partial file still open when the
 * process exits is removed then.
 *
 * @example
 * const out = openAtomicOutput('statements.jsonl');
 * try {
 *   for (const line of lines) await out.write(line);
 *   await out.commit();
 * } catch (error) {
 *   out.abort();
 *   throw error;
 * }
 */
export interface AtomicOutput {
  readonly path: string;
  write(chunk: string): Promise<void>;
  commit(): Promise<void>;
  /** Removes the partial file (after an error or an interrupt). */
  abort(): void;
}

/**
 * Opens `path` for an atomic write (see `AtomicOutput`), creating its directory when needed.
 *
 * @throws StancetrackError `E_INPUT` when `path` is not a non-empty string or its directory cannot be made.
 */
export function openAtomicOutput(path: string): AtomicOutput {
  if (typeof path !== 'string' || path === '') throw new StancetrackError('E_INPUT', `path: expected the path of the file to write, found ${describeValue(path)}`);
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (cause) {
    throw new StancetrackError('E_INPUT', `${path}: cannot create its directory (${(cause as Error).message})`, { cause });
  }
  const partial = join(dirname(path), `.${basename(path)}.partial-${process.pid}`);
  const stream: WriteStream = createWriteStream(partial, { encoding: 'utf8' });
  // A failed write (a full disk, an unwritable directory) rejects the next `write` or `commit`, naming
  // the file: waits on the stream reject with its error, which `check` replaces.
  let failure: StancetrackError | undefined;
  stream.on('error', (cause) => (failure ??= new StancetrackError('E_INPUT', `${path}: cannot write (${cause.message})`, { cause })));
  const check = () => {
    if (failure !== undefined) throw failure;
  };
  removeAtExit(partial);
  let closed = false;
  return {
    path,
    async write(chunk) {
      check();
      if (!stream.write(chunk)) await once(stream, 'drain').catch(check);
    },
    async commit() {
      check();
      closed = true;
      stream.end();
      await once(stream, 'close').catch(check);
      renameSync(partial, path);
      release(partial);
    },
    abort() {
      if (!closed) stream.destroy();
      closed = true;
      rmSync(partial, { force: true });
      release(partial);
    },
  };
}

/** Writes to stdout with back-pressure. */
export async function writeStdout(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
}
