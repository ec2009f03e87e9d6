import { describe, expect, it } from 'vitest';
import { contributions, miniScorer, modifier, params, round } from '../helpers.js';

describe('intensity', () => {
  it.each([
    { text: 'They strongly condemn the attack.', expect: [['condemn', round(-1.5 * modifier('intensifiers', 'strongly'))], ['attack', -3]] },
    { text: 'We are gradually reducing tensions.', expect: [['reduce tension', round(2 * modifier('dampeners', 'gradually'))]] },
    { text: 'We keep a strong deterrent.', expect: [['deterrent', round(-1.5 * modifier('intensifiers', 'strong'))]] },
  ])('scales the nearest following hit: "$text"', ({ text, expect: expected }) => {
    expect(contributions(text)).toEqual(expected);
  });

  it('reaches a refused hit through its refusal marker', () => {
    expect(contributions('They flatly rejected the proposal.')).toEqual([
      ['proposal', round(-1 * params.refusal.engagementFlip * modifier('intensifiers', 'flatly'))],
    ]);
  });

  it('does not reach past params.modifiers.window tokens', () => {
    expect(contributions(`strongly ${'the '.repeat(params.modifiers.window)}attack`)).toEqual([['attack', -3]]);
  });

  it('scales only the occurrence right after it when the word repeats', () => {
    const hits = miniScorer().score('An attack, then strongly an attack.').hits;
    expect(hits.map((h) => h.modifiers.length)).toEqual([0, 1]);
  });
});
