import * as v from 'valibot';
import { StancetrackError, validationError } from '../errors.js';
import { compileLexicon, type CompiledLexicon } from '../lexicon/compile.js';
import { defaultLexicon } from '../lexicon/default.js';
import { matchPatterns, type Match } from '../lexicon/match.js';
import { loadLexicon } from '../lexicon/load.js';
import { mergeLexicons } from '../lexicon/merge.js';
import { allowedFields, formatIssues } from '../lexicon/util.js';
import type { Lexicon, LexiconOverlay } from '../lexicon/types.js';
import { createNlp, type Analysis, type Nlp } from '../nlp/index.js';
import { applyRules, juxtapositionOf, type Juxtaposition, type RuleContext, type WorkingHit } from '../rules/index.js';
import { inRepeatedAside, isClauseStart } from '../rules/scope.js';
import type { StanceScore } from '../types.js';
import { buildScore } from './compute.js';

/** Options for `createScorer`. */
export interface ScorerOptions {
  /**
   * Lexicons to score with, merged left to right (later wins; see `mergeLexicons`): a full lexicon
   * first, then lexicons or overlays. Default: `[defaultLexicon]`.
   */
  lexicons?: readonly (Lexicon | LexiconOverlay)[];
}

const ScorerOptionsSchema = v.strictObject({
  lexicons: v.optional(
    v.pipe(
      v.array(v.custom<Lexicon | LexiconOverlay>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), 'expected a lexicon object (from loadLexicon or defaultLexicon)')),
      v.minLength(1, 'expected at least one lexicon'),
    ),
  ),
});

/** A loaded scorer: the NLP model and the compiled lexicon, reused across calls. */
export interface Scorer {
  /** The merged lexicon this scorer uses. */
  readonly lexicon: Lexicon;
  /** Scores one text. Empty or whitespace-only text is `neutral` with score 0 and confidence 0. */
  score(text: string): StanceScore;
  /**
   * Scores many texts, in order, each as `score` scores it. Faster than calling `score` on each: short
   * texts are read by wink-nlp several at a time (about 1.2 × as fast on one-sentence texts).
   * @throws StancetrackError `E_INPUT` when `texts` is not an iterable of strings.
   */
  scoreMany(texts: Iterable<string>): StanceScore[];
}

/**
 * Creates a scorer. It loads the wink-nlp model once and compiles its lexicons once; keep it and reuse it.
 *
 * @throws StancetrackError `E_OPTIONS` for unknown options or an empty `lexicons`; `E_LEXICON` when a
 * lexicon the library has not validated (a plain object, e.g. parsed JSON) or an overlay is invalid.
 * @example
 * const scorer = createScorer();
 * scorer.score('Seoul urged Pyongyang to resume talks.').label; // 'engagement'
 */
export function createScorer(options: ScorerOptions = {}): Scorer {
  const parsed = v.safeParse(ScorerOptionsSchema, options);
  if (!parsed.success) throw validationError('E_OPTIONS', 'createScorer options are invalid', formatIssues(parsed.issues, 'options', allowedFields(ScorerOptionsSchema)));
  const [base, ...rest] = (parsed.output.lexicons ?? [defaultLexicon]) as [Lexicon, ...(Lexicon | LexiconOverlay)[]];
  // A base the library has not validated (a plain object such as parsed JSON, or a frozen one) is
  // validated and frozen here; the others may be overlays, which mergeLexicons validates.
  const first = loadLexicon(base, 'options.lexicons[0]');
  const lexicon = rest.length === 0 ? first : mergeLexicons(first, ...rest);
  const nlp = createNlp();
  const compiled = compileLexicon(lexicon, nlp);
  const score = (text: string) => scoreText(text, nlp, compiled);
  const scorer = {
    lexicon,
    score,
    scoreMany: (texts: Iterable<string>) => scoreTexts(texts, nlp, compiled),
  };
  const internals: Internals = Object.freeze({ nlp, scoreAnalyses: (analyses: readonly Analysis[]) => scoreAnalyses(analyses, compiled) });
  Object.defineProperty(scorer, INTERNALS, { value: internals });
  return Object.freeze(scorer);
}

/**
 * What extraction needs of a scorer beyond its public face: its NLP pipeline (so documents are read
 * with the same model) and a way to score text that pipeline has already read.
 */
interface Internals {
  readonly nlp: Nlp;
  readonly scoreAnalyses: (analyses: readonly Analysis[]) => StanceScore[];
}

/**
 * Where a scorer keeps its `Internals`, as a property no one enumerates. A registered symbol rather
 * than a map of this module's, so that a scorer made by the package's CommonJS build works in its ESM
 * build, and the other way round (an app's own ESM code with a CommonJS dependency loads both).
 */
