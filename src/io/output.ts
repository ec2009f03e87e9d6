import { createWriteStream, mkdirSync, renameSync, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { basename, dirname, join } from 'node:path';

/**
 * A file written under a temporary name and renamed into place by `commit`, so an interrupted run never
 * leaves a truncated file that looks complete. `write` waits when the disk is slower than the producer.
 */
export interface AtomicOutput {
  readonly path: string;
  write(chunk: string): Promise<void>;
  commit(): Promise<void>;
  /** Removes the partial file (after an error or an interrupt). */
  abort(): void;
}

/** Opens `path` for an atomic write (see `AtomicOutput`), creating its directory when needed. */
export function openAtomicOutput(path: string): AtomicOutput {
  mkdirSync(dirname(path), { recursive: true });
  const partial = join(dirname(path), `.${basename(path)}.partial-${process.pid}`);
  const stream: WriteStream = createWriteStream(partial, { encoding: 'utf8' });
  let closed = false;
  return {
    path,
    async write(chunk) {
      if (!stream.write(chunk)) await once(stream, 'drain');
    },
    async commit() {
      closed = true;
      stream.end();
      await once(stream, 'finish');
      renameSync(partial, path);
    },
    abort() {
      if (!closed) stream.destroy();
      closed = true;
      rmSync(partial, { force: true });
    },
  };
}

/** Writes to stdout with back-pressure. */
export async function writeStdout(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
}
