import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { analyzeFiles, type AnalyzeFilesOptions } from '../../src/node/analyze-files.js';
import run, { inPool } from '../../src/node/worker.js';
import { koreaActors } from '../fixtures/actors.js';

const tmp = mkdtempSync(join(tmpdir(), 'stancetrack-analyze-files-'));
// Each run's own temporary directory (os.tmpdir() reads TMPDIR at each call), to see that no part is left.
const runTmp = join(tmp, 'run-tmp');
const savedTmp = process.env.TMPDIR;
beforeEach(() => {
  mkdirSync(runTmp, { recursive: true });
  process.env.TMPDIR = runTmp;
});
afterEach(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}

const good = file('good.md', '---\ndate: 2025-08-19\n---\nLee offered talks to Pyongyang.\n');
const bad = file('bad.md', '---\ndate: [oops\n---\nLee offered talks to Pyongyang.\n');
const undated = file('undated.md', 'Lee offered talks to Pyongyang.\n');
// A Unix socket: stat sees a file of 0 bytes, and reading it fails (ENXIO), so a task fails while it runs.
const socket = join(tmp, 'socket.md');
let server: Server;
beforeAll(() => new Promise<void>((resolve) => (server = createServer().listen(socket, resolve))));
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function options(overrides: Partial<AnalyzeFilesOptions> = {}): AnalyzeFilesOptions & { chunks: string[] } {
  const chunks: string[] = [];
  return { actors: koreaActors, workers: 1, chunkBytes: 1, write: async (chunk) => void chunks.push(chunk), chunks, ...overrides };
}

describe('analyzeFiles', () => {
  it('reports a file with invalid front matter as a rejection and goes on', async () => {
    const rejections: string[] = [];
    const o = options({ onReject: ({ message, code }) => rejections.push(`${code} ${message}`) });
    const totals = await analyzeFiles([bad, good], o);
    expect(rejections).toEqual([`E_INPUT ${bad}: front matter is not valid: unexpected end of the stream within a flow collection at line 3, column 1`]);
    expect(totals).toMatchObject({ read: 2, analysed: 1, rejected: 1 });
    expect(o.chunks.join('')).toContain('"documentId":');
    expect(readdirSync(runTmp)).toEqual([]);
  });

  it('rejects with a StancetrackError naming the file when a task fails, and removes every part', async () => {
    const error = await analyzeFiles([good, socket, good, good], options()).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'StancetrackError', code: 'E_INPUT', message: expect.stringContaining(`${socket}: `) });
    expect(readdirSync(runTmp)).toEqual([]);
  });

  it('stops at an error thrown by onReject, removing every part while later tasks run in this thread', async () => {
    const stop = new Error('stop');
    const error = await analyzeFiles([undated, good, good, good], options({ onReject: () => { throw stop; } })).catch((e: unknown) => e);
    expect(error).toBe(stop);
    expect(readdirSync(runTmp)).toEqual([]);
  });

  it('throws E_OPTIONS or E_INPUT for invalid arguments, before any work', async () => {
    const cases: [unknown, Partial<Record<keyof AnalyzeFilesOptions, unknown>>, string, string][] = [
      [[good], { workers: 'x' }, 'E_OPTIONS', 'options.workers: expected an integer ≥ 1, found "x"'],
      [[good], { workers: Number.NaN }, 'E_OPTIONS', 'options.workers: expected an integer ≥ 1, found NaN'],
      [[good], { chunkBytes: 0 }, 'E_OPTIONS', 'options.chunkBytes: expected an integer ≥ 1, found 0'],
      [[good], { write: undefined }, 'E_OPTIONS', 'options.write: expected a function'],
      [[good], { actors: [] }, 'E_OPTIONS', 'options.actors: expected the result of defineActors([...])'],
      [[good], { publishedAt: 'July' }, 'E_OPTIONS', 'options.publishedAt: expected a calendar date YYYY-MM-DD, found "July"'],
      [[good], { author: 'seoul' }, 'E_OPTIONS', 'options.author: expected the id of an actor in options.actors, found "seoul"'],
      [[good], { track: { interval: 'fortnight' } }, 'E_OPTIONS', 'tracker options are invalid'],
      [[good], { lexicons: [{ id: 'Bad' }] }, 'E_LEXICON', ''],
      [tmp, {}, 'E_INPUT', `inputs: expected an array of file or directory paths, found ${JSON.stringify(tmp)}`],
      [[join(tmp, 'missing.md')], {}, 'E_INPUT', `${join(tmp, 'missing.md')}: no such file or directory`],
    ];
    for (const [inputs, overrides, code, message] of cases) {
      const error = await analyzeFiles(inputs as string[], options(overrides as Partial<AnalyzeFilesOptions>)).catch((e: unknown) => e);
      expect(error, JSON.stringify(overrides)).toMatchObject({ code, message: expect.stringContaining(message) });
    }
    expect(readdirSync(runTmp)).toEqual([]);
  });
});

describe('a task', () => {
  const input = (files: string[], part: string) => ({ task: { index: 0, kind: 'files' as const, files }, actors: koreaActors.list, overlays: [], part });

  it('that fails closes and removes its part and throws a StancetrackError naming the file', async () => {
    const part = join(tmp, 'task-part.jsonl');
    await expect(run(input([good, join(tmp, 'gone.md')], part))).rejects.toMatchObject({ code: 'E_INPUT', message: `stancetrack: ${join(tmp, 'gone.md')}: no such file or directory` });
    // The part's stream opens after the failure; give it the time to (wrongly) create the file.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(existsSync(part)).toBe(false);
  });

  it('in a pool thread returns its failure as data, so the code crosses the thread boundary', async () => {
    const output = await inPool(input([socket], join(tmp, 'pool-part.jsonl')));
    expect(output).toMatchObject({ failure: { code: 'E_INPUT', message: expect.stringContaining(`${socket}: `) } });
  });
});

// Pool threads load the built worker (dist/), as users run it; npm test builds first.
const dist = fileURLToPath(new URL('../../dist/node.js', import.meta.url));
describe.runIf(existsSync(dist))('analyzeFiles on pool threads', () => {
  it('rejects with a StancetrackError (code kept) naming the file when a task fails, and removes every part', async () => {
    const built = (await import(dist)) as { analyzeFiles: typeof analyzeFiles };
    for (const inputs of [[good, socket, good, good], [bad, good]]) {
      const rejections: string[] = [];
      const result = await built.analyzeFiles(inputs, options({ workers: 2, onReject: ({ message }) => rejections.push(message) })).catch((e: unknown) => e);
      if (inputs.includes(socket)) expect(result).toMatchObject({ name: 'StancetrackError', code: 'E_INPUT', message: expect.stringContaining(`${socket}: `) });
      else expect(rejections).toEqual([expect.stringMatching(/^.*bad\.md: front matter is not valid: /)]);
      expect(readdirSync(runTmp)).toEqual([]);
    }
  });
});
