import { describe, expect, it } from 'vitest';
import { hitRows as hits, miniScorer, miniScorerWithout } from '../helpers.js';

describe('arena', () => {
  it('in a sentence about a game, fighting words count 0 ("an attack … at the stadium")', () => {
    expect(hits('Lyon launched a late attack on Marseille at the stadium.')).toEqual([['attack', 0, ['arena:stadium']]]);
    expect(miniScorer().score('Lyon launched a late attack on Marseille at the stadium.').label).toBe('neutral');
  });

  it('leaves categories outside params.arenas.categories, and engagement, alone', () => {
    expect(hits('The league will sanction the club and talk to the players at the stadium.')).toEqual([
      ['sanction', -2, []],
      ['talk', 1, []],
    ]);
  });

  it('markets are arenas too: "bank stocks came under attack from short sellers"', () => {
    expect(hits('The Sensex slid as bank stocks came under attack from short sellers.')).toEqual([['attack', 0, ['arena:sensex']]]);
    expect(hits('Oil bulls were routed on Monday, and the stock market had its worst attack of nerves.')).toEqual([['attack', 0, ['arena:stock market']]]);
  });

  it('needs a word of sport in the sentence', () => {
    expect(hits('The army launched an attack on the city.')).toEqual([['attack', -3, []]]);
  });

  it('is off without params.arenas', () => {
    const without = miniScorerWithout('params', 'arenas');
    expect(hits('Lyon launched a late attack on Marseille at the stadium.', without)).toEqual([['attack', -3, []]]);
  });
});
