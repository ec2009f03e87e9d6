import { describe, expect, it } from 'vitest';
import { contributions, defaultScorer, miniScorer, modifier, round } from '../helpers.js';

describe('conditional', () => {
  it('scales every hit of a conditional sentence ("if they attack, we will retaliate")', () => {
    const f = modifier('conditionals', 'if');
    expect(contributions('If they attack, we will retaliate.')).toEqual([
      ['attack', round(-3 * f)],
      ['retaliate', round(-2 * f)],
    ]);
  });

  it('"were to" is a counterfactual only as written: "is to meet" and "was to resume" are schedules', () => {
    const modifiers = (text: string) => miniScorer().score(text).hits.map((h) => h.modifiers);
    expect(modifiers('Were they to attack, or they were to attack, we would retaliate.').flat()).toContain('conditional:were to');
    expect(modifiers('The envoy is to meet the rebels for dialogue on Monday.')).toEqual([[]]);
    expect(modifiers('The dialogue was to resume in Geneva.').flat()).not.toContain('conditional:was to');
  });

  it('a conditional threat leans confrontation but less than the same threat stated outright', () => {
    const conditional = miniScorer().score('If they attack, we will retaliate.');
    const outright = miniScorer().score('They attack, we will retaliate.');
    expect(conditional.label).toBe('confrontation');
    expect(Math.abs(conditional.score)).toBeLessThan(Math.abs(outright.score));
  });

  it('a marker with a condition factor also scales the noun phrase after it: the attack a pact is for is no act ("help each other in the event of an attack")', () => {
    const rows = (text: string) => defaultScorer().score(text).hits.map((h) => [h.entry, Math.sign(h.contribution), h.modifiers]);
    expect(rows('The two countries pledged to help each other in the event of an attack.')).toEqual([
      ['pledge', 1, ['conditional:in the event of']],
      ['help', 1, ['conditional:in the event of']],
      ['attack', 0, ['conditional:in the event of', 'condition:in the event of']],
    ]);
    // Past the noun phrase, a hit is scaled as the rest of the sentence is.
    expect(rows('In case of war, the army would attack.').map(([entry, sign]) => [entry, sign])).toEqual([
      ['war', 0],
      ['attack', -1],
    ]);
    expect(defaultScorer().score('The two countries pledged to help each other in the event of an attack.').label).toBe('engagement');
  });

  it('applies once per sentence even when the marker repeats, and not to other sentences', () => {
    const hits = miniScorer().score('If they attack, if they escalate, we retaliate. Dialogue continues.').hits;
    expect(hits.map((h) => h.modifiers)).toEqual([['conditional:if'], ['conditional:if'], ['conditional:if'], []]);
  });
});
