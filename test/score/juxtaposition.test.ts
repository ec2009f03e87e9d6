import { describe, expect, it } from 'vitest';
import { createScorer, loadLexicon } from '../../src/index.js';
import { miniLexicon, miniScorer } from '../helpers.js';

const juxtaposing = (balance: number | undefined) =>
  createScorer({
    lexicons: [
      loadLexicon({
        ...miniLexicon,
        params: { ...miniLexicon.params, labels: { neutralBelow: miniLexicon.params.labels.neutralBelow, mixedBalance: 0.34, note: 'test', ...(balance === undefined ? {} : { juxtaposedBalance: balance }) } },
        modifiers: { ...miniLexicon.modifiers, juxtapositions: [{ term: 'while' }, { term: 'on the same day' }] },
      }),
    ],
  });

// E = dialogue 2, C = condemn 1.5 + attack 3: |E − C| / (E + C) = 2.5 / 6.5 ≈ 0.38, above mixedBalance.
const sideBySide = 'They condemned the attack while welcoming the dialogue.';

describe('juxtaposition', () => {
  it('two acts set side by side ("… while …") are mixed up to labels.juxtaposedBalance', () => {
    const result = juxtaposing(0.7).score(sideBySide);
    expect(result.label).toBe('mixed');
    expect(result.sentences[0]?.label).toBe('mixed');
  });

  it('the same acts without the marker keep the ordinary mixedBalance and lean confrontation', () => {
    expect(juxtaposing(0.7).score('They condemned the attack and welcomed the dialogue.').label).toBe('confrontation');
  });

  it('applies per sentence: a sentence without the marker keeps its own label', () => {
    const result = juxtaposing(0.7).score(`${sideBySide} They condemned the attack and welcomed the dialogue.`);
    expect(result.sentences.map((s) => s.label)).toEqual(['mixed', 'confrontation']);
  });

  it('in the default lexicon "even as" sets two acts side by side, where it used to concede a clause', () => {
    const text = 'The army prepared an attack even as the government agreed to talks.';
    expect(miniScorer().score(text).label).toBe('mixed');
    expect(miniLexicon.modifiers.contrast.some((c) => c.term === 'even as')).toBe(false);
  });

  it('is off without labels.juxtaposedBalance', () => {
    expect(juxtaposing(undefined).score(sideBySide).label).toBe('confrontation');
  });
});
