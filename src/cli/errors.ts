import { StancetrackError } from '../errors.js';

/** Exit codes: 0 success, 1 input errors (bad records under --strict, invalid files), 2 usage errors. */
export const EXIT = { ok: 0, input: 1, usage: 2 } as const;

/** A usage error: a missing file or a bad option value. */
export class UsageError extends Error {}

/** The number an option's value spells, or a usage error naming the flag ("--l2 x: expected a number"). */
export function numberFlag(flag: string, value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new UsageError(`${flag} ${value}: expected a number`);
  return n;
}

/** Prints an error the way users expect from a CLI: the message, and the stack only under --debug. */
export function report(error: unknown, debug: boolean): number {
  if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  else process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  if (error instanceof UsageError) return EXIT.usage;
  if (error instanceof StancetrackError && error.code === 'E_OPTIONS') return EXIT.usage;
  return EXIT.input;
}
