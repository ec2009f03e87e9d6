import { describe, expect, it } from 'vitest';
import { createScorer, loadLexicon } from '../../src/index.js';
import { miniLexicon, miniScorer } from '../helpers.js';

const juxtaposing = (balance: number | undefined, oneSidedMixed = false, whileDurations?: string[]) =>
  createScorer({
    lexicons: [
      loadLexicon({
        ...miniLexicon,
        params: {
          ...miniLexicon.params,
          labels: { neutralBelow: miniLexicon.params.labels.neutralBelow, mixedBalance: 0.34, note: 'test', oneSidedMixed, ...(balance === undefined ? {} : { juxtaposedBalance: balance }), ...(whileDurations === undefined ? {} : { whileDurations }) },
        },
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

  it('with labels.oneSidedMixed, known acts on one side only and a verb on the other are mixed: the other act is unscored', () => {
    const oneSided = 'They condemned the attack while the ministers signed the accords.';
    expect(juxtaposing(0.7, true).score(oneSided).label).toBe('mixed');
    expect(juxtaposing(0.7, true).score(oneSided).confidence).toBe(0);
    expect(juxtaposing(0.7, false).score(oneSided).label).toBe('confrontation');
    // Without a verb on the other side there is no second act.
    expect(juxtaposing(0.7, true).score('They condemned the attack while in Paris.').label).toBe('confrontation');
  });

  it('a "while" clause ending on a verb of labels.whileDurations says how long, not a second act', () => {
    const timed = 'They condemned the attack while the rains continue.';
    expect(juxtaposing(0.7, true).score(timed).label).toBe('mixed');
    expect(juxtaposing(0.7, true, ['continue']).score(timed).label).toBe('confrontation');
    const scorer = createScorer();
    expect(scorer.score('Tehran would supply electricity to Syunik while the Armenian grid is repaired this winter.').label).toBe('engagement');
    expect(scorer.score('Bhutan will keep the crossing open to Indian traders while road works on the border highway continue.').label).toBe('engagement');
    // A clause that goes on to another verb, or has no subject of its own, is a second act.
    expect(scorer.score('Tehran would supply electricity to Syunik while the commissions continue their work on marking the border.').label).toBe('mixed');
    expect(scorer.score('Tehran would supply electricity to Syunik while continuing to hold the disputed villages.').label).toBe('mixed');
  });

  it('acts past the phrase a one-word preposition opens belong to the main clause: no second act beside them', () => {
    const scorer = createScorer();
    expect(scorer.score('Speaking in Kyiv alongside the leaders of France and Poland, Merz condemned the attack on Odesa.').label).toBe('confrontation');
    // Acts inside the phrase, with a verb before it, are still one-sided.
    expect(scorer.score('Merz spoke in Kyiv alongside a condemnation of the attack.').label).toBe('mixed');
  });

  it('a negated or refused act before "while" states a condition, not a pair', () => {
    expect(juxtaposing(0.7, true).score('There will be no dialogue while their tanks stand on our land.').label).toBe('confrontation');
  });

  it('so does an act whose entry writes its own negator ("not sit idly by")', () => {
    const result = createScorer().score('Cairo said it would not sit idly by while its water share shrank.');
    expect(result.hits.map((h) => h.entry)).toEqual(['not sit idly by']);
    expect(result.label).toBe('confrontation');
    // A verb of reversal opening an entry reverses an act rather than negating one: still a pair.
    expect(createScorer().score('Israel withdrew troops from two villages while keeping five hilltop positions.').label).toBe('mixed');
  });

  it('a text is one-sided only when every sentence with hits is', () => {
    const result = juxtaposing(0.7, true).score('They condemned the attack while the ministers signed the accords. They condemned the annexation.');
    expect(result.sentences.map((s) => s.label)).toEqual(['mixed', 'confrontation']);
    expect(result.label).toBe('confrontation');
  });

  it('two clauses joined by "and" with their acts on opposite sides are set side by side too', () => {
    expect(juxtaposing(0.7).score('They condemned the attack, and they welcomed the dialogue.').label).toBe('mixed');
    expect(juxtaposing(0.7).score('They condemned the attack and would welcome the dialogue.').label).toBe('mixed');
    // Acts of one side on both sides of "and" are no pair.
    expect(juxtaposing(0.7).score('They condemned the attack, and they condemned the annexation.').label).toBe('confrontation');
    // "and" joining two verbs of one subject opens no clause.
    expect(juxtaposing(0.7).score('They condemned the attack and welcomed the dialogue.').label).toBe('confrontation');
    // A contrast marker weighs the sentence's acts against each other already.
    expect(juxtaposing(0.7).score('Despite the attack, they welcomed the dialogue, and they condemned the annexation.').label).toBe('confrontation');
  });

  it('is off without labels.juxtaposedBalance', () => {
    expect(juxtaposing(undefined).score(sideBySide).label).toBe('confrontation');
    expect(juxtaposing(undefined).score('They condemned the attack, and they welcomed the dialogue.').label).toBe('confrontation');
  });
});
