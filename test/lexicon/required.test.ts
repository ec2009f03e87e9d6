import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultLexicon } from '../../src/index.js';
import { compileLexicon, indexPatterns, type Pattern, type PatternIndex } from '../../src/lexicon/compile.js';
import { matchPatterns } from '../../src/lexicon/match.js';
import { createNlp } from '../../src/nlp/index.js';

const nlp = createNlp();
const compiled = compileLexicon(defaultLexicon, nlp);

/** The same index with no required words, so every candidate is tried at every place (the matcher before `Pattern.required`). */
function withoutRequired(index: PatternIndex): PatternIndex {
  const copies = new Map<Pattern, Pattern>();
  const copy = (pattern: Pattern) => copies.get(pattern) ?? copies.set(pattern, { ...pattern, required: [] }).get(pattern)!;
  const strip = (map: ReadonlyMap<string, readonly Pattern[]>) => new Map([...map].map(([key, list]) => [key, list.map(copy)]));
  return { byWord: strip(index.byWord), byPrefix: strip(index.byPrefix), prefixLengths: index.prefixLengths };
}
const unfiltered = withoutRequired(compiled);

const matched = (index: PatternIndex, text: string) => matchPatterns(index, nlp.analyze(text).tokens).map((m) => [m.pattern.term, m.first, m.last]);

describe('Pattern.required', () => {
  it('holds each later word as a form and a lemma, but a determiner and a prefix', () => {
    const spec = (term: string, index: number) => ({ kind: 'entry' as const, term, exact: false, priority: 1, index, isIdiom: false });
    const index = indexPatterns([spec('close its port', 0), spec('troops be =withdrawn', 1), spec('military escalat*', 2), spec('reached a deal', 3)], nlp);
    const required = (first: string) => (index.byWord.get(first) ?? index.byPrefix.get(first) ?? []).map((p) => p.required);
    expect(required('close')).toEqual([['port', 'port']]);
    expect(required('troops')).toEqual([['be', 'be', 'withdrawn', 'withdraw']]);
    expect(required('military')).toEqual([[]]);
    expect(required('reached')).toEqual([['a', 'a', 'deal', 'deal']]);
  });
});

describe('matchPatterns with required words', () => {
  it('finds what trying every candidate finds, in phrases that skip words and stand a name for a determiner', () => {
    const texts = [
      'Talks on the border were not held, and the crossings were once again suspended.',
      'Tehran closed Iranian ports; they will not be deterred and are not interested in talks.',
      'Their fists are clenched, but the door to a peace treaty with Baku was closed.',
      'It was abruptly called off. Our hand is still stretched out to Pyongyang.',
      // "accession talks" found by the lemma of "talk".
      'Ankara said the accession talk was over.',
    ];
    for (const text of texts) expect(matched(compiled, text)).toEqual(matched(unfiltered, text));
    expect(matched(compiled, texts[0] as string).length).toBeGreaterThan(2);
  });

  it('finds what trying every candidate finds, in any sequence of lexicon words and fillers', () => {
    // Whole terms, some with a word inflected (so a word is found by its lemma where the term writes
    // another form), among lexicon words and fillers that phrases skip or stop at.
    const terms = defaultLexicon.entries.concat(defaultLexicon.idioms).map((e) => e.term.replace(/[*=]/g, ''));
    const inflect = (term: string, k: number) => term.split(' ').map((w, i) => (i === k % 3 ? w.replace(/s$/, '') || w : w)).join(' ');
    const fillers = ['the', 'its', 'Iranian', 'two', '25', '%', 'not', 'be', 'was', 'were', 'would', 'Baku', "'s", ',', '.', 'once', 'again', 'to', 'on', 'with'];
    const word = fc.oneof(fc.constantFrom(...terms), fc.tuple(fc.constantFrom(...terms), fc.nat()).map(([t, k]) => inflect(t, k)), fc.constantFrom(...terms.flatMap((t) => t.split(' '))), fc.constantFrom(...fillers));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), (words) => {
        const text = words.join(' ');
        expect(matched(compiled, text)).toEqual(matched(unfiltered, text));
      }),
      { numRuns: 500 },
    );
  });
});
