import { isJoiner, type CompiledLexicon } from '../lexicon/compile.js';
import { matchPatterns } from '../lexicon/match.js';
import type { Nlp, Token } from '../nlp/index.js';

/**
 * Which tokens some lexicon pattern matches: an entry or idiom, and also a modifier or neutral phrase,
 * because a word the lexicon already lists in any role is not a new entry to propose.
 */
export function coveredTokens(compiled: CompiledLexicon, tokens: readonly Token[]): boolean[] {
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (const match of matchPatterns(compiled, tokens)) covered.fill(true, match.first, match.last + 1);
  return covered;
}

/**
 * Whether the lexicon already matches a term on its own: every word of it lies inside a lexicon match.
 * Matching the term as text (not comparing strings) counts inflections, wildcards (`escalat*` knows
 * "escalation") and the term's lemma as known, exactly as the scorer would.
 */
export function createKnownTerms(compiled: CompiledLexicon, nlp: Nlp): (term: string) => boolean {
  const memo = new Map<string, boolean>();
  return (term) => {
    let known = memo.get(term);
    if (known === undefined) {
      const { tokens } = nlp.analyze(term);
      const covered = coveredTokens(compiled, tokens);
      known = tokens.every((t, i) => covered[i] === true || isJoiner(t.normal));
      memo.set(term, known);
    }
    return known;
  };
}
