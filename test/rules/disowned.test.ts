import { describe, expect, it } from 'vitest';
import { defaultScorer, defaultScorerWithout, hitRows } from '../helpers.js';

const FEE = "Argentina imposed a so-called 'border cooperation fee' on every Bolivian truck, a levy exporters called a blockade.";

describe('disowned', () => {
  it('a name the speaker disowns is no act of engagement: its engagement hits count 0', () => {
    expect(hitRows(FEE, defaultScorer()).find(([term]) => term === 'cooperation')).toEqual(['cooperation', 0, ['disowned:so-called']]);
    expect(defaultScorer().score(FEE).label).toBe('confrontation');
    expect(hitRows('The self-styled peace council opened an office in Goma.', defaultScorer())).toEqual([['peace', 0, ['disowned:self-styled']]]);
  });

  it('leaves what counts against: a disowned name of a hostile act, and a refused one', () => {
    expect(hitRows('The so-called sanctions will not stop us.', defaultScorer())[0]?.[2]).toEqual([]);
    const refused = hitRows('Mogadishu rejects the so-called memorandum of understanding.', defaultScorer());
    expect(refused).toEqual([['memorandum of understanding', expect.any(Number), ['refusal:rejects']]]);
    expect(refused[0]?.[1]).toBeLessThan(0);
  });

  it('reads only the noun phrase right after the word', () => {
    expect(hitRows('The so-called observers left, and the talks resumed.', defaultScorer()).find(([term]) => term === 'talks')?.[2]).toEqual([]);
  });

  it('is off without params.disowned', () => {
    expect(hitRows(FEE, defaultScorerWithout('params', 'disowned')).find(([term]) => term === 'cooperation')?.[2]).toEqual([]);
  });
});
