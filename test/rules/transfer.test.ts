import { describe, expect, it } from 'vitest';
import { defaultScorer, hitRows as hits, miniScorer, miniScorerWithout, params } from '../helpers.js';

describe('transfer', () => {
  const weight = params.transfers?.weight ?? 0;

  it('a sum of money given by a verb of giving is an aid hit on the verb', () => {
    expect(hits('Norway will release another 50 million dollars to the fund.')).toEqual([['release', weight, ['transfer']]]);
    expect(hits('Tokyo would fund a $35 million water programme in Yemen.')).toEqual([['fund', weight, ['transfer']]]);
    expect(miniScorer().score('Colombia received 120 million dollars from Washington.').label).toBe('engagement');
  });

  it('goods by weight count as money, moved by a verb of relief, not by a verb of trade or theft', () => {
    expect(hits('The Emirates flew 40 tonnes of medicine and food to eastern Chad.')).toEqual([['flew', weight, ['transfer']]]);
    expect(hits('The agency moved 1,200 tonnes of sorghum into the city.')).toEqual([['moved', weight, ['transfer']]]);
    expect(hits('The bulk carrier was carrying 60,000 tonnes of grain.')).toEqual([]);
    expect(hits('Armed men made off with 1,400 tonnes of food.')).toEqual([]);
  });

  it('is negated like any other hit', () => {
    expect(hits('The EU will not release 500 million euros.').map(([text, contribution]) => [text, contribution])).toEqual([
      ['release', -weight * params.negation.engagementFlip],
    ]);
  });

  it('adds no hit when the verb negates a hostile hit after the sum: the freeze undone counts once', () => {
    expect(hits('Sofia released 12 million euros in frozen project funds.', defaultScorer()).map(([text, , modifiers]) => [text, modifiers])).toEqual([
      ['frozen project funds', ['negation:released']],
    ]);
  });

  it('needs a verb of giving within reach, in the same clause', () => {
    expect(hits('The company paid $5 million.')).toEqual([]);
    expect(hits('They will send, as we heard, $5 million.')).toEqual([]);
  });

  it('is off without params.transfers', () => {
    const without = miniScorerWithout('params', 'transfers');
    expect(hits('Norway will release another 50 million dollars to the fund.', without)).toEqual([]);
  });
});
