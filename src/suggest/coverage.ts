import type { ReadStatement } from './corpus.js';

/** A lemma and the number of statements it occurs in. */
export interface WordCount {
  readonly lemma: string;
  readonly count: number;
}

/** How much of a corpus the lexicon reaches, and which words the statements it misses use most. */
export interface Coverage {
  /** Statements in the corpus. */
  readonly statements: number;
  /** Statements in which the scorer finds no lexicon hit (they score neutral, 0, for want of evidence). */
  readonly unmatched: number;
  /** `unmatched / statements`, in [0, 1]; 0 for an empty corpus. */
  readonly share: number;
  /**
   * Verb lemmas of the unmatched statements, each with the number of those statements it occurs in,
   * most frequent first (then alphabetically), at most `maxWords`.
   */
  readonly verbs: readonly WordCount[];
  /** Noun lemmas of the unmatched statements, counted and ordered as `verbs`. */
  readonly nouns: readonly WordCount[];
}

/** The share of statements without a lexicon hit and the verbs and nouns those statements use most. */
export function measureCoverage(statements: readonly ReadStatement[], maxWords: number): Coverage {
  const missed = statements.filter((s) => !s.hit);
  return {
    statements: statements.length,
    unmatched: missed.length,
    share: statements.length === 0 ? 0 : missed.length / statements.length,
    verbs: mostFrequent(missed, 'VERB', maxWords),
    nouns: mostFrequent(missed, 'NOUN', maxWords),
  };
}

function mostFrequent(statements: readonly ReadStatement[], pos: string, maxWords: number): WordCount[] {
  const counts = new Map<string, number>();
  for (const statement of statements) {
    for (const lemma of new Set(statement.free.flatMap((w) => (w.pos === pos ? [w.lemma] : [])))) counts.set(lemma, (counts.get(lemma) ?? 0) + 1);
  }
  return [...counts]
    .map(([lemma, count]) => ({ lemma, count }))
    .sort((a, b) => b.count - a.count || (a.lemma < b.lemma ? -1 : a.lemma > b.lemma ? 1 : 0))
    .slice(0, maxWords);
}
