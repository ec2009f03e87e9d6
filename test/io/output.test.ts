import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openAtomicOutput } from '../../src/io/output.js';

const tmp = mkdtempSync(join(tmpdir(), 'stancetrack-output-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('openAtomicOutput', () => {
  it('writes under a temporary name and renames on commit', async () => {
    const path = join(tmp, 'sub', 'out.jsonl');
    const out = openAtomicOutput(path);
    await out.write('a\n');
    expect(existsSync(path)).toBe(false);
    await out.commit();
    expect(readFileSync(path, 'utf8')).toBe('a\n');
    expect(readdirSync(join(tmp, 'sub'))).toEqual(['out.jsonl']);
  });

  it('throws E_INPUT for a path that is not a string, or whose directory cannot be made', () => {
    expect(() => openAtomicOutput(null as unknown as string)).toThrow(expect.objectContaining({ code: 'E_INPUT', message: 'stancetrack: path: expected the path of the file to write, found null' }));
    const file = join(tmp, 'a-file');
    writeFileSync(file, '');
    expect(() => openAtomicOutput(join(file, 'out.jsonl'))).toThrow(expect.objectContaining({ code: 'E_INPUT', message: expect.stringContaining(`${join(file, 'out.jsonl')}: cannot create its directory`) }));
  });

  it.runIf(existsSync('/proc/self'))('rejects with E_INPUT naming the file when its partial cannot be written, instead of crashing', async () => {
    // Files cannot be created in /proc, even by root.
    const out = openAtomicOutput('/proc/stancetrack-out.jsonl');
    await expect(out.commit()).rejects.toMatchObject({ code: 'E_INPUT', message: expect.stringContaining('/proc/stancetrack-out.jsonl: cannot write') });
    out.abort();
  });
});
