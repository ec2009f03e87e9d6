import * as v from 'valibot';
import type { ValidationIssue } from '../errors.js';
import { OverlaySchema } from './schema.js';
import { lexiconError, reservedCategories, validateLexicon } from './load.js';
import type { Lexicon, LexiconEntry, LexiconOverlay } from './types.js';
import { formatIssues, isValidated, LEXICON_FIELDS, termKey } from './util.js';

type Overlay = v.InferOutput<typeof OverlaySchema>;
type EntryPatch = NonNullable<Overlay['entries']>[number];

/**
 * Applies overlays to a base lexicon, left to right (later wins), and returns the frozen result.
 * An overlay can add entries, patch an existing entry by its `term` (e.g. only its `weight`), remove
 * terms, and replace whole `params`/`modifiers` groups. Neither the base nor the overlays are changed.
 * The result's `id` and `version` join the parts with `+`. Each overlay must leave a valid lexicon, so
 * that every problem is found in the overlay that causes it.
 *
 * @throws StancetrackError `E_LEXICON` naming the base (when it is invalid) or the overlay (by its `id`
 * and position), with the JSON path of each problem in that overlay (`entries[0].weight`) and its term.
 * @example
 * const tuned = mergeLexicons(defaultLexicon, { id: 'trade', entries: [{ term: 'tariff', weight: 2.5 }], remove: ['deal'] });
 */
export function mergeLexicons(base: Lexicon, ...overlays: readonly (Lexicon | LexiconOverlay)[]): Lexicon {
  let merged = checkedBase(base);
  overlays.forEach((candidate, index) => {
    const name = overlayName(candidate, index);
    const reserved = reservedCategories(candidate);
    const parsed = v.safeParse(OverlaySchema, candidate);
    if (!parsed.success || reserved.length > 0) {
      const issues = parsed.success ? [] : formatIssues(parsed.issues, '', LEXICON_FIELDS).map((issue) => withTerm(issue, candidate));
      throw lexiconError(name, [...reserved, ...issues]);
    }
    const { lexicon, origins } = applyOverlay(merged, parsed.output);
    const result = validateLexicon(lexicon);
    if (!result.ok) throw lexiconError(name, result.issues.map((issue) => inOverlay(issue, lexicon, origins, merged.id)));
    merged = result.lexicon;
  });
  return merged;
}

function checkedBase(base: unknown): Lexicon {
  if (isValidated(base)) return base as Lexicon;
  const result = validateLexicon(base);
  if (!result.ok) throw lexiconError('base', result.issues);
  return result.lexicon;
}

