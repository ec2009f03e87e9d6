import { indexPatterns } from '../lexicon/compile.js';
import { matchPatterns } from '../lexicon/match.js';
import type { Lexicon, LexiconEntry } from '../lexicon/types.js';
import type { Nlp } from '../nlp/index.js';
import type { Pole } from '../types.js';
import type { ReadStatement } from './corpus.js';
import type { WordNet, WordNetPos } from './wordnet.js';

/** A WordNet synonym of a lexicon entry that the lexicon does not match yet, proposed as an entry. */
export interface SynonymSuggestion {
  /** The synonym as an entry term: lower case, words separated by spaces ("talk terms"). */
  readonly term: string;
  /** The part of speech of the source entry, which the synonym shares (they are in one synset). */
  readonly pos: WordNetPos;
  /** The lexicon entry it is a synonym of, as written in the lexicon. */
  readonly source: string;
  /** Rank of the source's sense the synonym comes from, 1 being WordNet's most frequent sense. */
  readonly sense: number;
  /** The source entry's pole. */
  readonly pole: Pole;
  /** The source entry's category. */
  readonly category: string;
  /** The source entry's weight. */
  readonly weight: number;
  /**
   * The number of corpus statements the synonym occurs in, matched as the scorer would match it as an
   * entry (by lemma or surface form); `undefined` when no corpus was given.
   */
  readonly evidence: number | undefined;
}

/** Which entries to look up and how many senses of each. */
export interface SynonymOptions {
  readonly category: string | undefined;
  readonly limit: number | undefined;
  readonly senses: number;
}

/**
 * wink's tag of an entry read on its own, as a WordNet part of speech. An entry has no part of speech of
 * its own; the reading its author wrote it in is the one a tagger gives the bare word, and keeping to it
 * keeps the other readings' synonyms out (the noun "talk" → "lecture" for the verb entry "talk").
 * Unknown words are tagged as proper nouns, hence nouns.
 */
const POS_OF_TAG: Readonly<Record<string, WordNetPos>> = { NOUN: 'noun', PROPN: 'noun', VERB: 'verb', ADJ: 'adjective', ADV: 'adverb' };

/**
 * WordNet synonyms of the lexicon's single-word entries (optionally of one category, and only the first
 * `limit` of them), from their `senses` most frequent senses of the entry's part of speech, leaving out
 * words the lexicon already matches (`isKnown`). Each synonym is proposed once, from the first entry (in
 * lexicon order) and sense that yields it. With a corpus, each gets its evidence count and the most
 * attested come first; otherwise they keep lexicon order.
 */
export async function suggestSynonyms(
  wordnet: WordNet,
  lexicon: Lexicon,
  nlp: Nlp,
  isKnown: (term: string) => boolean,
  statements: readonly ReadStatement[] | undefined,
  options: SynonymOptions,
): Promise<SynonymSuggestion[]> {
  const sources = singleWordEntries(lexicon, nlp, options.category).slice(0, options.limit);
  const synsets = await Promise.all(sources.map(({ lemma, pos }) => wordnet.synsets(lemma, pos, options.senses)));
  const seen = new Set<string>();
  const found: Omit<SynonymSuggestion, 'evidence'>[] = [];
  sources.forEach(({ entry, pos }, i) => {
    synsets[i]?.forEach((words, sense) => {
      for (const term of words) {
        if (seen.has(term) || isKnown(term)) continue;
        seen.add(term);
        found.push({ term, pos, source: entry.term, sense: sense + 1, pole: entry.pole, category: entry.category, weight: entry.weight });
      }
    });
  });
  if (statements === undefined) return found.map((s) => ({ ...s, evidence: undefined }));
  const evidence = countStatements(found.map((s) => s.term), statements, nlp);
  return found.map((s, i) => ({ ...s, evidence: evidence[i] ?? 0 })).sort((a, b) => (b.evidence ?? 0) - (a.evidence ?? 0));
}

interface Source {
  readonly entry: LexiconEntry;
  readonly lemma: string;
  readonly pos: WordNetPos;
}

/**
 * Entries that are one word (no phrase, no wildcard), with the lemma and part of speech WordNet is asked
 * for. Entries marked `exact` are left out: their author kept one surface form on purpose ("strikes",
 * not "strike a deal"), and their lemma's synonyms would bring back what was kept out.
 */
function singleWordEntries(lexicon: Lexicon, nlp: Nlp, category: string | undefined): Source[] {
  return lexicon.entries.flatMap((entry) => {
    if ((category !== undefined && entry.category !== category) || entry.term.endsWith('*') || entry.exact === true) return [];
    const tokens = nlp.analyze(entry.term).tokens;
    const pos = tokens.length === 1 ? POS_OF_TAG[tokens[0]?.pos ?? ''] : undefined;
    return pos === undefined ? [] : [{ entry, lemma: tokens[0]?.lemma ?? entry.term, pos }];
  });
}

/** For each term, the number of statements in which the scorer's matcher finds it. */
function countStatements(terms: readonly string[], statements: readonly ReadStatement[], nlp: Nlp): number[] {
  const index = indexPatterns(terms.map((term, i) => ({ kind: 'entry', term, exact: false, priority: 1, index: i, isIdiom: false })), nlp);
  const counts = new Array<number>(terms.length).fill(0);
  for (const statement of statements) {
    for (const i of new Set(matchPatterns(index, statement.tokens).map((m) => m.pattern.index))) counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}
