import { describe, expect, it } from 'vitest';
import { defaultScorer, hitRows as hits, miniScorer, miniScorerWithout } from '../helpers.js';

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

  it('a game score after a name or before a result is a word of sport ("crushed Barbados 78-41", "beat Tanzania 3–1", "a 2-0 win")', () => {
    const scorer = defaultScorer();
    expect(hits('The Sunshine Girls crushed Barbados 78-41 in Kingston on Sunday.', scorer)).toEqual([['crushed', 0, ['arena:78-41']]]);
    expect(hits('Uganda beat Tanzania 3–1 in Kampala.', scorer)).toEqual([['beat', 0, ['arena:3–1']]]);
    expect(hits('The visitors crushed Lyon in a 2-0 win.', scorer)).toEqual([['crushed', 0, ['arena:2-0']]]);
    // A vote, a span of dates or a count is no score.
    expect(hits('Troops clashed on 3-4 March near the border.', scorer)).toEqual([['clashed', -2.4, []]]);
    expect(hits('The Senate voted 52-48 to authorise strikes on the rebels.', scorer)).toEqual([['strikes on', -2.8, []]]);
  });

  it('needs a word of sport in the sentence', () => {
    expect(hits('The army launched an attack on the city.')).toEqual([['attack', -3, []]]);
  });

  it('is off without params.arenas', () => {
    const without = miniScorerWithout('params', 'arenas');
    expect(hits('Lyon launched a late attack on Marseille at the stadium.', without)).toEqual([['attack', -3, []]]);
  });
});
