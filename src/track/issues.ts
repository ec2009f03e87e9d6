import type * as v from 'valibot';
import type { ValidationIssue } from '../errors.js';
import { formatIssues } from '../lexicon/util.js';

/**
 * Valibot issues as `path: expected …, found …` problems, each path prefixed with `prefix` (such as
 * `[12]` for the 13th item of `addMany`).
 */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], prefix = ''): ValidationIssue[] {
  return formatIssues(issues).map((issue, i) => {
    const raw = issues[i]!;
    const message = raw.type === 'strict_object' && raw.expected === 'never' ? 'unknown key; check its spelling' : issue.message;
    return { path: joinPath(prefix, issue.path), message };
  });
}

/** `prefix` and `path` joined as one JSON path: `[3]` + `stance.score` → `[3].stance.score`. */
function joinPath(prefix: string, path: string): string {
  if (prefix === '' || path === '') return prefix + path;
  return path.startsWith('[') ? prefix + path : `${prefix}.${path}`;
}
