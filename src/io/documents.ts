import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import matter from 'gray-matter';
import { StancetrackError } from '../errors.js';
import { parsePublished } from '../statements/dates.js';
import type { DocumentInput } from '../statements/types.js';
import { describeValue } from '../util/describe.js';
import { readJsonl } from './jsonl.js';

/** A document read from an input, or a record that could not be used, located by file and line. */
export type DocumentRecord =
  | { readonly document: DocumentInput; readonly where: string }
  | { readonly error: string; readonly where: string; readonly code: 'E_INPUT' | 'E_JSONL' | 'E_DATE' };

/** Options for `readDocuments`. */
export interface ReadDocumentsOptions {
  /** Publication date for text files without a front-matter `date:`. */
  readonly publishedAt?: string;
  /** The issuer (an actor id) of text files without a front-matter `author:`: their official texts' author (see `DocumentInput.author`). */
  readonly author?: string;
}

const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown']);

/**
 * Yields the documents of the inputs in order: `.txt`/`.md` files (publication date from front-matter
 * `date:` or `publishedAt`; the issuer of an official text from `author:`), directories (recursively,
 * sorted by path), and `.jsonl` files of `{ id?, text, publishedAt, source?, author? }`, streamed line
 * by line. A record that cannot be used (a line that is not JSON, front matter that is not valid YAML,
 * a missing or impossible date) is yielded as an error, and reading goes on.
 *
 * @throws StancetrackError `E_INPUT` when `inputs` is not an array of paths or a path cannot be read
 * (the message names it); `E_OPTIONS` when `publishedAt` is not a calendar date YYYY-MM-DD.
 */
export async function* readDocuments(inputs: readonly string[], options: ReadDocumentsOptions = {}): AsyncGenerator<DocumentRecord> {
  checkInputs(inputs);
  if (options.publishedAt !== undefined) checkPublishedAt(options.publishedAt, 'options.publishedAt');
  for (const input of inputs) {
    for (const file of expand(input)) {
      if (extname(file) === '.jsonl') yield* jsonlDocuments(file);
      else yield textDocument(file, options);
    }
  }
}

/** The files an input names: itself, or the readable files under a directory, sorted. */
export function expand(input: string): string[] {
  const stat = onDisk(input, () => statSync(input));
  if (!stat.isDirectory()) return [input];
  return onDisk(input, () => readdirSync(input, { withFileTypes: true }))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(input, entry.name);
      if (entry.isDirectory()) return expand(path);
      return TEXT_EXTENSIONS.has(extname(entry.name)) || extname(entry.name) === '.jsonl' ? [path] : [];
    });
}

/** A StancetrackError `E_INPUT` unless `inputs` is an array of paths (a string would be read as its characters). */
export function checkInputs(inputs: unknown): asserts inputs is readonly string[] {
  if (!Array.isArray(inputs) || inputs.some((input) => typeof input !== 'string' || input === '')) {
    const found = Array.isArray(inputs) ? 'an array with an item that is not a path' : describeValue(inputs);
    throw new StancetrackError('E_INPUT', `inputs: expected an array of file or directory paths, found ${found}`);
  }
}

/** A StancetrackError `E_OPTIONS` unless `value` is a calendar date YYYY-MM-DD. */
export function checkPublishedAt(value: unknown, field: string): void {
  try {
    parsePublished(value, field);
  } catch (cause) {
    throw new StancetrackError('E_OPTIONS', (cause as Error).message.replace(/^stancetrack: /, ''), { cause });
  }
}

/** Runs a file-system call on `path`, turning its failure into a StancetrackError `E_INPUT` that names the path. */
export function onDisk<T>(path: string, call: () => T): T {
  try {
    return call();
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (cause as Error).message;
    throw new StancetrackError('E_INPUT', `${path}: ${reason}`, { cause });
  }
}

/**
 * gray-matter's options. Given any options, gray-matter no longer keeps every file's text and result
 * in `matter.cache` for the life of the process (memory grew with the input, and a file read again
 * skipped its parse errors). Front matter marked `---js` is refused: gray-matter would run it with `eval`.
 */
const MATTER_OPTIONS = {
  engines: {
    javascript: () => {
      throw new Error('JavaScript (---js) is not read; write it in YAML');
    },
  },
};

function textDocument(file: string, options: ReadDocumentsOptions): DocumentRecord {
  const text = onDisk(file, () => readFileSync(file, 'utf8'));
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, MATTER_OPTIONS);
  } catch (cause) {
    // js-yaml's message goes on with a snippet of the text; its first line says what and where.
    const reason = ((cause as Error).message.split('\n')[0] ?? '').replace(/:$/, '');
    return { where: file, code: 'E_INPUT', error: `front matter is not valid: ${reason}` };
  }
  const written = writtenDate(parsed);
  if (written !== undefined) {
    try {
      parsePublished(written, 'front-matter date');
    } catch (cause) {
      return { where: file, code: 'E_DATE', error: (cause as Error).message.replace(/^stancetrack: /, '') };
    }
  }
  const publishedAt = (written as string | undefined) ?? options.publishedAt;
  if (publishedAt === undefined) {
    return { where: file, code: 'E_DATE', error: 'no publication date: add a front-matter "date: YYYY-MM-DD" or pass --published-at YYYY-MM-DD' };
  }
  const source = typeof parsed.data.source === 'string' ? parsed.data.source : file;
  const author: unknown = parsed.data.author ?? options.author;
  if (author !== undefined && typeof author !== 'string') {
    return { where: file, code: 'E_INPUT', error: `front-matter author: expected an actor id such as "chad", found ${JSON.stringify(author)}` };
  }
  return { where: file, document: { id: file, text: parsed.content, publishedAt, source, ...(author === undefined ? {} : { author }) } };
}

/**
 * The front matter's `date:` as written. YAML reads an unquoted date as a Date: 2025-02-30 as March 2,
 * and a timestamp with a zone as its instant in UTC (2025-06-05T23:30:00-05:00 as June 6). Such a date
 * is taken from the raw text instead, the calendar date as written; one not found there (written in
 * some rarer YAML form) is shown as the instant YAML made of it, so it is rejected rather than shifted.
 */
function writtenDate(parsed: matter.GrayMatterFile<string>): unknown {
  const date: unknown = parsed.data.date ?? undefined;
  if (!(date instanceof Date)) return date;
  return /^["']?date["']?[ \t]*:[ \t]*(\d{4}-\d\d?-\d\d?)(?![\d-])/m.exec(parsed.matter)?.[1] ?? date.toISOString();
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
      yield { where, code: 'E_INPUT', error: 'expected an object { id?, text, publishedAt, source?, author? } with string text and publishedAt' };
      continue;
    }
    yield {
      where,
      document: {
        id: value.id ?? where,
        text: value.text,
        publishedAt: value.publishedAt,
        ...(value.source === undefined ? {} : { source: value.source }),
        ...(value.author === undefined ? {} : { author: value.author }),
      },
    };
  }
}
