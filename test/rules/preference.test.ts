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

  it('needs the second act right after "over": "talks over the border attack" are about the attack', () => {
    expect(hitRows('The two sides held talks over the border attack.', defaultScorer()).map(([, , modifiers]) => modifiers)).toEqual([[], ['agenda:talks']]);
  });
});
