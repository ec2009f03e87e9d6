import type * as v from 'valibot';
import type { ValidationIssue } from '../errors.js';
import { DETERMINERS } from './compile.js';

/** A term as written, case, spacing and hyphen spacing ignored. */
export function spellingKey(term: string): string {
  return term.toLowerCase().replace(/\s*-\s*/g, '-').replace(/\s+/g, ' ').trim();
}

/**
 * The identity of a term for duplicate detection and overlays: its `spellingKey`, with the determiners
 * after its first word read alike, as the matcher reads them ("close its port" is "close the port").
 */
export function termKey(term: string): string {
  return spellingKey(term)
    .split(' ')
    .map((word, i) => (i > 0 && DETERMINERS.has(word) ? 'the' : word))
    .join(' ');
}

/** Freezes a value and everything reachable from it, so no caller can change it after loading. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Lexicons (and overlays) this library validated, or ships validated: only these are used without
 * validating them again. Being frozen proves nothing: anyone can freeze an object.
 */
const validated = new WeakSet<object>();

/** Records a lexicon as validated; returns it. */
export function markValidated<T extends object>(lexicon: T): T {
  validated.add(lexicon);
  return lexicon;
}

/** Whether `value` is a lexicon this library validated (see `markValidated`). */
export function isValidated(value: unknown): boolean {
  return typeof value === 'object' && value !== null && validated.has(value);
}

/** Where to find the allowed fields of a lexicon or overlay, for unknown-field problems. */
export const LEXICON_FIELDS = 'allowed fields are listed in lexicons/schema.json';

/** The allowed fields of an options object, for unknown-field problems: `allowed fields: a, b`. */
export function allowedFields(schema: { readonly entries: object }): string {
  return `allowed fields: ${Object.keys(schema.entries).join(', ')}`;
}

/**
 * Turns valibot issues into `path: expected …, found …` problems, with paths like `entries[12].weight`.
 * `allowed` says which fields are allowed, for an unknown field (e.g. `LEXICON_FIELDS`, `allowedFields(schema)`).
 */
export function formatIssues(issues: readonly v.BaseIssue<unknown>[], prefix = '', allowed?: string): ValidationIssue[] {
  return issues.map((issue) => {
    const path = joinPath(prefix, formatPath(issue.path ?? []));
    if (issue.type === 'strict_object' && issue.expected === 'never') {
      return { path, message: `unknown field; remove it or check its spelling${allowed === undefined ? '' : ` (${allowed})`}` };
    }
    if (issue.received === 'undefined' && /^"/.test(issue.expected ?? '')) return { path, message: 'required field is missing' };
    const expected = issue.message.startsWith('expected') ? issue.message : `expected ${issue.expected ?? 'a valid value'}`;
    // A length check receives the length; the value says more ("found \"\"", not "found 0").
    const found = issue.type === 'min_length' && typeof issue.input === 'string' ? JSON.stringify(issue.input) : issue.received;
    return { path, message: `${expected}, found ${found}` };
  });
}

/** `prefix` and `path` joined as one JSON path: `[3]` + `stance.score` → `[3].stance.score`, `options` + `` → `options`. */
export function joinPath(prefix: string, path: string): string {
  if (prefix === '' || path === '') return prefix + path;
  return path.startsWith('[') ? prefix + path : `${prefix}.${path}`;
}

function formatPath(path: readonly { key: unknown }[]): string {
  let out = '';
  for (const item of path) {
    if (typeof item.key === 'number') out += `[${item.key}]`;
    else if (typeof item.key === 'string' && /^[A-Za-z_$][\w$]*$/.test(item.key)) out += out === '' ? item.key : `.${item.key}`;
    else out += `[${JSON.stringify(item.key)}]`;
  }
  return out;
}
