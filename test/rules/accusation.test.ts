import { describe, expect, it } from 'vitest';
import { defaultScorer, hitRows, miniScorerWithout } from '../helpers.js';

const hits = (text: string) => hitRows(text, defaultScorer()).map(([term, contribution, modifiers]) => [term, Math.sign(contribution), modifiers]);

describe('accusation', () => {
  it('what an actor is accused of is its act as the speaker tells it: the engagement it names counts 0', () => {
    expect(hits('He accused Algiers of treating the armed groups as equal partners.')).toEqual([
      ['accused', -1, []],
      ['partners', 0, ['accusation:accused']],
    ]);
    expect(defaultScorer().score('He accused Algiers of treating the armed groups as equal partners.').label).toBe('confrontation');
  });

  it('reads "for" after blame and criticism, and leaves confrontation in the reason counting', () => {
    expect(hits('Pyongyang criticised Seoul for seeking talks with Washington.')).toEqual([
      ['criticised', -1, []],
      ['talks', 0, ['accusation:criticised']],
    ]);
    expect(hits('He accused Seoul of preparing an attack.')).toEqual([
      ['accused', -1, []],
      ['attack', -1, []],
    ]);
  });

  it('reads a word tagged as a verb after a determiner or a preposition as a noun of the reason', () => {
    expect(hits('Marape criticised Beijing for its offers of police equipment.')).toEqual([
      ['criticised', -1, []],
      ['offers', 0, ['accusation:criticised']],
    ]);
    expect(hits('Marape criticised Beijing for approaching governors directly with offers of police equipment.')).toEqual([
      ['criticised', -1, []],
      ['offers', 0, ['accusation:criticised']],
    ]);
  });

  it('ends the reason at the next verb ("Accusations of collusion … have strained the partnership")', () => {
    expect(hits('Accusations of collusion with the rebels have strained the partnership.')).toEqual([
      ['Accusations', -1, []],
      ['partnership', 1, []],
    ]);
  });

  it('is off without params.accusations', () => {
    const rows = hitRows('He accused Algiers of treating the armed groups as equal partners.', miniScorerWithout('params', 'accusations'));
    expect(rows.some(([, , modifiers]) => modifiers.some((m) => m.startsWith('accusation:')))).toBe(false);
  });
});
