import type * as v from 'valibot';
import type { ValidationIssue } from '../errors.js';
import { formatIssues } from '../lexicon/util.js';

/**
 * Valibot issues as `path: expected …, found …` problems, each path prefixed with `prefix` (such as
 * `[12]` for the 13th item of `addMany`).
 */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], prefix = ''): ValidationIssue[] {
  return formatIssues(issues, prefix).map((issue, i) => {
    const raw = issues[i]!;
    return raw.type === 'strict_object' && raw.expected === 'never' ? { path: issue.path, message: 'unknown key; check its spelling' } : issue;
  });
}
