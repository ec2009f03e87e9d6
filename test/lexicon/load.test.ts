import { describe, expect, it } from 'vitest';
import { defaultLexicon, loadLexicon, StancetrackError, validateLexicon } from '../../src/index.js';

const base = JSON.parse(JSON.stringify(defaultLexicon)) as Record<string, unknown> & { entries: Record<string, unknown>[] };
const withEntries = (entries: unknown[]) => ({ ...base, entries });
const good = { term: 'dialogue', pole: 'engagement', weight: 1.5, category: 'consult' };

function issuesOf(input: unknown) {
  const result = validateLexicon(input);
  return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('validateLexicon', () => {
  it('accepts the default lexicon', () => {
    expect(validateLexicon(base).ok).toBe(true);
  });

  it.each([
    { entry: { ...good, weight: 'heavy' }, expect: 'entries[1].weight: expected number, found "heavy"' },
    { entry: { ...good, weight: 0 }, expect: 'entries[1].weight: expected a number > 0, found 0' },
    { entry: { ...good, weight: -1 }, expect: 'entries[1].weight: expected a number > 0, found -1' },
    { entry: { ...good, weight: Number.NaN }, expect: 'entries[1].weight: expected number, found NaN' },
    { entry: { ...good, weight: Infinity }, expect: 'entries[1].weight: expected a finite number, found Infinity' },
    { entry: { ...good, pole: 'peace' }, expect: 'entries[1].pole: expected ("engagement" | "confrontation"), found "peace"' },
    { entry: { ...good, term: 'esc*alate' }, expect: 'entries[1].term: expected words with at most one trailing "*" wildcard, found "esc*alate"' },
    { entry: { ...good, colour: 'red' }, expect: 'entries[1].colour: unknown field' },
    { entry: { ...good, term: '' }, expect: 'entries[1].term: expected a non-empty term, found ""' },
  ])('names the JSON path and the problem: $expect', ({ entry, expect: expected }) => {
    const issues = issuesOf(withEntries([{ ...good, term: 'talk' }, entry]));
    expect(issues.some((i) => i.startsWith(expected))).toBe(true);
  });

  it('reports every problem, not only the first', () => {
    expect(issuesOf(withEntries([{ ...good, weight: 0 }, { ...good, term: 'talk', pole: 'x' }, { ...good, term: 'x', category: 1 }]))).toHaveLength(3);
  });

  it('rejects duplicate terms, ignoring case and spacing, and names the first copy', () => {
    expect(issuesOf(withEntries([good, { ...good, term: 'Dialogue' }]))).toEqual([
      'entries[1].term: duplicate of entries[0].term ("Dialogue"); keep one entry per term',
    ]);
  });

  it("rejects a `pos` that is no Universal POS tag, and an empty one", () => {
    const issues = issuesOf(withEntries([{ ...good, pos: ['VRB'] }, { ...good, term: 'talk', pos: [] }]));
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatch(/^entries\[0\]\.pos\[0\]: /);
    expect(issues[1]).toBe('entries[1].pos: expected at least one part of speech, found 0');
  });

  it('rejects terms that differ in a determiner after the first word only, which match the same words, and says why', () => {
    expect(issuesOf(withEntries([{ ...good, term: 'close its port' }, { ...good, term: 'close the port' }, { ...good, term: 'close =its port' }]))).toEqual([
      'entries[1].term: duplicate of entries[0].term ("close the port") (as "close its port": determiners after the first word match each other); keep one entry per term',
    ]);
  });

  it('rejects the same words in two lists, where only one of them could ever act', () => {
    const negators = (base.modifiers as { negators: { term: string }[] }).negators;
    const lift = negators.findIndex((n) => n.term === 'lift');
    expect(issuesOf(withEntries([good, { ...good, term: 'Lift', pole: 'engagement' }]))).toEqual([
      `modifiers.negators[${lift}].term: "lift" is also entries[1]; where both match, only one of them acts (idioms over modifiers over entries), so keep one`,
    ]);
  });

  it('rejects an unknown category and a pole that disagrees with its category', () => {
    expect(issuesOf(withEntries([{ ...good, category: 'friendship' }, { ...good, term: 'war', pole: 'confrontation' }]))).toEqual([
      'entries[0].category: expected a key of "categories", found "friendship"; add the category or fix the name',
      'entries[1].pole: expected "engagement" (the pole of category "consult"), found "confrontation"',
    ]);
  });

  it("rejects a negator's `alone` with an unknown category", () => {
    const modifiers = base.modifiers as { negators: Record<string, unknown>[] };
    const negators = [{ term: 'unblock', alone: { weight: 1, category: 'thaw' } }, ...modifiers.negators];
    expect(issuesOf({ ...base, modifiers: { ...modifiers, negators } })).toEqual([
      'modifiers.negators[0].alone.category: expected a key of "categories", found "thaw"; add the category or fix the name',
    ]);
  });

  it("accepts a negator's flip factor of 0 (what a denial governs counts nothing) and rejects a negative one", () => {
    const modifiers = base.modifiers as { negators: Record<string, unknown>[] };
    const with_ = (confrontationFlip: number) => ({ ...base, modifiers: { ...modifiers, negators: [{ term: 'disavow', confrontationFlip }, ...modifiers.negators] } });
    expect(issuesOf(with_(0))).toEqual([]);
    expect(issuesOf(with_(-0.5))).toEqual(['modifiers.negators[0].confrontationFlip: expected a number ≥ 0, found -0.5']);
  });

  it('rejects absurd sizes: more than 200,000 entries, or a term over 120 characters', () => {
    const many = Array.from({ length: 200_001 }, (_, i) => ({ ...good, term: `t${i}` }));
    expect(issuesOf(withEntries(many)).some((i) => i.startsWith('entries: expected at most 200000 entries'))).toBe(true);
    expect(issuesOf(withEntries([{ ...good, term: 'x'.repeat(121) }]))[0]).toMatch(/^entries\[0\]\.term: expected a term of at most 120 characters/);
  });

  it('rejects a one-word idiom', () => {
    expect(issuesOf({ ...base, idioms: [{ ...good, term: 'branch' }] })[0]).toMatch(/^idioms\[0\]\.term: expected a phrase/);
  });
});

describe('loadLexicon', () => {
  it('parses JSON text and returns a frozen lexicon', () => {
    const lexicon = loadLexicon(JSON.stringify(base));
    expect(Object.isFrozen(lexicon)).toBe(true);
    expect(Object.isFrozen(lexicon.entries[0])).toBe(true);
    expect(Object.isFrozen(lexicon.params.negation)).toBe(true);
  });

  it('throws E_LEXICON with every issue, and the source name in the message', () => {
    try {
      loadLexicon(withEntries([{ ...good, weight: 0 }]), 'my.json');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(StancetrackError);
      expect((error as StancetrackError).code).toBe('E_LEXICON');
      expect((error as StancetrackError).message).toContain('my.json is invalid (1 problem)');
      expect((error as StancetrackError).issues).toEqual([{ path: 'entries[0].weight', message: 'expected a number > 0, found 0' }]);
    }
  });

  it('throws E_LEXICON on invalid JSON text', () => {
    expect(() => loadLexicon('{"id": ')).toThrow(/lexicon: expected JSON text, found invalid JSON/);
  });

  it('does not let __proto__, constructor or prototype keys pollute prototypes', () => {
    const hostile = `{"__proto__": {"polluted": 1}, "categories": {"constructor": {"prototype": {"polluted": 1}}}}`;
    expect(() => loadLexicon(hostile)).toThrow(StancetrackError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects categories named __proto__ or constructor, even of a bad shape, which validation would skip', () => {
    const categories = JSON.stringify(base.categories).replace(/^\{/, '{"__proto__": {"polar": 1}, "constructor": {"polar": 1}, ');
    const hostile = JSON.parse(JSON.stringify(base).replace(JSON.stringify(base.categories), categories));
    expect(issuesOf(hostile)).toEqual([
      'categories.__proto__: "__proto__" cannot be a category id (JavaScript reserves the name); rename the category',
      'categories.constructor: "constructor" cannot be a category id (JavaScript reserves the name); rename the category',
    ]);
  });

  it('returns a lexicon it validated as it is, and validates a frozen object it did not', () => {
    const loaded = loadLexicon(base);
    expect(loadLexicon(loaded)).toBe(loaded);
    const frozen = Object.freeze(withEntries([{ ...good, weight: -3 }]));
    expect(() => loadLexicon(frozen)).toThrow(/entries\[0\]\.weight: expected a number > 0, found -3/);
  });

  it('does not share structure with the caller: changing the input later changes nothing', () => {
    const input = JSON.parse(JSON.stringify(base)) as typeof base;
    const lexicon = loadLexicon(input);
    (input.entries[0] as { weight: number }).weight = 4.9;
    expect(lexicon.entries[0]?.weight).toBe(base.entries[0]?.weight);
  });
});
