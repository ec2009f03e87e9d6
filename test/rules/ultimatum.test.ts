import { describe, expect, it } from 'vitest';
import { defaultScorer, defaultScorerWithout, hitRows } from '../helpers.js';

const rows = (text: string) => hitRows(text, defaultScorer()).map(([word, contribution, modifiers]) => [word, Math.sign(contribution), modifiers]);

describe('ultimatum', () => {
  it('counts the engagement an ultimatum demands 0: the act is the other side\'s to do under threat', () => {
    expect(rows('Merz told Moscow to accept an unconditional ceasefire by Monday or face massive new sanctions.')).toEqual([
      ['accept', 0, ['ultimatum:or face']],
      ['ceasefire', 0, ['ultimatum:or face']],
      ['or face', -1, []],
      ['sanctions', -1, ['intensifier:massive']],
    ]);
    expect(defaultScorer().score('Russia must withdraw its troops or face sanctions.').label).toBe('confrontation');
  });

  it('needs the "to" before a verb or a modal that asks for the act', () => {
    expect(rows('Seoul offered talks or face nothing.')[0]).toEqual(['offered', 1, []]);
  });

  it('is off without params.cessations', () => {
    const without = defaultScorerWithout('params', 'cessations');
    expect(hitRows('Merz told Moscow to accept a ceasefire or face sanctions.', without).map(([word, contribution]) => [word, contribution > 0])).toEqual([
      ['accept', true],
      ['ceasefire', true],
      ['or face', false],
      ['sanctions', false],
    ]);
  });
});