const INTERNALS = Symbol.for('stancetrack.scorer');

function internalsOf(scorer: Scorer): Internals {
  const found = typeof scorer === 'object' && scorer !== null ? (scorer as { [INTERNALS]?: Internals })[INTERNALS] : undefined;
  if (found === undefined) throw new StancetrackError('E_OPTIONS', 'options.scorer: expected a scorer made by createScorer()');
  return found;
}

/** The pipeline of a scorer made by `createScorer`. */
export function nlpOf(scorer: Scorer): Nlp {
  return internalsOf(scorer).nlp;
}

/** Scores an analysis made by this scorer's pipeline (`nlpOf(scorer)`), e.g. a slice of a document's. */
export function scoreAnalysisWith(scorer: Scorer, analysis: Analysis): StanceScore {
  return internalsOf(scorer).scoreAnalyses([analysis])[0] as StanceScore;
}

/** `scoreAnalysisWith` on each analysis, in order, with each step run over all of them (see `scoreAnalyses`). */
export function scoreAnalysesWith(scorer: Scorer, analyses: readonly Analysis[]): StanceScore[] {
  return internalsOf(scorer).scoreAnalyses(analyses);
}

function checkTexts(texts: Iterable<string>): Iterable<string> {
  const iterable = typeof texts === 'object' && texts !== null && typeof (texts as Partial<Iterable<string>>)[Symbol.iterator] === 'function';
  if (!iterable) {
    const found = texts === null ? 'null' : typeof texts === 'string' ? 'a string (score one text with score())' : typeof texts;
    throw new StancetrackError('E_INPUT', `texts: expected an iterable of strings such as an array, found ${found}`);
  }
  return texts;
}

function checkText(text: string): string {
  if (typeof text !== 'string') {
    throw new StancetrackError('E_INPUT', `text: expected a string, found ${text === null ? 'null' : typeof text}`);
  }
  return text;
}

function scoreText(text: string, nlp: Nlp, compiled: CompiledLexicon): StanceScore {
  return scoreAnalyses([nlp.analyze(checkText(text))], compiled)[0] as StanceScore;
}

/** Texts handed to `analyzeMany` at a time: enough for its joined reading, few enough to hold little. */
const SCORE_CHUNK = 64;

/** `scoreText` on each text, with the texts read a chunk at a time (see `Nlp.analyzeMany`). */
function scoreTexts(texts: Iterable<string>, nlp: Nlp, compiled: CompiledLexicon): StanceScore[] {
  const results: StanceScore[] = [];
  let chunk: string[] = [];
  const flush = (): void => {
    for (const score of scoreAnalyses(nlp.analyzeMany(chunk), compiled)) results.push(score);
    chunk = [];
  };
  for (const text of checkTexts(texts)) {
    chunk.push(checkText(text));
    if (chunk.length === SCORE_CHUNK) flush();
  }
  flush();
  return results;
}

/** A text being scored: its matches, where its next sentence's matches start, and what its sentences gave so far. */
interface Pending {
  readonly analysis: Analysis;
  readonly matches: readonly Match[];
  from: number;
  /**
   * The last sentence taken and its hits (the rules change them in place), for a contrast marker or a
   * question in the next sentence that looks back at it.
   */
  previous: WorkingHit[];
  previousSentence: number;
  readonly hits: WorkingHit[];
  juxtaposed: Map<number, Juxtaposition> | undefined;
}

/**
 * Scores analyses, each as if alone, with each step run over all of them before the next: every text
 * is matched, then each rule runs over the first sentence with a hit of every text, then over the second
 * of those that have one, and so on; then every result is built. Rules never reach across sentences but
 * for a look back at the sentence before (a contrast marker opening one, a question asked after its
 * answer), which has had every rule by then, so the results are those of one text and one rule after
 * another. Running one rule over many sentences keeps its code in the processor's instruction cache,
 * where forty rules in a row over one sentence do not: counted by cachegrind over 3,000 bench sentences,
 * scoreMany's first-level instruction-cache misses fell from 8.1 to 3.0 million a pass, its mispredicted
 * branches from 10.1 to 8.6 million, with the same instructions; on a noisy shared host it ran faster in
 * 10 of 14 alternating pairs of processes (bench/NOTES.md, 2026-12-07).
 */
