import * as v from 'valibot';
import { StancetrackError, validationError, type ValidationIssue } from '../errors.js';
import { LexiconSchema } from './schema.js';
import type { Lexicon, LexiconValidation } from './types.js';
import { deepFreeze, formatIssues, termKey } from './util.js';

/**
 * Checks a parsed lexicon against the schema and the rules the schema cannot express (known
 * categories, poles that agree with their category, no duplicate terms). Never throws on bad data.
 *
 * @example
 * const r = validateLexicon({ id: 'x' });
 * if (!r.ok) report(r.issues.map((i) => `${i.path}: ${i.message}`));
 */
export function validateLexicon(input: unknown): LexiconValidation {
  const parsed = v.safeParse(LexiconSchema, input);
  if (!parsed.success) return { ok: false, issues: formatIssues(parsed.issues) };
  const issues = checkConsistency(parsed.output);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, lexicon: deepFreeze(parsed.output) as Lexicon, issues: [] };
}

/**
 * Parses (when given a JSON string) and validates a lexicon, returning a frozen copy.
 *
 * @throws StancetrackError `E_LEXICON` listing every problem with its JSON path.
 * @example
 * const lexicon = loadLexicon(await fs.readFile('my.lexicon.json', 'utf8'));
 */
export function loadLexicon(input: unknown, source = 'lexicon'): Lexicon {
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

/** The `E_LEXICON` error for a lexicon or overlay named `source`. */
export function lexiconError(source: string, issues: readonly ValidationIssue[]): StancetrackError {
  return validationError('E_LEXICON', `${source} is invalid`, issues);
}

function checkConsistency(lexicon: v.InferOutput<typeof LexiconSchema>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const categories = lexicon.categories;
  const seen = new Map<string, string>();
  const checkItem = (path: string, item: { term: string; pole?: string; category: string }) => {
    if (!Object.hasOwn(categories, item.category)) {
      issues.push({ path: `${path}.category`, message: `expected a key of "categories", found "${item.category}"; add the category or fix the name` });
    } else if (item.pole !== undefined && categories[item.category]?.pole !== item.pole) {
      issues.push({ path: `${path}.pole`, message: `expected "${categories[item.category]?.pole}" (the pole of category "${item.category}"), found "${item.pole}"` });
    }
  };
  const checkDuplicate = (path: string, term: string) => {
    const key = termKey(term);
    const first = seen.get(key);
    if (first !== undefined) issues.push({ path: `${path}.term`, message: `duplicate of ${first} ("${term}"); keep one entry per term` });
    else seen.set(key, `${path}.term`);
  };
  lexicon.idioms.forEach((entry, i) => {
    checkItem(`idioms[${i}]`, entry);
    checkDuplicate(`idioms[${i}]`, entry.term);
    if (!/[\s-]/.test(entry.term)) issues.push({ path: `idioms[${i}].term`, message: `expected a phrase of two or more words, found "${entry.term}"; single words belong in "entries"` });
  });
  lexicon.entries.forEach((entry, i) => {
    checkItem(`entries[${i}]`, entry);
    checkDuplicate(`entries[${i}]`, entry.term);
  });
  lexicon.modifiers.refusals.forEach((refusal, i) => {
    checkItem(`modifiers.refusals[${i}]`, { ...refusal, pole: 'confrontation' });
  });
  for (const [group, list] of Object.entries(lexicon.modifiers)) {
    const inGroup = new Set<string>();
    list.forEach((item: { term: string }, i: number) => {
      const key = termKey(item.term);
      if (inGroup.has(key)) issues.push({ path: `modifiers.${group}[${i}].term`, message: `duplicate "${item.term}" in modifiers.${group}` });
      inGroup.add(key);
    });
  }
  // The same words in two lists: the matcher lets only one act (idioms over modifiers over entries),
  // so the other would silently never count.
  const lists: [string, readonly { term: string }[]][] = [
    ['idioms', lexicon.idioms],
    ['entries', lexicon.entries],
    ...Object.entries(lexicon.modifiers).map(([group, list]): [string, readonly { term: string }[]] => [`modifiers.${group}`, list]),
  ];
  const owner = new Map<string, { list: string; path: string }>();
  for (const [list, items] of lists) {
    items.forEach((item, i) => {
      const key = termKey(item.term);
      const first = owner.get(key);
      const path = `${list}[${i}]`;
      if (first === undefined) owner.set(key, { list, path });
      // Duplicates within one list (or between idioms and entries) are reported above.
      else if (first.list !== list && !(first.list === 'idioms' && list === 'entries')) {
        issues.push({ path: `${path}.term`, message: `"${item.term}" is also ${first.path}; where both match, only one of them acts (idioms over modifiers over entries), so keep one` });
      }
    });
  }
  return issues;
}
