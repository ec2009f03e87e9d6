import { describe, expect, it } from 'vitest';
import { createScorer, mergeLexicons } from '../../src/index.js';
import { suggestEntries, type CorpusStatement } from '../../src/node.js';
import { miniLexicon } from '../helpers.js';

/*
 * Every statement has three content lemmas, none of them in the mini lexicon; "handshake" is planted in
 * the four engagement statements (and one mixed), "insult" in two confrontation statements, and every
 * other word once on each side.
 */
const corpus: CorpusStatement[] = [
  { id: 'e1', text: 'The leaders exchanged a handshake.', label: 'engagement' },
  { id: 'e2', text: 'A handshake opened the meeting.', label: 'engagement' },
  { id: 'e3', text: 'The envoys shared a handshake.', label: 'engagement' },
  { id: 'e4', text: 'The handshake lasted a minute.', label: 'engagement' },
  { id: 'c1', text: 'The leaders exchanged insults.', label: 'confrontation' },
  { id: 'c2', text: 'The insults opened the meeting.', label: 'confrontation' },
  { id: 'c3', text: 'The envoys shared complaints.', label: 'confrontation' },
  { id: 'c4', text: 'The quarrel lasted a minute.', label: 'confrontation' },
  { id: 'm1', text: 'A handshake followed the quarrel.', label: 'mixed' },
];

/*
 * By hand. Counts are statements: n_E = n_C = 4 × 3 = 12 term occurrences; the prior is each term's count
 * over all 9 statements, α_0 = 9 × 3 = 27.
 * handshake: y_E 4, y_C 0, α 5: δ = ln(9 / (12 + 27 − 9)) − ln(5 / (12 + 27 − 5)) = ln 0.3 − ln(5/34)
 *   = −1.203973 + 1.916923 = 0.712950; var = 1/9 + 1/5 = 0.311111; z = 0.712950 / 0.557773 = 1.278207.
 *   Weight: the mini lexicon's median weight 2 × 1.278207 / 1.96 = 1.304 → 1.3 (within its range [1, 3]).
 * insult: y_E 0, y_C 2, α 2: δ = ln(2 / 37) − ln(4 / 35) = −2.917771 + 2.169054 = −0.748717;
 *   var = 1/2 + 1/4; z = −0.748717 / 0.866025 = −0.864544. Weight 2 × 0.864544 / 1.96 = 0.88 → 0.9, raised to
 *   the lexicon's smallest weight, 1.
 * The words used once on each side have δ = 0 exactly: no lean, never proposed.
 */
describe('suggestEntries: log-odds', () => {
  it('ranks the planted term first, with its pole, counts per label, examples, z and weight', async () => {
    const s = await suggestEntries({ lexicon: miniLexicon, corpus, wordnet: false, minCount: 2, minZ: 0 });
    expect(s.separating).toMatchObject({ skipped: undefined, engagement: 4, confrontation: 4 });
    const terms = s.separating?.terms ?? [];
    expect(terms.map((t) => t.term)).toEqual(['handshake', 'insult']);
    expect(terms[0]).toMatchObject({
      term: 'handshake',
      pole: 'engagement',
      weight: 1.3,
      counts: { engagement: 4, confrontation: 0, mixed: 1, neutral: 0 },
      examples: ['e1', 'e2'],
    });
    expect(terms[0]?.z).toBeCloseTo(1.278207, 5);
    expect(terms[0]?.logOdds).toBeCloseTo(0.71295, 5);
    expect(terms[1]).toMatchObject({ term: 'insult', pole: 'confrontation', weight: 1, counts: { engagement: 0, confrontation: 2, mixed: 0, neutral: 0 }, examples: ['c1', 'c2'] });
    expect(terms[1]?.z).toBeCloseTo(-0.864544, 5);
  });

  it('by default needs 3 statements and |z| ≥ 1, and proposes the term in a holding category the overlay defines', async () => {
    const s = await suggestEntries({ lexicon: miniLexicon, corpus, wordnet: false });
    expect(s.separating?.terms.map((t) => t.term)).toEqual(['handshake']);
    expect(s.synonyms).toBeUndefined();
    expect(s.overlay).toEqual({
      id: 'mini.en.suggested',
      version: miniLexicon.version,
      categories: {
        'suggested-engagement': {
          pole: 'engagement',
          description: 'Proposed by stancetrack from labelled statements; move each entry to a fitting engagement category.',
        },
      },
      entries: [
        {
          term: 'handshake',
          pole: 'engagement',
          weight: 1.3,
          category: 'suggested-engagement',
          note: 'log-odds z = 1.28: in 4 engagement and 0 confrontation statements (e.g. e1, e2)',
        },
      ],
    });
    const scorer = createScorer({ lexicons: [mergeLexicons(miniLexicon, s.overlay)] });
    expect(scorer.score('The two leaders shook hands in a long handshake.')).toMatchObject({ label: 'engagement', hits: [{ text: 'handshake', weight: 1.3 }] });
  });
});
