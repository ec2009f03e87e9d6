import { describe, expect, it } from 'vitest';
import { defaultScorer, defaultScorerWithout, hitRows } from '../helpers.js';

const PAUSED = 'Wellington paused NZ$20 million in aid to Niue, saying Alofi had not consulted it before signing a partnership agreement with Beijing.';
const HALTED = "Juba ordered a halt to all imports from Uganda, citing Kampala's decision to host the signing of a rebel alliance's charter.";

describe('grievance', () => {
  it('the engagement in the reason given for a hostile act ("saying … had …") counts 0: another side\'s doing, told as a grievance', () => {
    const rows = hitRows(PAUSED, defaultScorer());
    expect(rows.find(([term]) => term === 'partnership')).toEqual(['partnership', 0, ['grievance:saying']]);
    expect(rows.find(([term]) => term === 'agreement')).toEqual(['agreement', 0, ['grievance:saying']]);
    expect(defaultScorer().score(PAUSED).label).toBe('confrontation');
  });

  it('so does what is cited, a noun phrase', () => {
    expect(hitRows(HALTED, defaultScorer()).find(([text]) => text === 'signing')).toEqual(['signing', 0, ['grievance:citing']]);
    expect(defaultScorer().score(HALTED).label).toBe('confrontation');
  });

  it('leaves the speaker\'s own view, said in another tense, and what follows an act that leans engagement', () => {
    const own = hitRows('Vienna suspended the talks with Bratislava, saying cooperation between the two police forces was working well.', defaultScorer());
    expect(own.find(([text]) => text === 'cooperation')?.[2]).toEqual([]);
    const welcomed = hitRows('Ankara welcomed the ceasefire, saying both sides had agreed to talks.', defaultScorer());
    expect(welcomed.find(([text]) => text === 'talks')?.[2]).toEqual([]);
  });

  it('the harm a refused hostile act would do, given as the reason for refusing it ("arguing that … would …"), counts 0', () => {
    const text = 'Ghana declined to back a proposed ECOWAS travel ban on Malian officials, arguing that sanctions would only harden positions in Bamako.';
    expect(hitRows(text, defaultScorer()).find(([text]) => text === 'sanctions')).toEqual(['sanctions', 0, ['grievance:arguing']]);
    expect(defaultScorer().score(text).label).toBe('engagement');
    // The speaker's own plan in another mood keeps its hits.
    const plan = hitRows('Ghana declined to back a proposed travel ban on Malian officials, saying it had imposed sanctions of its own.', defaultScorer());
    expect(plan.find(([text]) => text === 'sanctions')?.[2]).toEqual([]);
  });

  it('is off without params.grievances', () => {
    expect(hitRows(PAUSED, defaultScorerWithout('params', 'grievances')).find(([term]) => term === 'partnership')?.[2]).toEqual([]);
  });
});
