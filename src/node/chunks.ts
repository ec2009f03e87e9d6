import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { expand, onDisk } from '../io/documents.js';

/** A unit of work for one worker: some text files, or a byte range of a JSONL file that starts on a line. */
export type Task =
  | { readonly index: number; readonly kind: 'files'; readonly files: readonly string[] }
  | { readonly index: number; readonly kind: 'jsonl'; readonly file: string; readonly start: number; readonly end: number; readonly firstLine: number };

/**
 * Cuts the inputs into tasks of about `chunkBytes`: text files in batches, JSONL files at line starts,
 * with the line number each range starts at (so messages still name file:line). Reads each JSONL file
 * once, in blocks, to find the cuts. The last tasks are smaller (see `pieceSize`), so the workers run
 * out of work at about the same time. The cuts depend on the inputs and `chunkBytes` alone, never on
 * the number of workers, so every worker count merges the same pieces in the same order.
 */
export function planTasks(inputs: readonly string[], chunkBytes: number): Task[] {
  const files = inputs.flatMap((input) => expand(input).map((file) => ({ file, bytes: onDisk(file, () => statSync(file)).size })));
  let remaining = files.reduce((sum, { bytes }) => sum + bytes, 0);
  const tasks: Task[] = [];
  let batch: string[] = [];
  let batchBytes = 0;
  const flush = () => {
    if (batch.length > 0) tasks.push({ index: tasks.length, kind: 'files', files: batch });
    remaining -= batchBytes;
    batch = [];
    batchBytes = 0;
  };
  for (const { file, bytes } of files) {
    if (extname(file) !== '.jsonl') {
      batch.push(file);
      batchBytes += bytes;
      if (batchBytes >= pieceSize(chunkBytes, remaining)) flush();
      continue;
    }
    flush();
    for (const range of lineRanges(file, bytes, (done) => pieceSize(chunkBytes, remaining - done))) tasks.push({ index: tasks.length, kind: 'jsonl', file, ...range });
    remaining -= bytes;
  }
  flush();
  return tasks;
}

/**
 * The size of the next piece when `remaining` bytes are left to cut: `chunkBytes` until the last
 * `TAPER × chunkBytes`, then a `TAPER`th of what is left, down to an eighth of `chunkBytes`. With equal
 * pieces one worker was still on its last piece of 1 MB (a second or two) when the others had finished.
 */
function pieceSize(chunkBytes: number, remaining: number): number {
  return Math.min(chunkBytes, Math.max(chunkBytes / 8, remaining / TAPER));
}

const TAPER = 4;

/** Cuts a JSONL file of `size` bytes at line starts into ranges of at least `sizeAfter(bytes already cut)` bytes. */
function lineRanges(file: string, size: number, sizeAfter: (done: number) => number): { start: number; end: number; firstLine: number }[] {
  const ranges: { start: number; end: number; firstLine: number }[] = [];
  const fd = onDisk(file, () => openSync(file, 'r'));
  const block = Buffer.alloc(1 << 20);
  let start = 0;
  let firstLine = 1;
  let line = 1;
  let position = 0;
  try {
    while (position < size) {
      const read = readSync(fd, block, 0, block.length, position);
      for (let i = block.indexOf(10, 0); i !== -1 && i < read; i = block.indexOf(10, i + 1)) {
        line += 1;
        const next = position + i + 1;
        if (next - start >= sizeAfter(start) && next < size) {
          ranges.push({ start, end: next, firstLine });
          start = next;
          firstLine = line;
        }
      }
      position += read;
    }
  } finally {
    closeSync(fd);
  }
  if (start < size || ranges.length === 0) ranges.push({ start, end: size, firstLine });
  return ranges;
}
