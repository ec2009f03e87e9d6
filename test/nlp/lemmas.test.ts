import { describe, expect, it } from 'vitest';
import { createNlp } from '../../src/nlp/index.js';

const nlp = createNlp();
const lemmas = (text: string) => Object.fromEntries(nlp.analyze(text).tokens.map((t) => [t.normal, t.lemma]));

describe('lemmas', () => {
  it('lemmatises an -ing form wink-nlp tags as a noun as its verb when an article or pronoun follows', () => {
    expect(lemmas('Algiers responded by closing the crossings.').closing).toBe('close');
    expect(lemmas('after closing its embassy').closing).toBe('close');
    expect(lemmas('The opening of the border was delayed.').opening).toBe('opening');
  });

  it('lemmatises an -ing form wink-nlp tags as a noun as its verb when a number or a name follows', () => {
    expect(lemmas('Washington signalled a thaw, loosening three of the restrictions imposed on Havana.').loosening).toBe('loosen');
    expect(lemmas('Benin answered by opening two crossings.').opening).toBe('open');
    expect(lemmas('Prices of building materials rose.').building).toBe('building');
  });

  it('lemmatises an -ing form wink-nlp tags as a noun as its verb when a particle follows ("ruling out")', () => {
    expect(lemmas('Khamenei spoke on Monday, ruling out any new talks.').ruling).toBe('rule');
    expect(lemmas('The ruling was welcomed.').ruling).toBe('ruling');
  });

  it('lemmatises the last piece of a word wink-nlp keeps whole with its prefix and hyphen, as a verb or a noun', () => {
    expect(lemmas('Tokyo re-engaged with Seoul.')['re-engaged']).toBe('re-engage');
    expect(lemmas('The two sides are de-escalating.')['de-escalating']).toBe('de-escalate');
    expect(lemmas('Ottawa suspended its counter-tariffs.')['counter-tariffs']).toBe('counter-tariff');
    expect(lemmas('The bank co-financed the bridge.')['co-financed']).toBe('co-finance');
    expect(lemmas('A cross-border rail link opened.')['cross-border']).toBe('cross-border');
  });

  it('lemmatises a capitalised word wink-nlp tags as a proper noun in lower case', () => {
    expect(lemmas('Attacks continue.').attacks).toBe('attack');
  });
});
