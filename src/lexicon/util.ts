import type * as v from 'valibot';
import type { ValidationIssue } from '../errors.js';

/** The identity of a term for duplicate detection and overlays: case, spacing and hyphen spacing ignored. */
export function termKey(term: string): string {
  return term.toLowerCase().replace(/\s*-\s*/g, '-').replace(/\s+/g, ' ').trim();
}

/** Freezes a value and everything reachable from it, so no caller can change it after loading. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Turns valibot issues into `path: expected …, found …` problems, with paths like `entries[12].weight`. */
export function formatIssues(issues: readonly v.BaseIssue<unknown>[], prefix = ''): ValidationIssue[] {
  return issues.map((issue) => {
    const path = prefix + formatPath(issue.path ?? []);
    if (issue.type === 'strict_object' && issue.expected === 'never') {
      return { path, message: `unknown field; remove it or check its spelling (allowed fields are listed in lexicons/schema.json)` };
    }
    if (issue.received === 'undefined' && /^"/.test(issue.expected ?? '')) return { path, message: 'required field is missing' };
    const expected = issue.message.startsWith('expected') ? issue.message : `expected ${issue.expected ?? 'a valid value'}`;
    return { path, message: `${expected}, found ${issue.received}` };
  });
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
