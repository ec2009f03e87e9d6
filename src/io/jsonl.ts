import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/** One line of a JSONL input: its parsed value, or why it could not be parsed. */
export type JsonlLine = { readonly line: number; readonly value: unknown; readonly error?: undefined } | { readonly line: number; readonly error: string };

/**
 * Reads JSON Lines one at a time (memory stays flat whatever the file size); blank lines are skipped,
 * a line that is not JSON is yielded as an error with its 1-based line number (counted from
 * `firstLine`, for a stream that starts inside a file).
 */
export async function* readJsonl(source: string | Readable, firstLine = 1): AsyncGenerator<JsonlLine> {
  const input = typeof source === 'string' ? createReadStream(source, { encoding: 'utf8' }) : source;
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = firstLine - 1;
  for await (const text of lines) {
    line += 1;
    if (text.trim() === '') continue;
    try {
      yield { line, value: JSON.parse(text) as unknown };
    } catch (cause) {
      yield { line, error: `expected a JSON value, found ${JSON.stringify(text.slice(0, 40))}${text.length > 40 ? '…' : ''} (${(cause as Error).message})` };
    }
  }
}
