import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { expand } from '../io/documents.js';

/** A unit of work for one worker: some text files, or a byte range of a JSONL file that starts on a line. */
export type Task =
  | { readonly index: number; readonly kind: 'files'; readonly files: readonly string[] }
  | { readonly index: number; readonly kind: 'jsonl'; readonly file: string; readonly start: number; readonly end: number; readonly firstLine: number };

/**
 * Cuts the inputs into tasks of about `chunkBytes`: text files in batches, JSONL files at line starts,
 * with the line number each range starts at (so messages still name file:line). Reads each JSONL file
 * once, in blocks, to find the cuts.
 */
export function planTasks(inputs: readonly string[], chunkBytes: number): Task[] {
  const tasks: Task[] = [];
  let batch: string[] = [];
  let batchBytes = 0;
  const flush = () => {
    if (batch.length > 0) tasks.push({ index: tasks.length, kind: 'files', files: batch });
    batch = [];
    batchBytes = 0;
  };
  for (const input of inputs) {
    for (const file of expand(input)) {
      if (extname(file) !== '.jsonl') {
        batch.push(file);
        batchBytes += statSync(file).size;
        if (batchBytes >= chunkBytes) flush();
        continue;
      }
      flush();
      for (const range of lineRanges(file, chunkBytes)) tasks.push({ index: tasks.length, kind: 'jsonl', file, ...range });
    }
  }
  flush();
  return tasks;
}

function lineRanges(file: string, chunkBytes: number): { start: number; end: number; firstLine: number }[] {
  const size = statSync(file).size;
  const ranges: { start: number; end: number; firstLine: number }[] = [];
  const fd = openSync(file, 'r');
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
        if (next - start >= chunkBytes && next < size) {
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
