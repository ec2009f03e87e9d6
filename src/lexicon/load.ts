import * as v from 'valibot';
import { StancetrackError, validationError, type ValidationIssue } from '../errors.js';
import { LexiconSchema } from './schema.js';
import type { Lexicon, LexiconValidation } from './types.js';
import { deepFreeze, formatIssues, isValidated, LEXICON_FIELDS, markValidated, spellingKey, termKey } from './util.js';

/**
 * Checks a parsed lexicon against the schema and the rules the schema cannot express (known
 * categories, poles that agree with their category, no duplicate terms). Never throws on bad data.
 *
 * @example
 * const r = validateLexicon({ id: 'x' });
 * if (!r.ok) report(r.issues.map((i) => `${i.path}: ${i.message}`));
 */
export function validateLexicon(input: unknown): LexiconValidation {
  const reserved = reservedCategories(input);
  const parsed = v.safeParse(LexiconSchema, input);
  if (!parsed.success) return { ok: false, issues: [...reserved, ...formatIssues(parsed.issues, '', LEXICON_FIELDS)] };
  const issues = [...reserved, ...checkConsistency(parsed.output)];
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, lexicon: markValidated(deepFreeze(parsed.output) as Lexicon), issues: [] };
}

/** Names JavaScript reserves, which valibot's records skip without a word; a category so named would vanish. */
const RESERVED_KEYS = ['__proto__', 'prototype', 'constructor'];

/** A problem for each category of a lexicon or overlay named `__proto__`, `prototype` or `constructor`. */
export function reservedCategories(input: unknown): ValidationIssue[] {
  const categories: unknown = isObject(input) && Object.hasOwn(input, 'categories') ? input.categories : undefined;
  if (!isObject(categories)) return [];
  return RESERVED_KEYS.filter((key) => Object.hasOwn(categories, key)).map((key) => ({
    path: `categories.${key}`,
    message: `"${key}" cannot be a category id (JavaScript reserves the name); rename the category`,
  }));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Parses (when given a JSON string) and validates a lexicon, returning a frozen copy; a lexicon this
 * library has already validated (`defaultLexicon`, or from `loadLexicon` or `mergeLexicons`) is
 * returned as it is.
 *
 * @throws StancetrackError `E_LEXICON` listing every problem with its JSON path.
 * @example
 * const lexicon = loadLexicon(await fs.readFile('my.lexicon.json', 'utf8'));
 */
export function loadLexicon(input: unknown, source = 'lexicon'): Lexicon {
  if (isValidated(input)) return input as Lexicon;
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (cause) {
      throw new StancetrackError('E_LEXICON', `${source}: expected JSON text, found invalid JSON (${(cause as Error).message})`, { cause });
    }
  }
  const result = validateLexicon(data);
  if (!result.ok) throw lexiconError(source, result.issues);
  return result.lexicon;
}

/** The fields a full lexicon requires; an overlay may leave out any of them but `id`. */
const REQUIRED_FIELDS = Object.entries(LexiconSchema.entries).flatMap(([key, schema]) => (schema.type === 'optional' ? [] : [key]));

/** Whether `input` has every field a full lexicon requires: without one, it can only be an overlay. */
export function isFullLexicon(input: unknown): boolean {
  return isObject(input) && REQUIRED_FIELDS.every((key) => Object.hasOwn(input, key));
}

/** The `E_LEXICON` error for a lexicon or overlay named `source`. */
export function lexiconError(source: string, issues: readonly ValidationIssue[]): StancetrackError {
  return validationError('E_LEXICON', `${source} is invalid`, issues);
}

function checkConsistency(lexicon: v.InferOutput<typeof LexiconSchema>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const categories = lexicon.categories;
  const checkItem = (path: string, item: { term: string; pole?: string; category: string }) => {
    if (!Object.hasOwn(categories, item.category)) {
      issues.push({ path: `${path}.category`, message: `expected a key of "categories", found "${item.category}"; add the category or fix the name` });
    } else if (item.pole !== undefined && categories[item.category]?.pole !== item.pole) {
      issues.push({ path: `${path}.pole`, message: `expected "${categories[item.category]?.pole}" (the pole of category "${item.category}"), found "${item.pole}"` });
    }
  };
  lexicon.idioms.forEach((entry, i) => {
    checkItem(`idioms[${i}]`, entry);
    if (!/[\s-]/.test(entry.term)) issues.push({ path: `idioms[${i}].term`, message: `expected a phrase of two or more words, found "${entry.term}"; single words belong in "entries"` });
  });
  lexicon.entries.forEach((entry, i) => checkItem(`entries[${i}]`, entry));
  lexicon.modifiers.refusals.forEach((refusal, i) => {
    checkItem(`modifiers.refusals[${i}]`, { ...refusal, pole: 'confrontation' });
  });
  lexicon.modifiers.negators.forEach((negator, i) => {
    if (negator.alone !== undefined) checkItem(`modifiers.negators[${i}].alone`, { term: negator.term, category: negator.alone.category });
  });
  issues.push(...duplicateTerms(lexicon));
  return issues;
}

/**
 * Every term once (case, spacing and hyphen spacing ignored): within the stance terms (idioms and
 * entries), within each modifier list, and across lists, where the matcher would let only one of them
 * act (idioms over modifiers over entries) and the other would silently never count.
 */
function duplicateTerms(lexicon: v.InferOutput<typeof LexiconSchema>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const lists: [string, readonly { term: string }[]][] = [
    ['idioms', lexicon.idioms],
    ['entries', lexicon.entries],
    ...Object.entries(lexicon.modifiers).map(([group, list]): [string, readonly { term: string }[]] => [`modifiers.${group}`, list]),
  ];
  // The first path and spelling of each term over all lists, and the terms seen in each list (idioms and
  // entries are one).
  const first = new Map<string, { path: string; term: string }>();
  const seenIn = new Map<string, Set<string>>();
  for (const [list, items] of lists) {
    const scope = list === 'idioms' || list === 'entries' ? 'terms' : list;
    const seen = seenIn.get(scope) ?? new Set<string>();
    seenIn.set(scope, seen);
    items.forEach((item, i) => {
      const key = termKey(item.term);
      const path = `${list}[${i}]`;
      const earlier = first.get(key);
      // Terms that differ in a determiner only match the same words; say so, or the duplicate is puzzling.
      const why = earlier !== undefined && spellingKey(earlier.term) !== spellingKey(item.term) ? ` (as "${earlier.term}": determiners after the first word match each other)` : '';
      if (seen.has(key)) {
        issues.push({ path: `${path}.term`, message: scope === 'terms' ? `duplicate of ${earlier?.path}.term ("${item.term}")${why}; keep one entry per term` : `duplicate "${item.term}" in ${list}${why}` });
      } else if (earlier !== undefined) {
        issues.push({ path: `${path}.term`, message: `"${item.term}" is also ${earlier.path}${why}; where both match, only one of them acts (idioms over modifiers over entries), so keep one` });
      }
      seen.add(key);
      if (earlier === undefined) first.set(key, { path, term: item.term });
    });
  }
  return issues;
}
