import { describe, expect, it } from 'vitest';
import { defaultScorer, defaultScorerWithout, hitRows, miniScorer, miniScorerWithout } from '../helpers.js';

const rows = (text: string) => hitRows(text, defaultScorer()).map(([term, contribution, modifiers]) => [term, Math.sign(contribution), modifiers]);

describe('plight', () => {
  it('the harm in the noun phrase after "displaced by" is the past of the people described, and counts 0', () => {
    const text = 'Egypt sent 40 tonnes of medicine and food to Port Sudan for families displaced by the fighting around Khartoum.';
    expect(rows(text)).toEqual([
      ['sent', 1, ['transfer']],
      ['fighting', 0, ['plight:displaced by']],
    ]);
    expect(defaultScorer().score(text).label).toBe('engagement');
  });

  it.each([
    ['who fled', 'The two ministers would jointly ask UNHCR to register Mexicans who fled cartel violence.', 'violence', 'plight:who fled'],
    ['fleeing', 'Thailand let villagers fleeing air strikes shelter in temporary sites in Tak.', 'air strikes', 'plight:fleeing'],
    ['who had fled, past "during"', 'Cambodian workers who had fled during the fighting could return to their employers.', 'fighting', 'plight:who had fled'],
    ['victims of', 'Germany would fund a memorial to Polish victims of the occupation.', 'occupation', 'plight:victims of'],
  ])('reads %s', (_phrase, text, harm, modifier) => {
    const found = rows(text).filter(([term]) => term === harm);
    expect(found.map(([term, sign]) => [term, sign])).toEqual([[harm, 0]]);
    expect(found[0]?.[2]).toContain(modifier);
  });

  it('leaves a main verb\'s object counting: "thousands fled the shelling" tells the shelling', () => {
    expect(rows('Thousands fled the shelling of Kharkiv.')).toEqual([['shelling', -1, []]]);
  });

  it('is off without params.plights', () => {
    const text = 'Germany would fund a memorial to the victims of the attack.';
    expect(hitRows(text, miniScorer())).toEqual([['attack', 0, ['plight:victims of']]]);
    expect(hitRows(text, miniScorerWithout('params', 'plights'))).toEqual([['attack', -3, []]]);
  });
});

describe('charge', () => {
  it('the crime in the noun phrase after "wanted over" is what a court deals with, and counts 0', () => {
    const text = 'Morocco extradited to Spain a suspected hashish trafficker wanted over the killing of two Civil Guard officers.';
    expect(rows(text)).toEqual([
      ['extradited', 1, []],
      ['killing', 0, ['charge:wanted over']],
    ]);
    expect(defaultScorer().score(text).label).toBe('engagement');
  });

  it.each([
    ['suspects in', 'Peru handed over two suspects in a double murder to Ecuador.', 'murder', 'charge:suspects in'],
    ['charged with', 'The trial of four men charged with the murder of a Sikh leader was adjourned until March.', 'murder', 'charge:charged with'],
    ['wanted for', 'Ecuador handed over to Peru two men wanted for a massacre in Trujillo.', 'massacre', 'charge:wanted for'],
  ])('reads %s', (_phrase, text, crime, modifier) => {
    const found = rows(text).filter(([term]) => term === crime);
    expect(found.map(([term, sign]) => [term, sign])).toEqual([[crime, 0]]);
    expect(found[0]?.[2]).toContain(modifier);
  });

  it('leaves "convicted of" out: "executed a man convicted of spying for Israel" keeps the spying', () => {
    expect(rows('Iran executed a man convicted of spying for Israel.')).toEqual([['spying', -1, []]]);
  });

  it('is off without params.charges', () => {
    const text = 'Peru handed over two suspects in a double murder to Ecuador.';
    expect(hitRows(text, defaultScorerWithout('params', 'charges')).find(([term]) => term === 'murder')?.[1]).toBeLessThan(0);
  });
});
