import { describe, expect, it } from 'vitest';
import { defaultScorer, hitRows } from '../helpers.js';

describe('preference', () => {
  it('of two acts joined by "over", the one passed over counts 0 ("chose dialogue over confrontation")', () => {
    expect(hitRows('Both governments chose dialogue over confrontation.', defaultScorer())).toEqual([
      ['dialogue', 1.6, []],
      ['confrontation', 0, ['preference:dialogue']],
    ]);
    expect(defaultScorer().score('Pyongyang prefers confrontation over dialogue.').label).toBe('confrontation');
  });

  it('after "prefer", "to" joins them as "over" does ("preferred \'dialogue to punishment\'"); elsewhere "to" does not ("moved from dialogue to punishment")', () => {
    expect(hitRows("Brasília said it preferred 'dialogue to punishment'.", defaultScorer())).toEqual([
      ['dialogue', 1.6, []],
      ['punishment', 0, ['preference:dialogue']],
    ]);
    // wink-nlp tags "preferred" here as an adjective.
    expect(hitRows('The minister said Jakarta preferred dialogue to punishment.', defaultScorer()).map(([, , modifiers]) => modifiers)).toEqual([[], ['preference:dialogue']]);
    expect(hitRows('They moved from dialogue to punishment.', defaultScorer()).map(([, , modifiers]) => modifiers)).toEqual([[], []]);
  });

  it('needs the second act right after "over": "talks over the border attack" are about the attack', () => {
    expect(hitRows('The two sides held talks over the border attack.', defaultScorer()).map(([, , modifiers]) => modifiers)).toEqual([[], ['agenda:talks']]);
  });
});
