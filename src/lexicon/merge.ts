import * as v from 'valibot';
import { OverlaySchema } from './schema.js';
import { lexiconError, validateLexicon } from './load.js';
import type { Lexicon, LexiconEntry, LexiconOverlay } from './types.js';
import { formatIssues, termKey } from './util.js';

type EntryPatch = NonNullable<LexiconOverlay['entries']>[number];

/**
 * Applies overlays to a base lexicon, left to right (later wins), and returns a new frozen lexicon.
 * An overlay can add entries, patch an existing entry by its `term` (e.g. only its `weight`), remove
 * terms, and replace whole `params`/`modifiers` groups. Neither the base nor the overlays are changed.
 * The result's `id` and `version` join the parts with `+`.
 *
 * @throws StancetrackError `E_LEXICON` naming the overlay and the JSON path of each problem.
 * @example
 * const tuned = mergeLexicons(defaultLexicon, { id: 'trade', entries: [{ term: 'tariff', weight: 2.5 }], remove: ['deal'] });
 */
export function mergeLexicons(base: Lexicon, ...overlays: readonly (Lexicon | LexiconOverlay)[]): Lexicon {
  let merged: Record<string, unknown> = { ...base };
  overlays.forEach((candidate, index) => {
    const parsed = v.safeParse(OverlaySchema, candidate);
    if (!parsed.success) throw lexiconError(`overlays[${index}]`, formatIssues(parsed.issues));
    merged = applyOverlay(merged as unknown as Lexicon, parsed.output);
  });
  const result = validateLexicon(merged);
  if (!result.ok) throw lexiconError(`the merge of ${[base.id, ...overlays.map((o) => o.id)].join(' + ')}`, result.issues);
  return result.lexicon;
}

function applyOverlay(base: Lexicon, overlay: v.InferOutput<typeof OverlaySchema>): Record<string, unknown> {
  const removed = new Set((overlay.remove ?? []).map(termKey));
  return {
    ...base,
    id: `${base.id}+${overlay.id}`,
    version: overlay.version === undefined ? base.version : `${base.version}+${overlay.version}`,
    description: overlay.description ?? base.description,
    categories: { ...base.categories, ...overlay.categories },
    params: { ...base.params, ...overlay.params },
    modifiers: { ...base.modifiers, ...overlay.modifiers },
    idioms: patchEntries(base.idioms, overlay.idioms ?? [], removed),
    entries: patchEntries(base.entries, overlay.entries ?? [], removed),
  };
}

/** Patches entries by term key, keeping the base order and appending new terms in overlay order. */
function patchEntries(base: readonly LexiconEntry[], patches: readonly EntryPatch[], removed: ReadonlySet<string>): unknown[] {
  const byKey = new Map<string, Record<string, unknown>>();
  for (const entry of base) byKey.set(termKey(entry.term), { ...entry });
  for (const patch of patches) {
    const key = termKey(patch.term);
    byKey.set(key, { ...byKey.get(key), ...patch });
  }
  return [...byKey].filter(([key]) => !removed.has(key)).map(([, entry]) => entry);
}
