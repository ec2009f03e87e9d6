import { describe, expect, it } from 'vitest';
import { defaultScorer, defaultScorerWithout, hitRows } from '../helpers.js';

const rows = (text: string) => hitRows(text, defaultScorer());

describe('obstacle', () => {
  it.each([
    ['the "by" phrase before "from"', 'Muscat would not be deterred by the strikes on Iran from carrying messages between Tehran and Washington.', 'strikes on'],
    ['the "by" phrase after it', "Doha 'will not be deterred' from its mediation role in Gaza by the attack on its capital.", 'attack'],
  ])('what fails to deter a speaker from going on with an engagement counts 0: %s', (_how, text, obstacle) => {
    expect(rows(text)).toContainEqual([obstacle, 0, ['obstacle:deterred']]);
    expect(defaultScorer().score(text).label).toBe('engagement');
  });

  it('leaves defiance of the obstacle as it is: no "from" phrase of an engagement ("will not be deterred by Beijing\'s threats and will press ahead")', () => {
    expect(defaultScorer().score('The Commission "will not be deterred" by Beijing\'s threats and will press ahead with its investigation.').label).toBe('confrontation');
    expect(defaultScorer().score('The joint force will not be deterred by terrorists or by those who arm them from across our borders.').label).toBe('confrontation');
  });

  it('needs a negated passive: "the strikes deterred Iran from attacking" names no obstacle', () => {
    expect(rows('The strikes deterred Iran from talks.').map(([, , modifiers]) => modifiers)).not.toContainEqual(['obstacle:deterred']);
  });

  it('is off without params.obstacles', () => {
    expect(defaultScorerWithout('params', 'obstacles').score('Muscat would not be deterred by the strikes on Iran from carrying messages between Tehran and Washington.').label).toBe('confrontation');
  });
});
