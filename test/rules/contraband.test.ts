import { describe, expect, it } from 'vitest';
import { defaultScorer, defaultScorerWithout, hitRows } from '../helpers.js';

const rows = (text: string) => hitRows(text, defaultScorer());

describe('contraband', () => {
  it.each([
    ['in the object', 'Police seized two tonnes of cocaine at the port of Guayaquil.', 'cocaine'],
    ['past the vessel that carried it', 'The coast guard seized a speedboat loaded with cocaine off Roatán.', 'cocaine'],
    ['as the passive subject, a noun after it', 'Two million captagon pills were seized at the Jaber crossing.', 'captagon'],
  ])('a seizure of drugs is policing and counts 0: %s', (_how, text, goods) => {
    expect(rows(text)).toEqual([['seized', 0, [`contraband:${goods}`]]]);
    expect(defaultScorer().score(text).label).toBe('neutral');
  });

  it('leaves the other acts of the sentence as they are ("on their first joint patrol")', () => {
    expect(defaultScorer().score('Honduran and Nicaraguan sailors seized a boat carrying cocaine on their first joint patrol.').label).toBe('engagement');
  });

  it('leaves acts other than seizing as they are: a tariff over fentanyl', () => {
    expect(rows('Washington raised its tariffs on Mexico over fentanyl.')).toEqual([['tariffs', -1.8, []]]);
  });

  it('keeps a seizure of anything else: a tanker, its oil, goods past a comma', () => {
    expect(rows('The navy seized a tanker carrying Iranian oil.')).toEqual([['seized', -1.8, []]]);
    expect(rows('Guards seized the fishing boat, which the owners said carried no cocaine.')).toEqual([['seized', -1.8, []]]);
  });

  it('is off without params.contraband', () => {
    expect(defaultScorerWithout('params', 'contraband').score('Police seized two tonnes of cocaine at the port of Guayaquil.').label).toBe('confrontation');
  });
});
