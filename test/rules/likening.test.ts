import { describe, expect, it } from 'vitest';
import { defaultScorer, hitRows } from '../helpers.js';

const rows = (text: string) => hitRows(text, defaultScorer());

describe('likening', () => {
  it('counts 0 the engagement likened to a futile act ("is like pouring water into sand")', () => {
    expect(rows('Negotiating with Managua is like pouring water into sand, the minister said.')).toEqual([
      ['Negotiating', 0, ['likened:pour water into sand']],
      ['pouring water into sand', -1.4, []],
    ]);
    expect(defaultScorer().score('Negotiating a truce with the rebels has been like pouring water into sand.').label).toBe('confrontation');
  });

  it('reaches only the clause before the form of "be"', () => {
    expect(rows('We welcomed the talks, but dealing with them is like pouring water into sand.')[0]).toEqual(['welcomed', 0.5, ['contrast-before:but']]);
  });

  it('leaves engagement likened to nothing hostile', () => {
    expect(rows('Peace is like a garden.')).toEqual([['Peace', 1.4, []]]);
  });
});
