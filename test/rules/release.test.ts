import { describe, expect, it } from 'vitest';
import { defaultScorer, defaultScorerWithout, hitRows } from '../helpers.js';

const rows = (text: string, scorer = defaultScorer()) => hitRows(text, scorer).map(([term, contribution, modifiers]) => [term, Math.sign(contribution), modifiers]);

describe('release', () => {
  it('a hostile participle right after the people a release names is the harm it undoes, and counts 0 ("released ten Colombian nationals detained near the border")', () => {
    expect(rows('Venezuela released ten Colombian nationals detained near the border.')).toEqual([
      ['released ten Colombian nationals', 1, []],
      ['detained', 0, ['released:released ten colombian nationals']],
    ]);
    expect(defaultScorer().score('Last month your government released 23 Nigerian fishermen detained off Bakassi.').label).toBe('engagement');
  });

  it('reads the people a verb of release that is an entry alone takes as its object the same way ("repatriated 23 Timorese fishermen detained for straying")', () => {
    expect(rows('Indonesia repatriated 23 Timorese fishermen detained for straying into its waters.')).toEqual([
      ['repatriated', 1, []],
      ['detained', 0, ['released:repatriated']],
    ]);
    expect(rows('Indonesia repatriated the fishermen and arrested their captain.').at(-1)).toEqual(['arrested', -1, []]);
  });

  it('leaves a hostile verb that is no participle of the released, or that stands apart from them, as it is', () => {
    expect(rows('The junta released the journalists and detained two others.').map(([term, sign]) => [term, sign])).toEqual([
      ['released the journalists', 1],
      ['detained', -1],
    ]);
  });

  it('is off without params.cessations', () => {
    expect(rows('Venezuela released ten Colombian nationals detained near the border.', defaultScorerWithout('params', 'cessations'))[1]).toEqual(['detained', -1, []]);
  });
});
