import { describe, expect, it } from 'vitest';
import { createScorer, defaultLexicon, mergeLexicons, StancetrackError } from '../../src/index.js';

const weightOf = (lexicon: typeof defaultLexicon, term: string) => lexicon.entries.find((e) => e.term === term)?.weight;

describe('mergeLexicons', () => {
  it('patches a weight, removes a term and adds an entry, later overlays winning', () => {
    const merged = mergeLexicons(
      defaultLexicon,
      { id: 'a', entries: [{ term: 'dialogue', weight: 3 }] },
      { id: 'b', version: '2.0.0', entries: [{ term: 'dialogue', weight: 3.5 }, { term: 'tariff truce', pole: 'engagement', weight: 2, category: 'de-escalation' }], remove: ['sanction'] },
    );
    expect(weightOf(merged, 'dialogue')).toBe(3.5);
    expect(weightOf(merged, 'tariff truce')).toBe(2);
    expect(weightOf(merged, 'sanction')).toBeUndefined();
    expect(merged.id).toBe('diplomacy.en+a+b');
    expect(merged.version).toBe(`${defaultLexicon.version}+2.0.0`);
  });

  it('leaves the base and the overlays unchanged', () => {
    const before = JSON.stringify(defaultLexicon);
    const overlay = { id: 'a', entries: [{ term: 'dialogue', weight: 3 }] };
    mergeLexicons(defaultLexicon, overlay);
    expect(JSON.stringify(defaultLexicon)).toBe(before);
    expect(overlay).toEqual({ id: 'a', entries: [{ term: 'dialogue', weight: 3 }] });
  });

  it('replaces a params group, which changes scores', () => {
    const strict = mergeLexicons(defaultLexicon, { id: 'strict', params: { labels: { neutralBelow: 0.99, mixedBalance: 0.34, note: 'test' } } });
    expect(createScorer({ lexicons: [strict] }).score('Seoul offered talks.').label).toBe('neutral');
  });

  it('names the overlay and path of a bad patch', () => {
    expect(() => mergeLexicons(defaultLexicon, { id: 'a', entries: [{ term: 'dialogue', weight: -2 }] })).toThrow(
      /overlays\[0\] is invalid \(1 problem\):\n {2}entries\[0\]\.weight: expected a number > 0, found -2/,
    );
  });

  it('rejects a new term that lacks pole, weight or category', () => {
    try {
      mergeLexicons(defaultLexicon, { id: 'a', entries: [{ term: 'brand new term' }] });
      expect.unreachable();
    } catch (error) {
      expect((error as StancetrackError).code).toBe('E_LEXICON');
      expect((error as StancetrackError).issues.map((i) => i.path).sort()).toEqual(
        [`entries[${defaultLexicon.entries.length}].category`, `entries[${defaultLexicon.entries.length}].pole`, `entries[${defaultLexicon.entries.length}].weight`].sort(),
      );
    }
  });
});
