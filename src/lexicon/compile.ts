import shippedTerms from '../../lexicons/diplomacy.en.tokens.json';
import type { Nlp } from '../nlp/index.js';
import type { Lexicon } from './types.js';
import { addToList } from '../util/multimap.js';

/**
 * What a pattern does when it matches: carry stance (`entry`), modify the stance around it, or name an
 * actor (`actor`, used by statement extraction).
 */
export type PatternKind = 'entry' | 'negator' | 'intensifier' | 'dampener' | 'contrast' | 'conditional' | 'refusal' | 'neutral' | 'juxtaposition' | 'figurative' | 'topic' | 'arena' | 'hazard' | 'schedule' | 'currency' | 'returnee' | 'contraband' | 'actor';

/** One word of a pattern, as the tokenizer splits the term. */
export interface PatternWord {
  readonly normal: string;
  readonly lemma: string;
  /** The word is a prefix (`escalat*`). */
  readonly prefix: boolean;
  /** Only this surface form matches. */
  readonly exact: boolean;
  /**
   * The word is the definite article or a possessive determiner after a term's first word, and any of
   * them matches it (see `DETERMINERS`).
   */
  readonly determiner: boolean;
}

/** A lexicon item compiled to the token sequence it matches. */
export interface Pattern {
  readonly kind: PatternKind;
  /** The term as written in the lexicon. */
  readonly term: string;
  readonly words: readonly PatternWord[];
  /** Breaks ties between matches of equal length: idioms beat modifiers, modifiers beat entries. */
  readonly priority: number;
  /** Index of the item in its lexicon list (`entries`, `idioms` or `modifiers.<kind>`). */
  readonly index: number;
  readonly isIdiom: boolean;
  /** The parts of speech the first word may have (an entry's `pos`); undefined for any. */
  readonly pos?: ReadonlySet<string> | undefined;
  /**
   * The words after the first that a match must have later in its sentence, as a form and a lemma each
   * (`[normal₁, lemma₁, normal₂, lemma₂, …]`): every word but a determiner (any determiner or a number
   * may stand for it) and a prefix. A token holding neither cannot be that word, so `matchPatterns`
   * leaves a pattern untried when its sentence lacks one of them.
   */
  readonly required: readonly string[];
}

/** Patterns indexed by their first word and by wildcard prefix, ready for `matchPatterns`. */
export interface PatternIndex {
  readonly byWord: ReadonlyMap<string, readonly Pattern[]>;
  readonly byPrefix: ReadonlyMap<string, readonly Pattern[]>;
  /** The distinct lengths of wildcard prefixes, so a token only probes lengths that exist. */
  readonly prefixLengths: readonly number[];
}

/** A lexicon ready for matching. */
export interface CompiledLexicon extends PatternIndex {
  readonly lexicon: Lexicon;
}

/** What `indexPatterns` needs of each pattern: the term and how to match it. */
export type PatternSpec = Omit<Pattern, 'words' | 'required'> & { readonly exact: boolean };

const PRIORITY = { idiom: 3, modifier: 2, entry: 1 } as const;

/**
 * The definite article, the possessive and demonstrative determiners and "every", which match each other
 * inside a term: whose port is closed is the text's to say, not the term's ("close its port" matches
 * "closed our ports", "close the port", "bear the consequence" matches "bear every consequence", "turn
 * the page" matches "turn that page"), and so does a number ("reopened two crossings"; see `wordMatches` in
 * match.ts). A word written `=its` matches only itself. Not in actors' names, which are names.
 */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'our', 'his', 'her', 'my', 'your', 'every', 'this', 'that', 'these', 'those']);

/** Tokens a pattern looks through: hyphens ("confidence-building" = "confidence building") and quotation marks ('not "interested" in'). */
const JOINERS = new Set(['-', '‐', '–', '"', '“', '”', "'", '‘', '’']);

/** Whether a pattern looks through this token (see `JOINERS`). */
export function isJoiner(normal: string): boolean {
  return normal.length === 1 && JOINERS.has(normal);
}

/** Tokenizes every term with the same pipeline as the text, so terms and text split alike. */
export function compileLexicon(lexicon: Lexicon, nlp: Nlp): CompiledLexicon {
  return { lexicon, ...indexPatterns(patternSpecs(lexicon), nlp) };
}

/** The text of every term of a lexicon as the pipeline reads it (a wildcard's `*` left out). */
export function lexiconTerms(lexicon: Lexicon): string[] {
  return patternSpecs(lexicon).map((spec) => withoutWildcard(spec.term));
}

