import { describe, expect, it } from 'vitest';
import { createScorer, type Scorer } from '../../src/index.js';
import { hitRows } from '../helpers.js';

let scorer: Scorer | undefined;
const full = (): Scorer => (scorer ??= createScorer());

describe('preference', () => {
  it('of two acts joined by "over", the one passed over counts 0 ("chose dialogue over confrontation")', () => {
    expect(hitRows('Both governments chose dialogue over confrontation.', full())).toEqual([
      ['dialogue', 1.6, []],
      ['confrontation', 0, ['preference:dialogue']],
    ]);
    expect(full().score('Pyongyang prefers confrontation over dialogue.').label).toBe('confrontation');
  });

  it('needs the second act right after "over": "talks over the border attack" are about the attack', () => {
    expect(hitRows('The two sides held talks over the border attack.', full()).map(([, , modifiers]) => modifiers)).toEqual([[], ['agenda:talks']]);
  });
});
