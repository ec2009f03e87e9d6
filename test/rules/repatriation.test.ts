import { describe, expect, it } from 'vitest';
import { createScorer, defaultLexicon, loadLexicon } from '../../src/index.js';
import { defaultScorer, defaultScorerWithout, hitRows } from '../helpers.js';

const rows = (text: string) => hitRows(text, defaultScorer());

describe('repatriation', () => {
  it.each([
    ['the particle after the people', 'South Korea sent six North Korean fishermen home across the maritime border.', 'sent'],
    ['past a clause that describes them', 'Seoul handed six fishermen who had drifted across the maritime border in the spring back to the North.', 'handed'],
    ['past a clause of two verbs (reach 14)', 'Latvia handed two Russian fishermen whose motorboat broke down on Lake Lubans and drifted into Latvian waters back to Russian border guards at the Terehova crossing.', 'handed'],
    ['a verb of bringing', 'The navy flew 40 Filipino sailors home on Friday.', 'flew'],
    ['"to" after a handover', 'Iraqi authorities handed 41 Syrian detainees held on immigration charges to Syrian officials.', 'handed'],
    ['past a participle before the people', 'The rebels handed 42 captured Congolese soldiers to the Red Cross in Goma.', 'handed'],
  ])('people handed back or sent home are an engagement hit on the verb: %s', (_how, text, verb) => {
    expect(rows(text)).toContainEqual([verb, 1.4, ['repatriation']]);
    expect(defaultScorer().score(text).label).toBe('engagement');
  });

  it('undoes the harm told right after the people, as a release does ("shepherds detained near the Blue Line")', () => {
    expect(rows('Israel handed four Lebanese shepherds detained near the Blue Line back to the Lebanese army.')).toEqual([
      ['handed', 1.4, ['repatriation']],
      ['detained', 0, ['released:handed']],
    ]);
  });

  it('is refused and negated like any other act', () => {
    expect(defaultScorer().score('Tokyo refused to send the Chinese crew home until the fine was paid.').label).toBe('confrontation');
  });

  it('needs a returnee, a verb of return and a particle: no return of migrants, none without "back" or "home" but after a verb of returns', () => {
    expect(rows('Australia sent the migrants back to Indonesia.')).toEqual([]);
    expect(rows('Mexico sent 26 students to the United States.')).toEqual([]);
    // "to" makes a return of a handover only: "send" is no verb of params.repatriations.handovers.
    expect(rows('Seoul sent six fishermen to the North.')).toEqual([]);
    expect(rows('The police handed the suspects to prosecutors.')).toEqual([]);
    // A comma between the people and the particle ends the clause.
    expect(rows('They sent the sailors, who had been trained at home, to the front.')).toEqual([]);
  });

  it('needs no particle after a verb of params.repatriations.returns ("returned a North Korean soldier")', () => {
    expect(rows('South Korea returned a North Korean soldier who had crossed the line by mistake.')[0]).toEqual(['returned', 1.4, ['repatriation']]);
    expect(defaultScorer().score('South Korea returned a North Korean soldier who had crossed the line by mistake.').label).toBe('engagement');
    expect(rows('Seoul returned six fishermen to the North.')).toEqual([['returned', 1.4, ['repatriation']]]);
    // Without the list, "return" wants its particle.
    const { returns: _off, ...repatriations } = defaultLexicon.params.repatriations ?? { verbs: [], particles: [], reach: 1, weight: 1, category: 'yield', note: '-' };
    const without = createScorer({ lexicons: [loadLexicon({ ...defaultLexicon, params: { ...defaultLexicon.params, repatriations } })] });
    expect(hitRows('Seoul returned six fishermen to the North.', without)).toEqual([]);
  });

  it('leaves a verb that starts a negator to the negator ("handed back 23 sailors", one hit)', () => {
    expect(rows('Japan handed back 23 Chinese sailors.')).toEqual([['handed back', 1.2, []]]);
  });

  it('takes a verb whose negator is no act of its own ("returned two Indian farmers": "return the", a number for its determiner)', () => {
    expect(rows('Border guards returned two Indian farmers who had strayed across the border.')).toEqual([['returned', 1.4, ['repatriation']]]);
  });

  it('is off without params.repatriations', () => {
    expect(defaultScorerWithout('params', 'repatriations').score('South Korea sent six North Korean fishermen home.').label).toBe('neutral');
  });
});
