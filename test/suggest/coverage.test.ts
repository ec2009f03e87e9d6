import { describe, expect, it } from 'vitest';
import { suggestEntries } from '../../src/node.js';
import { miniLexicon } from '../helpers.js';

describe('suggestEntries: coverage', () => {
  it('counts the statements without a hit and the verbs and nouns they use, on an unlabelled corpus', async () => {
    const s = await suggestEntries({
      lexicon: miniLexicon,
      wordnet: false,
      coverage: true,
      corpus: [
        { id: '1', text: 'The ferry left at noon.' },
        { id: '2', text: 'The ferry sailed to the island.' },
        { id: '3', text: 'The growers harvested the barley.' },
        { id: '4', text: 'They attacked the ferry.' },
      ],
    });
    // Only statement 4 has a hit ("attacked"): 3 of 4 have none. Their verbs: leave, sail, harvest (one
    // statement each); nouns: ferry in two, barley, grower, island, noon in one. "ferry" in statement 4 does
    // not count, as that statement has a hit.
    expect(s.coverage).toEqual({
      statements: 4,
      unmatched: 3,
      share: 0.75,
      verbs: [
        { lemma: 'harvest', count: 1 },
        { lemma: 'leave', count: 1 },
        { lemma: 'sail', count: 1 },
      ],
      nouns: [
        { lemma: 'ferry', count: 2 },
        { lemma: 'barley', count: 1 },
        { lemma: 'grower', count: 1 },
        { lemma: 'island', count: 1 },
        { lemma: 'noon', count: 1 },
      ],
    });
    // Without labels the log-odds comparison is skipped, and says why.
    expect(s.separating).toEqual({
      skipped: 'log-odds needs statements labelled engagement and confrontation; the corpus has 0 engagement and 0 confrontation',
      engagement: 0,
      confrontation: 0,
      terms: [],
    });
  });

  it('maxWords cuts the lists', async () => {
    const s = await suggestEntries({ lexicon: miniLexicon, wordnet: false, coverage: true, maxWords: 1, corpus: [{ id: '1', text: 'The ferry left the harbour at noon.' }] });
    expect(s.coverage).toMatchObject({ share: 1, verbs: [{ lemma: 'leave', count: 1 }], nouns: [{ lemma: 'ferry', count: 1 }] });
  });
});
