import { describe, expect, it } from 'vitest';
import { defaultScorer, hitRows as hits, miniScorer, miniScorerWithout } from '../helpers.js';

describe('figurative', () => {
  it('a hostile act aimed at something that is no party to a conflict counts 0 ("an attack on inflation")', () => {
    expect(hits('The central bank launched an attack on inflation.')).toEqual([['attack', 0, ['figurative:inflation']]]);
    expect(miniScorer().score('The central bank launched an attack on inflation.').label).toBe('neutral');
  });

  it('reaches the object over "with" too ("at war with the desert"); a party there stays a party', () => {
    expect(hits('We are at war with the desert.', defaultScorer())).toEqual([['war', 0, ['figurative:desert']]]);
    expect(hits('Azerbaijan is at war with Armenia.', defaultScorer())).toEqual([['war', -3.4, []]]);
  });

  it('reaches the preposition over a noun the act\'s compound ends in ("a battle plan against the deficit")', () => {
    expect(hits('The minister called the budget a battle plan against the deficit.', defaultScorer())).toEqual([['battle', 0, ['figurative:deficit']]]);
    expect(hits('The general drew up a battle plan against the rebels.', defaultScorer())).toEqual([['battle', -2.2, []]]);
  });

  it('takes a noun right after the act for the object before any compound ("help Serbia fight wildfires on Fruška Gora")', () => {
    expect(hits('Croatia sent two planes to help Serbia fight wildfires on Fruška Gora.', defaultScorer()).filter(([term]) => term === 'fight')).toEqual([['fight', 0, ['figurative:wildfires']]]);
  });

  it('reaches the object over determiners, adjectives and numbers, not over another noun', () => {
    expect(hits('The minister promised an attack on all this needless paperwork.')).toEqual([['attack', 0, ['figurative:paperwork']]]);
    expect(hits('The militia prepared an attack on the rebels and their paperwork.')).toEqual([['attack', -3, []]]);
  });

  it('reaches the object over the noun of its compound right before it ("an attack on drug trafficking"), not over a noun further back', () => {
    expect(hits('The two navies will cooperate in an attack on drug trafficking.')).toEqual([['cooperate', 1.5, []], ['attack', 0, ['figurative:trafficking']]]);
    expect(hits('The militia prepared an attack on border towns and drug trafficking.')).toEqual([['attack', -3, []]]);
  });

  it('also what a hostile act is fought for ("an attack for the title"), and a figurative phrase hides its own words ("a price war")', () => {
    expect(hits('The club launched a late attack for the title.')).toEqual([['attack', 0, ['figurative:title']]]);
    expect(hits('The carmakers prepared an attack in the price war.')).toEqual([['attack', -3, []]]);
  });

  it('also what a hostile act is made of ("a battlefield of ideas"), while "an attack of the rebels" keeps its hit', () => {
    expect(hits('The commission called the campaign an attack of ideas.')).toEqual([['attack', 0, ['figurative:ideas']]]);
    expect(hits('The village suffered an attack of the rebels.')).toEqual([['attack', -3, []]]);
  });

  it('a literal target keeps the hit', () => {
    expect(hits('The army launched an attack on the capital.')).toEqual([['attack', -3, []]]);
  });

  it('leaves engagement alone: "cooperate on climate change" is cooperation', () => {
    expect(hits('The two states will cooperate on climate change.')).toEqual([['cooperate', 1.5, []]]);
  });

  it('is off when the lexicon has no modifiers.figurative', () => {
    const without = miniScorerWithout('modifiers', 'figurative');
    expect(hits('The central bank launched an attack on inflation.', without)).toEqual([['attack', -3, []]]);
  });

  it('reaches over a hyphenated modifier as one word, whatever its first piece is tagged ("an assault on drug-resistant bacteria")', () => {
    const scored = defaultScorer().score('The compound launched a full-scale assault on drug-resistant bacteria.');
    expect(scored.hits.map((h) => [h.text, h.modifiers])).toEqual([['assault', ['figurative:bacteria']]]);
    expect(scored.label).toBe('neutral');
  });

  it('takes the last piece of a hyphenated word as the object ("to intercept people-smuggling networks")', () => {
    const scored = defaultScorer().score('Border police began joint patrols to intercept people-smuggling networks.');
    expect(scored.hits.map((h) => [h.text, h.modifiers])).toEqual([
      ['joint patrols', []],
      ['intercept', ['figurative:smuggling']],
    ]);
    expect(scored.label).toBe('engagement');
  });

  it('leaves blame alone: "holds the Sudanese army fully responsible for this crime" blames the army, it fights no crime', () => {
    const scored = defaultScorer().score('Chad holds the Sudanese army fully responsible for this crime.');
    expect(scored.hits.map((h) => [h.text, h.modifiers])).toEqual([['fully responsible', []]]);
    expect(scored.label).toBe('confrontation');
    expect(defaultScorer().score('The government declared war on crime.').label).toBe('neutral');
  });

  it('makes blame that falls on a figurative object no act: "blamed the weak currency", "blamed on the stronger dollar"', () => {
    expect(hits('Shopkeepers blamed the slumping currency for the poor season.', defaultScorer())).toEqual([['blamed', 0, ['figurative:currency']]]);
    expect(hits('Shops reported weak sales, which traders blamed on the stronger dollar.', defaultScorer())).toEqual([['blamed', 0, ['figurative:stronger dollar']]]);
    expect(hits('The minister blamed Kigali for the drought.', defaultScorer())).toEqual([['blamed', -1.2, []]]);
  });

  it('reads "from" after a noun as who wages it ("under siege from mosquitoes"), not after a verb ("seized from smugglers")', () => {
    expect(hits('We are under siege from mosquitoes this summer.', defaultScorer())).toEqual([['siege', 0, ['figurative:mosquitoes']]]);
    expect(hits('Border guards seized rifles from smugglers near the crossing.', defaultScorer()).map(([, , m]) => m.some((x) => x.startsWith('figurative:')))).not.toContain(true);
  });
});
