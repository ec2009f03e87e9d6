/**
 * Stable error codes. A code never changes meaning once released; new failure kinds get new codes.
 *
 * - `E_INPUT`: an argument to a public function has the wrong type or shape.
 * - `E_LEXICON`: a lexicon or overlay fails validation (the message lists every problem with its JSON path).
 * - `E_OPTIONS`: an options object is invalid.
 * - `E_ACTORS`: the actor list given to `defineActors` is invalid.
 * - `E_DATE`: a date is not a valid calendar date in the expected format.
 * - `E_JSONL`: a line of a JSON Lines input is not JSON (the message gives file and line).
 * - `E_DEPENDENCY`: an optional package a feature needs is not installed (the message says what to install).
 */
export type StancetrackErrorCode = 'E_INPUT' | 'E_LEXICON' | 'E_OPTIONS' | 'E_ACTORS' | 'E_DATE' | 'E_JSONL' | 'E_DEPENDENCY';

/** One problem found while validating data, located by a JSON path such as `entries[12].weight`. */
export interface ValidationIssue {
  /** JSON path of the offending value, `''` for the root. */
  path: string;
  /** What was expected and what was found. */
  message: string;
}

/**
 * The only error class stancetrack throws. Switch on `code`, not on the message text.
 *
 * @example
 * try { loadLexicon({}) } catch (e) { if (e instanceof StancetrackError && e.code === 'E_LEXICON') showProblems(e.issues) }
 */
export class StancetrackError extends Error {
  override readonly name = 'StancetrackError';
  readonly code: StancetrackErrorCode;
  /** Every validation problem found, when the error comes from validation; otherwise empty. */
  readonly issues: readonly ValidationIssue[];

  constructor(code: StancetrackErrorCode, message: string, options: { cause?: unknown; issues?: ValidationIssue[] } = {}) {
    super(`stancetrack: ${message}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.issues = Object.freeze([...(options.issues ?? [])]);
  }
}

/** Builds an error whose message lists the first problems (with paths) and whose `issues` hold all. */
export function validationError(code: StancetrackErrorCode, subject: string, issues: readonly ValidationIssue[]): StancetrackError {
  const shown = issues.slice(0, 10).map((i) => `  ${i.path || '(root)'}: ${i.message}`);
  const more = issues.length > 10 ? [`  … and ${issues.length - 10} more (see error.issues)`] : [];
  const count = `${issues.length} problem${issues.length === 1 ? '' : 's'}`;
  return new StancetrackError(code, `${subject} (${count}):\n${[...shown, ...more].join('\n')}`, { issues: [...issues] });
}