function overlayName(overlay: unknown, index: number): string {
  const id = typeof overlay === 'object' && overlay !== null ? (overlay as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? `overlay "${id}" (overlays[${index}])` : `overlays[${index}]`;
}

/**
 * Where the parts of a merged lexicon come from: for each item of `idioms` and `entries`, the position
 * of the overlay's last patch of it (`undefined`: the base's, untouched), whether the base had its term,
 * and the `categories`, `params` and `modifiers` groups the overlay gave (`modifiers` groups keep their
 * positions, as an overlay replaces them whole).
 */
interface Origins {
  readonly idioms: readonly ItemOrigin[];
  readonly entries: readonly ItemOrigin[];
  readonly groups: ReadonlySet<string>;
}

interface ItemOrigin {
  readonly patch: number | undefined;
  readonly inBase: boolean;
}

function applyOverlay(base: Lexicon, overlay: Overlay): { lexicon: Record<string, unknown>; origins: Origins } {
  const removed = new Set((overlay.remove ?? []).map(termKey));
  const idioms = patchEntries(base.idioms, overlay.idioms ?? [], removed);
  const entries = patchEntries(base.entries, overlay.entries ?? [], removed);
  const groups = new Set(
    (['categories', 'params', 'modifiers'] as const).flatMap((part) => Object.keys(overlay[part] ?? {}).map((key) => `${part}.${key}`)),
  );
  const lexicon = {
    ...base,
    id: `${base.id}+${overlay.id}`,
    version: overlay.version === undefined ? base.version : `${base.version}+${overlay.version}`,
    description: overlay.description ?? base.description,
    categories: { ...base.categories, ...overlay.categories },
    params: { ...base.params, ...overlay.params },
    modifiers: { ...base.modifiers, ...overlay.modifiers },
    idioms: idioms.items,
    entries: entries.items,
  };
  return { lexicon, origins: { idioms: idioms.origins, entries: entries.origins, groups } };
}

/** Patches entries by term key, keeping the base order and appending new terms in overlay order. */
function patchEntries(base: readonly LexiconEntry[], patches: readonly EntryPatch[], removed: ReadonlySet<string>) {
  const byKey = new Map<string, { item: Record<string, unknown>; origin: ItemOrigin }>();
  for (const entry of base) byKey.set(termKey(entry.term), { item: { ...entry }, origin: { patch: undefined, inBase: true } });
  patches.forEach((patch, i) => {
    const key = termKey(patch.term);
    const found = byKey.get(key);
    byKey.set(key, { item: { ...found?.item, ...patch }, origin: { patch: i, inBase: found?.origin.inBase ?? false } });
  });
  const kept = [...byKey].filter(([key]) => !removed.has(key)).map(([, value]) => value);
  return { items: kept.map((k) => k.item), origins: kept.map((k) => k.origin) };
}

/** A path into the merged lexicon: an item of a list (`entries[3]`, `modifiers.negators[0]`), or a group. */
const ITEM_PATH = /^(idioms|entries|modifiers\.[A-Za-z]+)\[(\d+)\]/;
const GROUP_PATH = /^(categories|params|modifiers)(?:\.([\w-]+)|\["([^"]+)"\])/;

/**
 * A problem of the merged lexicon, located in the overlay when the overlay wrote what is wrong
 * (`entries[0].category`, with the term); else it is the base's, which the overlay clashes with or
 * turned wrong (`diplomacy.en's entries[815].pole`, located at `categories.coerce` when the overlay
 * changed that category's pole). Paths in the message are located the same way.
 */
function inOverlay(issue: ValidationIssue, merged: Record<string, unknown>, origins: Origins, baseId: string): ValidationIssue {
  const locate = (path: string) => overlayPath(path, origins) ?? `${baseId}'s ${path}`;
  const message = issue.message.replace(new RegExp(ITEM_PATH.source.slice(1), 'g'), locate);
  const item = ITEM_PATH.exec(issue.path);
  const term = item === null || issue.path.endsWith('.term') ? undefined : termAt(merged, item[1] as string, Number(item[2]));
  const about = term === undefined ? message : `term "${term}": ${message}`;
  const own = overlayPath(issue.path, origins);
  if (own === undefined) return { path: categoryPath(issue.message, origins) ?? '', message: issue.path === '' ? about : `${locate(issue.path)}: ${about}` };
  const list = item?.[1];
  const isNew = (list === 'idioms' || list === 'entries') && origins[list][Number(item?.[2])]?.inBase === false;
  const hint = isNew && issue.message === 'required field is missing' ? `; a term not in ${baseId} needs pole, weight and category` : '';
  return { path: own, message: `${about}${hint}` };
}

/** The overlay's category whose pole an item of the base now disagrees with (`categories.coerce`), if any. */
function categoryPath(message: string, origins: Origins): string | undefined {
  const category = /the pole of category "([^"]+)"/.exec(message)?.[1];
  if (category === undefined || !origins.groups.has(`categories.${category}`)) return undefined;
  return /^[A-Za-z_$][\w$]*$/.test(category) ? `categories.${category}` : `categories[${JSON.stringify(category)}]`;
}

/** The path in the overlay of what `path` in the merged lexicon points to, if the overlay wrote it. */
function overlayPath(path: string, origins: Origins): string | undefined {
  const item = ITEM_PATH.exec(path);
  const list = item?.[1];
  if (item !== null && (list === 'idioms' || list === 'entries')) {
    const patch = origins[list][Number(item[2])]?.patch;
    return patch === undefined ? undefined : `${list}[${patch}]${path.slice(item[0].length)}`;
  }
  const group = GROUP_PATH.exec(path);
  return group !== null && origins.groups.has(`${group[1]}.${group[2] ?? group[3]}`) ? path : undefined;
}

function termAt(lexicon: Record<string, unknown>, list: string, index: number): string | undefined {
  const items = list.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], lexicon);
  const term = (items as readonly { term?: unknown }[] | undefined)?.[index]?.term;
  return typeof term === 'string' ? term : undefined;
}

/** An overlay's own problem, with the term of the item it is in (`entries[0].weight`: term "dialogue"). */
function withTerm(issue: ValidationIssue, overlay: unknown): ValidationIssue {
  const item = ITEM_PATH.exec(issue.path);
  const term = item === null ? undefined : termAt(overlay as Record<string, unknown>, item[1] as string, Number(item[2]));
  return term === undefined || issue.path.endsWith('.term') ? issue : { ...issue, message: `term "${term}": ${issue.message}` };
}
