import { describe, expect, it } from 'vitest';
import { hitRows as hits, miniScorer, miniScorerWithout, params } from '../helpers.js';

describe('transfer', () => {
  const weight = params.transfers?.weight ?? 0;

  it('a sum of money given by a verb of giving is an aid hit on the verb', () => {
    expect(hits('Norway will release another 50 million dollars to the fund.')).toEqual([['release', weight, ['transfer']]]);
    expect(hits('Tokyo would fund a $35 million water programme in Yemen.')).toEqual([['fund', weight, ['transfer']]]);
    expect(miniScorer().score('Colombia received 120 million dollars from Washington.').label).toBe('engagement');
  });

  it('is negated like any other hit', () => {
    expect(hits('The EU will not release 500 million euros.').map(([text, contribution]) => [text, contribution])).toEqual([
      ['release', -weight * params.negation.engagementFlip],
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
