import { describe, expect, it } from 'vitest';
import { contributions, defaultScorer, miniScorer, params, round } from '../helpers.js';

describe('polarity', () => {
  it('double negation cancels: two negators over one hit leave it on its pole', () => {
    const [hit] = miniScorer().score('It is not true that we will never attack.').hits;
    expect(hit?.contribution).toBe(-3);
    expect(hit?.negated).toBe(false);
    expect(hit?.modifiers).toEqual(['negation:never', 'negation:not']);
  });

  it('a negator inside another negator\'s scope passes the outer negation on ("no party it is unwilling to talk to")', () => {
    const [hit] = miniScorer().score('There is no party that we are unwilling to talk to.').hits;
    expect([hit?.entry, hit?.negated, hit?.contribution]).toEqual(['talk', false, 1]);
  });

  it('drops a negated entry marked onNegation "drop" instead of flipping it ("will not be deterred")', () => {
    expect(contributions('We will not be deterred by setbacks.')).toEqual([['deter', 0]]);
    expect(miniScorer().score('We will not be deterred by setbacks.').label).toBe('neutral');
  });

  it('keeps a negated entry marked onNegation "keep" as it is ("no one should mistake our patience for weakness")', () => {
    const [hit] = defaultScorer().score('No one should mistake our patience for weakness.').hits;
    expect([hit?.entry, hit?.contribution, hit?.modifiers]).toEqual(['mistake our patience for weakness', -1.6, ['negation:no']]);
  });

  it('uses the refusal factors, not the negation factors, for a refused hit', () => {
    expect(contributions('They rejected the proposal.')).toEqual([['proposal', round(-1 * params.refusal.engagementFlip)]]);
  });
});