function patternSpecs(lexicon: Lexicon): PatternSpec[] {
  const specs: PatternSpec[] = [];
  const add = (kind: PatternKind, term: string, exact: boolean, priority: number, index: number, isIdiom = false, pos?: readonly string[]) =>
    specs.push({ kind, term, exact, priority, index, isIdiom, pos: pos === undefined ? undefined : new Set(pos) });
  lexicon.idioms.forEach((e, i) => add('entry', e.term, e.exact ?? false, PRIORITY.idiom, i, true, e.pos));
  lexicon.entries.forEach((e, i) => add('entry', e.term, e.exact ?? false, PRIORITY.entry, i, false, e.pos));
  const m = lexicon.modifiers;
  const modifierLists = [
    ['negator', m.negators],
    ['intensifier', m.intensifiers],
    ['dampener', m.dampeners],
    ['contrast', m.contrast],
    ['conditional', m.conditionals],
    ['refusal', m.refusals],
    ['neutral', m.neutral],
    ['juxtaposition', m.juxtapositions ?? []],
    ['figurative', m.figurative ?? []],
    ['topic', m.topics ?? []],
    ['arena', m.arenas ?? []],
    ['hazard', m.hazards ?? []],
    ['schedule', m.schedules ?? []],
    ['currency', m.currencies ?? []],
    ['returnee', m.returnees ?? []],
    ['contraband', m.contraband ?? []],
  ] as const;
  for (const [kind, list] of modifierLists) list.forEach((item, i) => add(kind, item.term, false, PRIORITY.modifier, i));
  return specs;
}

/** Compiles pattern specs into an index keyed by first word (normal and lemma) and wildcard prefix. */
export function indexPatterns(specs: readonly PatternSpec[], nlp: Nlp): PatternIndex {
  const byWord = new Map<string, Pattern[]>();
  const byPrefix = new Map<string, Pattern[]>();
  for (const { kind, term, exact, priority, index, isIdiom, pos } of specs) {
    const words = compileTerm(term, exact, kind !== 'actor', nlp);
    const first = words[0];
    if (first === undefined) continue;
    const required = words.slice(1).flatMap((w) => (w.prefix || w.determiner ? [] : [w.normal, w.lemma]));
    const pattern: Pattern = { kind, term, words, priority, index, isIdiom, pos, required };
    if (first.prefix) addToList(byPrefix, first.normal, pattern);
    else {
      addToList(byWord, first.normal, pattern);
      if (!first.exact && first.lemma !== first.normal) addToList(byWord, first.lemma, pattern);
    }
  }
  const prefixLengths = [...new Set([...byPrefix.keys()].map((k) => k.length))].sort((a, b) => a - b);
  return { byWord, byPrefix, prefixLengths };
}

/**
 * Splits a term like the text; a word written `=word` matches only that surface form ("be =suspended").
 * With `determiners`, a determiner after the first word matches any other (see `DETERMINERS`).
 */
function compileTerm(term: string, exact: boolean, determiners: boolean, nlp: Nlp): PatternWord[] {
  const wildcard = term.endsWith('*');
  const words: PatternWord[] = [];
  let exactNext = false;
  for (const t of termWords(withoutWildcard(term), nlp)) {
    if (t.normal === '=') exactNext = true;
    if (t.normal === '=' || isJoiner(t.normal)) continue;
    const wordExact = exact || exactNext;
    words.push({ normal: t.normal, lemma: t.lemma, prefix: false, exact: wordExact, determiner: determiners && !wordExact && words.length > 0 && DETERMINERS.has(t.normal) });
    exactNext = false;
  }
  const last = words.at(-1);
  if (wildcard && last !== undefined) words[words.length - 1] = { ...last, lemma: last.normal, prefix: true };
  return words;
}

/** A word of a term as the pipeline splits it. */
export interface TermWord {
  readonly normal: string;
  readonly lemma: string;
}

/**
 * The words of a term, as `nlp.analyze` splits and lemmatises it. The default lexicon's terms are read
 * from `lexicons/diplomacy.en.tokens.json`, generated by `npm run tokens` (scripts/write-term-tokens.ts)
 * with the exact wink-nlp and model versions package.json pins; test/lexicon/term-tokens.test.ts checks
 * that they equal what `analyze` makes of every term. Reading them instead of analysing each term takes
 * ~200 ms off creating a scorer. Other terms (other lexicons, overlays) are analysed.
 */
export function termWords(term: string, nlp: Nlp): readonly TermWord[] {
  const terms: Readonly<Record<string, readonly string[]>> = shippedTerms.terms;
  const shipped = Object.hasOwn(terms, term) ? terms[term] : undefined;
  return shipped === undefined ? nlp.analyze(term).tokens.map(({ normal, lemma }) => ({ normal, lemma })) : shippedWords(shipped);
}

/**
 * A term of the shipped file: its normal forms and its lemmas, each list joined by spaces (a token never
 * holds whitespace; a term without tokens has two empty strings). Split when a compile asks for it
 * rather than into a map of every term at once: a compile asks for each term once.
 */
function shippedWords([normals = '', lemmas = normals]: readonly string[]): readonly TermWord[] {
  if (normals === '') return [];
  const lemmaList = lemmas.split(' ');
  return normals.split(' ').map((normal, i) => ({ normal, lemma: lemmaList[i] ?? normal }));
}

function withoutWildcard(term: string): string {
  return term.endsWith('*') ? term.slice(0, -1) : term;
}
