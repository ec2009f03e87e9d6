import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import matter from 'gray-matter';
import type { DocumentInput } from '../statements/types.js';
import { readJsonl } from './jsonl.js';

/** A document read from an input, or a record that could not be used, located by file and line. */
export type DocumentRecord =
  | { readonly document: DocumentInput; readonly where: string }
  | { readonly error: string; readonly where: string; readonly code: 'E_INPUT' | 'E_JSONL' | 'E_DATE' };

/** Options for `readDocuments`. */
export interface ReadDocumentsOptions {
  /** Publication date for text files without a front-matter `date:`. */
  readonly publishedAt?: string;
}

const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown']);

/**
 * Yields the documents of the inputs in order: `.txt`/`.md` files (publication date from front-matter
 * `date:` or `publishedAt`), directories (recursively, sorted by path), and `.jsonl` files of
 * `{ id?, text, publishedAt, source? }`, streamed line by line.
 */
export async function* readDocuments(inputs: readonly string[], options: ReadDocumentsOptions = {}): AsyncGenerator<DocumentRecord> {
  for (const input of inputs) {
    for (const file of expand(input)) {
      if (extname(file) === '.jsonl') yield* jsonlDocuments(file);
      else yield textDocument(file, options);
    }
  }
}

/** The files an input names: itself, or the readable files under a directory, sorted. */
export function expand(input: string): string[] {
  const stat = statSync(input);
  if (!stat.isDirectory()) return [input];
  return readdirSync(input, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(input, entry.name);
      if (entry.isDirectory()) return expand(path);
      return TEXT_EXTENSIONS.has(extname(entry.name)) || extname(entry.name) === '.jsonl' ? [path] : [];
    });
}

function textDocument(file: string, options: ReadDocumentsOptions): DocumentRecord {
  const parsed = matter(readFileSync(file, 'utf8'));
  const date = parsed.data.date instanceof Date ? parsed.data.date.toISOString().slice(0, 10) : (parsed.data.date as string | undefined);
  const publishedAt = date ?? options.publishedAt;
  if (publishedAt === undefined) {
    return { where: file, code: 'E_DATE', error: 'no publication date: add a front-matter "date: YYYY-MM-DD" or pass --published-at YYYY-MM-DD' };
  }
  const source = typeof parsed.data.source === 'string' ? parsed.data.source : file;
  return { where: file, document: { id: file, text: parsed.content, publishedAt: String(publishedAt), source } };
}

/** A byte range of a JSONL file that starts at the beginning of line `firstLine`. */
export interface JsonlRange {
  readonly start: number;
  readonly end: number;
  readonly firstLine: number;
}

/** The documents of a JSONL file, or of a range of it, with their file:line. */
export async function* jsonlDocuments(file: string, range?: JsonlRange): AsyncGenerator<DocumentRecord> {
  if (range !== undefined && range.end <= range.start) return;
  const source = range === undefined ? file : createReadStream(file, { encoding: 'utf8', start: range.start, end: range.end - 1 });
  for await (const record of readJsonl(source, range?.firstLine ?? 1)) {
    const where = `${file}:${record.line}`;
    if (record.error !== undefined) {
      yield { where, code: 'E_JSONL', error: record.error };
      continue;
    }
    const value = record.value as Partial<DocumentInput> | null;
    if (value === null || typeof value !== 'object' || typeof value.text !== 'string' || typeof value.publishedAt !== 'string') {
      yield { where, code: 'E_INPUT', error: 'expected an object { id?, text, publishedAt, source? } with string text and publishedAt' };
      continue;
    }
    yield { where, document: { id: value.id ?? where, text: value.text, publishedAt: value.publishedAt, ...(value.source === undefined ? {} : { source: value.source }) } };
  }
}