function scoreAnalyses(analyses: readonly Analysis[], compiled: CompiledLexicon): StanceScore[] {
  const pending: Pending[] = analyses.map((analysis) => ({ analysis, matches: matchPatterns(compiled, analysis.tokens), from: 0, previous: [], previousSentence: -2, hits: [], juxtaposed: undefined }));
  // Each sentence is a context of its own, so the work stays linear in the text. Matches come in text
  // order, so a sentence's matches are one run of the list.
  let active = pending.filter((p) => p.matches.length > 0);
  while (active.length > 0) {
    const contexts: RuleContext[] = [];
    for (const p of active) {
      const { analysis, matches, from } = p;
      const sentence = sentenceOf(analysis, matches[from] as Match);
      let to = from + 1;
      while (to < matches.length && sentenceOf(analysis, matches[to] as Match) === sentence) to += 1;
      const context = buildContext(analysis, compiled.lexicon, matches.slice(from, to), sentence === p.previousSentence + 1 ? p.previous : []);
      contexts.push(context);
      p.from = to;
      p.previous = context.hits;
      p.previousSentence = sentence;
    }
    applyRules(contexts);
    for (let k = 0; k < active.length; k += 1) {
      const p = active[k] as Pending;
      const context = contexts[k] as RuleContext;
      for (const hit of context.hits) p.hits.push(hit);
      const juxtaposition = juxtapositionOf(context);
      if (juxtaposition !== undefined) (p.juxtaposed ??= new Map()).set(p.previousSentence, juxtaposition);
    }
    active = active.filter((p) => p.from < p.matches.length);
  }
  return pending.map((p) => buildScore(p.analysis, p.hits, compiled.lexicon, p.juxtaposed ?? NO_SENTENCES));
}

function sentenceOf(analysis: Analysis, match: Match): number {
  return analysis.tokens[match.first]?.sentence ?? 0;
}

type MarkerKind = Exclude<Match['pattern']['kind'], 'entry' | 'actor' | 'neutral'>;

function buildContext(analysis: Analysis, lexicon: Lexicon, matches: readonly Match[], previous: WorkingHit[]): RuleContext {
  const hits: WorkingHit[] = [];
  // Most sentences hold entries and no modifier at all: they share one empty set of markers, and a
  // sentence with markers gets a list only for the kinds it has.
  let own: Partial<Record<MarkerKind, Match[]>> | undefined;
  for (const match of matches) {
    const { kind, index, isIdiom } = match.pattern;
    if (kind === 'actor' || kind === 'neutral' || inRepeatedAside(analysis.tokens, match.first)) continue;
    if (kind !== 'entry') {
      if (kind === 'contrast' && lexicon.modifiers.contrast[index]?.opens === true && !isClauseStart(analysis.tokens, match.first)) continue;
      own ??= {};
      const list = own[kind];
      if (list === undefined) own[kind] = [match];
      else list.push(match);
      continue;
    }
    const entry = (isIdiom ? lexicon.idioms : lexicon.entries)[index];
    if (entry === undefined) continue;
    hits.push({
      first: match.first,
      last: match.last,
      term: entry.term,
      pole: entry.pole,
      category: entry.category,
      weight: entry.weight,
      onNegation: entry.onNegation ?? 'flip',
      factor: 1,
      flipped: false,
      negators: [],
      refusedBy: undefined,
      modifiers: [],
    });
  }
  // Only negation writes this map, and only for a refusal marker it reaches.
  const refusalNegations = own?.refusal === undefined ? NO_REFUSALS : new Map<Match, Match[]>();
  return { analysis, lexicon, hits, markers: own === undefined ? NO_MARKERS : { ...NO_MARKERS, ...own }, refusalNegations, previous };
}

const NO_MATCHES: readonly Match[] = Object.freeze([]);
const NO_MARKERS: RuleContext['markers'] = Object.freeze({
  negator: NO_MATCHES,
  intensifier: NO_MATCHES,
  dampener: NO_MATCHES,
  contrast: NO_MATCHES,
  conditional: NO_MATCHES,
  refusal: NO_MATCHES,
  juxtaposition: NO_MATCHES,
  figurative: NO_MATCHES,
  topic: NO_MATCHES,
  arena: NO_MATCHES,
  hazard: NO_MATCHES,
  schedule: NO_MATCHES,
  currency: NO_MATCHES,
  returnee: NO_MATCHES,
  contraband: NO_MATCHES,
});
const NO_REFUSALS: Map<Match, Match[]> = new Map();
const NO_SENTENCES: ReadonlyMap<number, Juxtaposition> = new Map();

let shared: Scorer | undefined;

/** The process-wide scorer on the default lexicon, created on first use. */
export function defaultScorer(): Scorer {
  shared ??= createScorer();
  return shared;
}

/**
 * Scores one text with a shared scorer on the default lexicon, created on first use.
 *
 * @example
 * score('North Korea rejected the proposals and threatened retaliation.').label; // 'confrontation'
 */
export function score(text: string): StanceScore {
  return defaultScorer().score(text);
}
