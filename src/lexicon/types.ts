import type * as v from 'valibot';
import type { EntrySchema, LexiconSchema, OverlaySchema } from './schema.js';

type DeepReadonly<T> = T extends (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

/**
 * One lexicon entry: a lemma, word or phrase (`term`, with an optional trailing `*` wildcard, and `=`
 * before a word that matches only as written), its `pole`, its `weight` (0 < weight ≤ 5) and its
 * `category` (a key of the lexicon's `categories`).
 */
export type LexiconEntry = DeepReadonly<v.InferOutput<typeof EntrySchema>>;

/**
 * A validated, frozen lexicon: header (`id`, `version`, `language`, `description`, `license`),
 * `categories` (with their CAMEO/PLOVER mapping), tuning `params`, `modifiers`, `idioms` and `entries`.
 * Obtain one from `loadLexicon`, `mergeLexicons` or `defaultLexicon`; it cannot be mutated.
 */
export type Lexicon = DeepReadonly<v.InferOutput<typeof LexiconSchema>>;

/** A partial lexicon that `mergeLexicons` applies on top of a base (see `lexicons/README.md`). */
export type LexiconOverlay = v.InferInput<typeof OverlaySchema>;

/** The outcome of `validateLexicon`: the frozen lexicon, or every problem found with its JSON path. */
export type LexiconValidation =
  | { readonly ok: true; readonly lexicon: Lexicon; readonly issues: readonly [] }
  | { readonly ok: false; readonly issues: readonly import('../errors.js').ValidationIssue[] };
