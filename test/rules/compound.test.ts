import { describe, expect, it } from 'vitest';
import { defaultScorer, hitRows as hits } from '../helpers.js';

describe('compound', () => {
  it('a noun hit right before a noun hit of the other pole names what the head is about and counts 0', () => {
    expect(hits('The two sides opened sanction talks.')).toEqual([
      ['sanction', 0, ['compound:talks']],
      ['talks', 1, []],
    ]);
    expect(hits('The rebels announced an attack proposal.')).toEqual([
      ['attack', 0, ['compound:proposal']],
      ['proposal', 1, []],
    ]);
  });

  it('the head decides, whichever pole it has ("the peace attack")', () => {
    expect(hits('They called it a peace attack.')).toEqual([
      ['peace', 0, ['compound:attack']],
      ['attack', -3, []],
    ]);
  });

  it('leaves two hits of the same pole, hits with a word between, and adjectives alone', () => {
    expect(hits('They welcomed the peace proposal.')).toEqual([
      ['peace', 1.5, []],
      ['proposal', 1, []],
    ]);
    expect(hits('They discussed the attack and the proposal.')).toEqual([
      ['attack', -3, []],
      ['proposal', 1, []],
    ]);
    expect(hits('Police broke up a peaceful protest.', defaultScorer()).map(([text, , modifiers]) => [text, modifiers])).toEqual([
      ['peaceful', []],
      ['protest', []],
    ]);
  });
});
