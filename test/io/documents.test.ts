import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterAll, describe, expect, it } from 'vitest';
import { StancetrackError } from '../../src/errors.js';
import { readDocuments, type DocumentRecord, type ReadDocumentsOptions } from '../../src/io/documents.js';

const tmp = mkdtempSync(join(tmpdir(), 'stancetrack-documents-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}

async function read(inputs: readonly string[], options?: ReadDocumentsOptions): Promise<DocumentRecord[]> {
  const records: DocumentRecord[] = [];
  for await (const record of readDocuments(inputs, options)) records.push(record);
  return records;
}

async function failure(inputs: unknown, options?: ReadDocumentsOptions): Promise<StancetrackError> {
  const error = await read(inputs as string[], options).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(StancetrackError);
  return error as StancetrackError;
}

const dated = (date: string) => `---\ndate: ${date}\n---\nLee offered talks to Pyongyang.\n`;

describe('readDocuments', () => {
  it('rejects a file whose front matter is not valid YAML by name, and reads on', async () => {
    const bad = file('bad.md', '---\ndate: [oops\n---\nLee offered talks.\n');
    const good = file('good.md', dated('2025-08-19'));
    const records = await read([bad, good]);
    expect(records[0]).toEqual({ where: bad, code: 'E_INPUT', error: 'front matter is not valid: unexpected end of the stream within a flow collection at line 3, column 1' });
    expect(records[1]).toMatchObject({ where: good, document: { publishedAt: '2025-08-19' } });
    // The same file read again is rejected again (gray-matter's cache once returned its first result).
    expect((await read([bad]))[0]).toMatchObject({ code: 'E_INPUT' });
  });

  it('leaves gray-matter caching nothing, however many files it reads', async () => {
    const files = Array.from({ length: 50 }, (_, i) => file(`many-${i}.md`, `${dated('2025-08-19')}Document ${i}.\n`));
    expect(await read(files)).toHaveLength(50);
    // gray-matter's cache, which its types do not declare.
    expect(Object.keys((matter as unknown as { cache: object }).cache)).toEqual([]);
  });

  it("reads an official text's author from its front matter, and a JSONL record's author", async () => {
    const md = file('statement.md', '---\ndate: 2025-08-20\nauthor: chad\n---\nWe call on Khartoum to talk.\n');
    const odd = file('odd-author.md', '---\ndate: 2025-08-20\nauthor: [chad, sudan]\n---\nWe call on Khartoum to talk.\n');
    const jsonl = file('authored.jsonl', `${JSON.stringify({ id: 'a', text: 'We call on Khartoum to talk.', publishedAt: '2025-08-20', author: 'chad' })}\n`);
    const records = await read([md, odd, jsonl]);
    expect(records[0]).toMatchObject({ where: md, document: { author: 'chad', publishedAt: '2025-08-20' } });
    expect(records[1]).toEqual({ where: odd, code: 'E_INPUT', error: 'front-matter author: expected an actor id such as "chad", found ["chad","sudan"]' });
    expect(records[2]).toMatchObject({ where: `${jsonl}:1`, document: { id: 'a', author: 'chad' } });
  });

  it('does not run front matter written in JavaScript', async () => {
    const js = file('js.md', '---js\n{ date: (globalThis.stancetrackEvaluated = true, "2025-01-01") }\n---\nLee offered talks.\n');
    expect((await read([js]))[0]).toMatchObject({ where: js, code: 'E_INPUT', error: expect.stringContaining('JavaScript') });
    expect((globalThis as { stancetrackEvaluated?: boolean }).stancetrackEvaluated).toBeUndefined();
  });

  it('takes an unquoted front-matter date as written: an impossible one is rejected, a timestamp keeps its calendar date', async () => {
    const records = await read([
      file('feb30.md', dated('2025-02-30')),
      file('feb30-quoted.md', dated('"2025-02-30"')),
      file('zoned.md', dated('2025-06-05T23:30:00-05:00')),
      file('spaced.md', dated('2025-06-05 23:30:00 +09:00 # local time')),
      file('number.md', dated('20250605')),
    ]);
    expect(records.map((r) => ('document' in r ? r.document.publishedAt : `${r.code} ${r.error}`))).toEqual([
      'E_DATE front-matter date: expected a calendar date YYYY-MM-DD, found "2025-02-30"',
      'E_DATE front-matter date: expected a calendar date YYYY-MM-DD, found "2025-02-30"',
      '2025-06-05',
      '2025-06-05',
      'E_DATE front-matter date: expected a calendar date YYYY-MM-DD, found 20250605',
    ]);
  });

  it('uses publishedAt for a file without a date, and an empty "date:" counts as none', async () => {
    const records = await read([file('empty-date.md', '---\ndate:\n---\nLee offered talks.\n')], { publishedAt: '2025-10-01' });
    expect(records[0]).toMatchObject({ document: { publishedAt: '2025-10-01' } });
  });

  it('throws E_INPUT naming an input that does not exist, or inputs that are not an array of paths', async () => {
    const missing = join(tmp, 'missing.md');
    expect(await failure([missing])).toMatchObject({ code: 'E_INPUT', message: `stancetrack: ${missing}: no such file or directory` });
    expect(await failure(tmp)).toMatchObject({ code: 'E_INPUT', message: `stancetrack: inputs: expected an array of file or directory paths, found ${JSON.stringify(tmp)}` });
    expect(await failure([1])).toMatchObject({ code: 'E_INPUT' });
  });

  it('throws E_OPTIONS for a publishedAt that is not a calendar date', async () => {
    expect(await failure([tmp], { publishedAt: 'July' })).toMatchObject({ code: 'E_OPTIONS', message: 'stancetrack: options.publishedAt: expected a calendar date YYYY-MM-DD, found "July"' });
  });
});
