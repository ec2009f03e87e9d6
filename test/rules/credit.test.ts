import { describe, expect, it } from 'vitest';
import { defaultScorer, hitRows, miniScorerWithout } from '../helpers.js';

const hits = (text: string) => hitRows(text, defaultScorer()).map(([term, contribution, modifiers]) => [term, Math.sign(contribution), modifiers]);

describe('credit', () => {
  it('what an actor is thanked for is its act: the confrontation it names counts 0, the thanks are the stance', () => {
    expect(hits("Araghchi thanked him for Riyadh's condemnation of the Israeli strikes.")).toEqual([
      ['thanked', 1, []],
      ['condemnation', 0, ['credit:thanked']],
      ['strikes', 0, ['credit:thanked']],
    ]);
    expect(defaultScorer().score("Araghchi thanked him for Riyadh's condemnation of the Israeli strikes.").label).toBe('engagement');
  });

  it('an apology\'s reason is the act apologised for, a relative clause\'s verb included ("apologised for the strike in Doha that killed an officer", "express regret for")', () => {
    expect(hits('The prime minister apologised for the strike in Doha that killed a Qatari officer.')).toEqual([
      ['apologised', 1, []],
      ['killed', 0, ['credit:apologised']],
    ]);
    expect(hits('The prime minister called to express regret for the raid that killed two guards.')).toEqual([
      ['express regret for', 1, []],
      ['raid', 0, ['credit:express regret for']],
      ['killed', 0, ['credit:express regret for']],
    ]);
  });

  it('reads "thanks" as a word of thanks, past two who are thanked ("thanks the government and people of Pakistan for")', () => {
    expect(hits('Iran thanks the government and people of Pakistan for their solidarity in the June aggression.')).toEqual([
      ['thanks', 1, []],
      ['solidarity', 1, []],
      ['aggression', 0, ['credit:thanks']],
    ]);
  });

  it('reaches past the one thanked and "to" ("grateful to Qatar for"), and leaves engagement in the reason counting', () => {
    expect(hits('Kabul was grateful to Qatar for its condemnation of the raids.')).toEqual([
      ['grateful', 1, []],
      ['condemnation', 0, ['credit:grateful']],
      ['raids', 0, ['credit:grateful']],
    ]);
    expect(hits('Seoul praised Beijing for its mediation.')).toEqual([
      ['praised', 1, []],
      ['mediation', 1, []],
    ]);
  });

  it('reaches to the clause\'s end, through prepositions and gerunds ("for India\'s help during the liberation war", "for condemning the strikes")', () => {
    expect(hits("Yunus thanked Modi for India's help in the liberation war of that year.")).toEqual([
      ['thanked', 1, []],
      ['help', 1, []],
      ['war', 0, ['credit:thanked']],
    ]);
    expect(hits('He thanked Riyadh for condemning the strikes.')).toEqual([
      ['thanked', 1, []],
      ['condemning', 0, ['credit:thanked']],
      ['strikes', 0, ['credit:thanked']],
    ]);
  });

  it('without "for" after the one thanked, nothing is credited ("condemned the strikes and thanked Riyadh")', () => {
    expect(hits('The minister thanked Riyadh and condemned the strikes.').map(([, sign, modifiers]) => [sign, modifiers])).toEqual([
      [1, []],
      [-1, []],
      [-1, []],
    ]);
  });

  it('is off without params.credits', () => {
    const rows = hitRows("Araghchi thanked him for Riyadh's condemnation of the Israeli strikes.", miniScorerWithout('params', 'credits'));
    expect(rows.some(([, , modifiers]) => modifiers.some((m) => m.startsWith('credit:')))).toBe(false);
  });
  it('what a welcomed statement or position says after its object, in a participle, a relative or a "that" clause, counts 0 for confrontation (`said`); a welcomed measure itself still counts', () => {
    expect(hits('The ministry welcomes the statement of the Secretary-General condemning the attack on the camp.')).toEqual([
      ['welcomes', 1, []],
      ['condemning', 0, ['credit:welcomes']],
      ['attack', 0, ['credit:welcomes']],
    ]);
    expect(hitRows('It also welcomes the position of the United States, which has publicly condemned the offensive.', defaultScorer()).map(([term, contribution, modifiers]) => [term, Math.sign(contribution), modifiers[0]])).toEqual([
      ['welcomes', 1, undefined],
      ['condemned', 0, 'credit:welcomes'],
      ['offensive', 0, 'credit:welcomes'],
    ]);
    expect(defaultScorer().score("I also welcome Japan's repeated statements that any change to the status quo by force is unacceptable.").label).toBe('engagement');
    expect(hits('Kyiv welcomed the new EU sanctions on Russia.')).toEqual([
      ['welcomed', 1, []],
      ['sanctions', -1, []],
    ]);
  });

  it('reaches past a phrase of time or place before "for" ("thanked Brazil on Tuesday for"), and a refusal marker in the reason counts 0 too, though it becomes a hit after the thanks are read ("for opposing any foreign military adventure")', () => {
    expect(hits('Caracas thanked Brazil on Tuesday for opposing any foreign military adventure in the Caribbean.')).toEqual([
      ['thanked', 1, []],
      ['opposing', 0, ['credit:thanked']],
    ]);
    expect(hits('Kuwait thanked Iraq in a statement for condemning the attack.').map(([term, sign]) => [term, sign])).toEqual([
      ['thanked', 1],
      ['condemning', 0],
      ['attack', 0],
    ]);
  });
});
