import { describe, expect, it } from 'vitest';
import { createScorer, defaultLexicon, mergeLexicons } from '../../src/index.js';
import { thrown } from '../helpers.js';

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

  it('names the overlay by id and position, and locates a bad patch in it with its term', () => {
    expect(() => mergeLexicons(defaultLexicon, { id: 'a', entries: [{ term: 'dialogue', weight: -2 }] })).toThrow(
      /overlay "a" \(overlays\[0\]\) is invalid \(1 problem\):\n {2}entries\[0\]\.weight: term "dialogue": expected a number > 0, found -2/,
    );
  });

  it('locates a problem found only in the merged lexicon in the overlay, not in the merge', () => {
    // "tariff" is an entry of the default lexicon, so the patch is valid alone and the merge is not.
    const error = thrown(() => mergeLexicons(defaultLexicon, { id: 'ok' }, { id: 'x', entries: [{ term: 'dialogue', weight: 2 }, { term: 'tariff', category: 'nope' }] }));
    expect(error.message).toMatch(/^stancetrack: overlay "x" \(overlays\[1\]\) is invalid \(1 problem\):/);
    expect(error.issues).toEqual([{ path: 'entries[1].category', message: 'term "tariff": expected a key of "categories", found "nope"; add the category or fix the name' }]);
  });

  it('rejects a new term that lacks pole, weight or category, at its place in the overlay', () => {
    const error = thrown(() => mergeLexicons(defaultLexicon, { id: 'a', entries: [{ term: 'dialogue', weight: 2 }, { term: 'brand new term' }] }));
    expect(error.code).toBe('E_LEXICON');
    expect(error.issues.map((i) => i.path).sort()).toEqual(['entries[1].category', 'entries[1].pole', 'entries[1].weight']);
    expect(error.issues[0]?.message).toBe('term "brand new term": required field is missing; a term not in diplomacy.en needs pole, weight and category');
  });

  it("blames a category's new pole on the overlay's category, naming the base entries it contradicts", () => {
    const error = thrown(() => mergeLexicons(defaultLexicon, { id: 'flip', categories: { aid: { pole: 'confrontation', description: 'flipped' } } }));
    const sample = defaultLexicon.entries.findIndex((e) => e.category === 'aid');
    expect(error.issues).toContainEqual({
      path: 'categories.aid',
      message: `diplomacy.en's entries[${sample}].pole: term "${defaultLexicon.entries[sample]?.term}": expected "confrontation" (the pole of category "aid"), found "engagement"`,
    });
    expect(error.issues.every((i) => i.path === 'categories.aid')).toBe(true);
  });

  it('names the base when it is not a valid lexicon, and an overlay that is no object', () => {
    expect(thrown(() => mergeLexicons(null as never)).message).toContain('base is invalid (1 problem):\n  (root): expected Object, found null');
    expect(thrown(() => mergeLexicons({} as never, { id: 'x' })).issues).toContainEqual({ path: 'entries', message: 'required field is missing' });
    expect(thrown(() => mergeLexicons(defaultLexicon, null as never)).message).toContain('overlays[0] is invalid (1 problem):\n  (root): expected Object, found null');
  });

  it('rejects a category named __proto__ or constructor, which would otherwise vanish', () => {
    const overlay = JSON.parse('{"id": "p", "categories": {"__proto__": {"polar": 1}, "constructor": {"pole": "engagement", "description": "x"}}}');
    expect(thrown(() => mergeLexicons(defaultLexicon, overlay)).issues.map((i) => i.path)).toEqual(['categories.__proto__', 'categories.constructor']);
  });
});

