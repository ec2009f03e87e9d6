import type { CompiledLexicon } from '../lexicon/compile.js';
import type { Token } from '../nlp/index.js';
import { nlpOf, scoreAnalysisWith, type Scorer } from '../score/scorer.js';
import type { StanceLabel } from '../types.js';
import { coveredTokens } from './covered.js';

/** One statement of a corpus for `suggestEntries`: a labelled set line (`eval/*.jsonl`) or a plain document. */
export interface CorpusStatement {
  readonly id: string;
  readonly text: string;
  /** The annotated label; statements without one still count for WordNet evidence and coverage. */
  readonly label?: StanceLabel;
}

/** A content word of a statement that no lexicon pattern matches. */
export interface FreeWord {
  readonly lemma: string;
  /** Universal POS tag: `NOUN`, `VERB`, `ADJ` or `ADV`. */
  readonly pos: string;
}

/** A corpus statement read once by the scorer's pipeline, for every part of the suggestions. */
export interface ReadStatement {
  readonly id: string;
  readonly label: StanceLabel | undefined;
  readonly tokens: readonly Token[];
  /** Whether the scorer finds at least one lexicon hit in it. */
  readonly hit: boolean;
  /** Its content words outside every lexicon match, in text order (repeats kept). */
  readonly free: readonly FreeWord[];
}

/**
 * Open-class tags only: determiners, pronouns, auxiliaries, adpositions, conjunctions and particles are
 * the stop words, and wink's tagger already names them. Proper nouns are left out too: names separate
 * the labels of a corpus by topic (who is in the news), not by stance.
 */
const CONTENT_POS = new Set(['NOUN', 'VERB', 'ADJ', 'ADV']);

/** A word of at least two letters (apostrophes and inner hyphens allowed): no numbers, symbols or stray letters. */
const WORD = /^\p{L}[\p{L}'’-]*\p{L}$/u;

/** Analyses and scores every statement once with the scorer's own pipeline and lexicon. */
export function readStatements(statements: readonly CorpusStatement[], scorer: Scorer, compiled: CompiledLexicon): ReadStatement[] {
  const nlp = nlpOf(scorer);
  return statements.map((statement) => {
    const analysis = nlp.analyze(statement.text);
    const covered = coveredTokens(compiled, analysis.tokens);
    const free = analysis.tokens.flatMap((t, i) => (covered[i] !== true && CONTENT_POS.has(t.pos) && WORD.test(t.lemma) ? [{ lemma: t.lemma, pos: t.pos }] : []));
    return {
      id: statement.id,
      label: statement.label,
      tokens: analysis.tokens,
      hit: scoreAnalysisWith(scorer, analysis).hits.length > 0,
      free,
    };
  });
}
