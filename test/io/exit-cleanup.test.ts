import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const module = fileURLToPath(new URL('../../src/io/exit-cleanup.ts', import.meta.url));

describe('removeAtExit', () => {
  // The CLI exits at once when its reader closes stdout (| head) while worker threads still write their
  // parts: removing the parts' directory then met new files (ENOTEMPTY) and printed a stack.
  it('removes a directory that a worker thread keeps writing into, quietly, when the process exits', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stancetrack-exit-'));
    const script = `
      const { writeFileSync } = await import('node:fs');
      const { Worker } = await import('node:worker_threads');
      const { removeAtExit } = await import(${JSON.stringify(module)});
      for (let i = 0; i < 200; i++) writeFileSync(${JSON.stringify(dir)} + '/part' + i, 'x'.repeat(1000));
      removeAtExit(${JSON.stringify(dir)});
      const writer = "import { writeFileSync } from 'node:fs'; import { workerData } from 'node:worker_threads'; let i = 0; for (;;) { try { writeFileSync(workerData + '/w' + (i++ % 1000), 'x'); } catch {} }";
      new Worker(writer, { eval: true, workerData: ${JSON.stringify(dir)} });
      // Exit once the worker is writing.
      const { readdirSync } = await import('node:fs');
      const poll = setInterval(() => { if (readdirSync(${JSON.stringify(dir)}).length > 250) { clearInterval(poll); process.exit(0); } }, 5);`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    expect(existsSync(dir)).toBe(false);
  });
});
