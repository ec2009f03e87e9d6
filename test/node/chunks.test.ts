import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planTasks, type Task } from '../../src/node/chunks.js';

const tmp = mkdtempSync(join(tmpdir(), 'stancetrack-chunks-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type JsonlTask = Extract<Task, { kind: 'jsonl' }>;

describe('planTasks', () => {
  // 200 lines of 50 bytes: 10,000 bytes cut for pieces of 1,000.
  const file = join(tmp, 'corpus.jsonl');
  writeFileSync(file, Array.from({ length: 200 }, (_, i) => `{"id":"${String(i).padStart(3, '0')}","text":"${'x'.repeat(27)}"}\n`).join(''));

  it('cuts a JSONL file at line starts into ranges that cover it in order, with their first line numbers', () => {
    const bytes = readFileSync(file);
    const tasks = planTasks([file], 1000) as JsonlTask[];
    expect(tasks[0]?.start).toBe(0);
    expect(tasks.at(-1)?.end).toBe(bytes.length);
    tasks.forEach((task, i) => {
      expect(task.index).toBe(i);
      if (i > 0) expect(task.start).toBe(tasks[i - 1]?.end);
      expect(task.start === 0 || bytes[task.start - 1] === 10).toBe(true);
      expect(task.firstLine).toBe(task.start / 50 + 1);
    });
  });

  it('makes the last pieces smaller, down to an eighth, so the workers finish together', () => {
    const sizes = (planTasks([file], 1000) as JsonlTask[]).map((t) => t.end - t.start);
    // Full pieces while more than 4 × 1,000 bytes are left, then a quarter of what is left, at least 125.
    expect(sizes).toEqual([1000, 1000, 1000, 1000, 1000, 1000, 1000, 750, 600, 450, 300, 250, 200, 150, 150, 150]);
  });

  it('batches text files the same way', () => {
    const files = Array.from({ length: 20 }, (_, i) => {
      const path = join(tmp, `doc-${String(i).padStart(2, '0')}.txt`);
      writeFileSync(path, 'y'.repeat(100));
      return path;
    });
    const batches = planTasks(files, 400).map((t) => (t.kind === 'files' ? t.files : []));
    expect(batches.flat()).toEqual(files);
    expect(batches[0]).toHaveLength(4);
    expect(batches.at(-1)).toHaveLength(1);
  });
});
