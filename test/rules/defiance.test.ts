import { describe, expect, it } from 'vitest';
import { defaultScorer, defaultScorerWithout, hitRows } from '../helpers.js';

const rows = (text: string, scorer = defaultScorer()) => hitRows(text, scorer).map(([term, contribution, modifiers]) => [term, Math.sign(contribution), modifiers]);

describe('defiance', () => {
  it('reads "no" before the subject of a modal and a verb of effect as defiance: the hostile act counts 0 and the verb for confrontation', () => {
    expect(rows('"No pressure from Brussels will change that," the prime minister said.')).toEqual([
      ['pressure', 0, ['negation:no', 'defied:change']],
      ['change', -1, ['defiance:no']],
    ]);
    expect(defaultScorer().score('"The islands are ours, and no ruling from any court will ever change that," the president said.').label).toBe('confrontation');
  });

  it('reads "is going to" as a modal ("no court in Santiago is going to change that")', () => {
    expect(rows('"Pisco is ours, and no court in Santiago is going to change that," the minister said.')).toEqual([['change', -1, ['defiance:no']]]);
  });

  it('adds nothing where a hit stands on the verb already ("will deter us")', () => {
    expect(rows('"No threat from Pristina will deter us," the minister said.')).toEqual([
      ['threat', 0, ['negation:no', 'defied:deter']],
      ['deter', -1, []],
    ]);
  });

  it('affirms a bond the sentence names instead ("no disagreement can change the ties that bind us"), and needs an object', () => {
    expect(rows('No quarrel over fishing can change the friendship between our two peoples.').map(([term]) => term)).not.toContain('change');
    expect(defaultScorer().score('No quarrel over fishing can change the friendship between our two peoples.').label).toBe('engagement');
    expect(rows('No pressure will stop trading with Cuba.').map(([, , modifiers]) => modifiers).flat()).not.toContain('defiance:no');
  });

  it('is off without params.defiance', () => {
    expect(defaultScorerWithout('params', 'defiance').score('"No ruling from any court will ever change that," the president said.').label).toBe('neutral');
  });
});
