import { describe, expect, it } from 'vitest';
import { createScorer } from '../../src/index.js';
import { defaultScorer, hitRows, miniScorerWithout } from '../helpers.js';

const scorer = defaultScorer();
const rows = (text: string) => scorer.score(text).hits.map((h) => [h.entry, Math.sign(h.contribution), h.modifiers]);

describe('dated', () => {
  it('a confrontation noun after a year names a past event and counts 0 ("during the 1999 Kargil conflict")', () => {
    expect(rows('The retired general, who commanded troops during the 1999 Kargil conflict, now writes novels.')).toEqual([['conflict', 0, ['dated:1999']]]);
    expect(rows('Historians still debate how the 1980 shipyard strikes shaped the end of communist rule.')).toEqual([['strikes', 0, ['dated:1980']]]);
  });

  it('reads a decade, a span of years, a hyphenated modifier and a possessive before the year', () => {
    expect(rows('The novel follows a family through the 1990s civil war.')).toEqual([['civil war', 0, ['dated:1990s']]]);
    expect(rows('She was born in a village emptied by the 1950-53 war.')).toEqual([['war', 0, ['dated:1950-53']]]);
    expect(rows('A conference on the 1918 Georgian-Armenian war drew historians to Batumi.')).toEqual([['war', 0, ['dated:1918']]]);
    expect(rows('London will release files on the 1974 Dublin and Monaghan bombings.')).toEqual([['bombing', 0, ['dated:1974']]]);
  });

  it('a hit after a preposition of time and "the" is a time frame ("from 570 before the war", "during the war"), not when its noun phrase is a clause\'s subject, nor after "after"', () => {
    expect(rows('The pound slid to 2,600 to the dollar, from 570 before the war.')).toEqual([['war', 0, ['dated:before']]]);
    expect(rows('Exports fell by half during the war.')).toEqual([['war', 0, ['dated:during']]]);
    expect(rows('Exports fell by half before the war broke out.')).toEqual([['war', -1, []]]);
    expect(rows('Traffic was suspended hours after the attack.')).toEqual([['attack', -1, ['contrast-after:after']]]);
    expect(rows('Families of those killed in the 1991–1995 war met in Vukovar.').find((r) => r[0] === 'war')).toEqual(['war', 0, ['dated:1991']]);
    expect(rows("India's 1998 nuclear tests drew sanctions from Washington.").find((r) => r[0] === 'nuclear test')?.[2]).toEqual(['dated:1998']);
  });

  it('a confrontation noun with "of" or "in" and a year right after it names a past event ("the war of 1982"); a verb\'s phrase with a year is an act', () => {
    expect(rows('Some 900 soldiers died in the war of 1982.')).toEqual([['war', 0, ['dated:1982']]]);
    expect(rows('The museum recalls a brief uprising in 1999.')).toEqual([['uprising', 0, ['dated:1999']]]);
    expect(rows('Algeria closed the land border in 1994.')).toEqual([['close the land border', -1, []]]);
  });

  it('reads a month between "of" and the year ("the war of August 2008"), not between "in" and the year ("sanctions in March 2025" may be this year\'s act)', () => {
    expect(rows('The five-day war of August 2008 is the subject of a new exhibition in Tbilisi.')).toEqual([['war', 0, ['dated:2008']]]);
    expect(rows('The uprising in March 2011 is remembered in Deraa.')).toEqual([['uprising', -1, []]]);
  });

  it('a participle that describes the noun before it, with a year in its phrase, tells of a past event ("soldiers killed in the 2020 war"); "since" and an act with its object are none', () => {
    expect(rows('Serbia handed over the remains of nine people believed killed in Vukovar in 1991.').find((r) => r[0] === 'kill')).toEqual(['kill', 0, ['dated:1991']]);
    expect(rows('A memorial to those killed in the 1999 bombing was unveiled on Sunday.').find((r) => r[0] === 'kill')).toEqual(['kill', 0, ['dated:1999']]);
    expect(rows('Border forces killed at least 25 farmers in 2024, the report says.').find((r) => r[0] === 'kill')).toEqual(['kill', -1, []]);
    expect(rows('She raised the case of a writer detained in Beijing since March 2023.').find((r) => r[0] === 'detain')?.[2]).toEqual([]);
  });

  it('keeps what an actor does about the past event, and engagement after a year', () => {
    expect(rows('Kyiv condemned the 2014 annexation of Crimea.')).toEqual([
      ['condemn', -1, []],
      ['annexation', 0, ['dated:2014']],
    ]);
    expect(rows('The two sides exchanged lists under a 1988 agreement.').map((r) => r.slice(0, 2))).toContainEqual(['agreement', 1]);
  });

  it('a confrontation hit in a relative clause with a year tells of a past event beside the act and counts 0', () => {
    expect(rows('Bishkek and Dushanbe signed a treaty, ending a quarrel that erupted into deadly clashes in 2022.').at(-1)).toEqual(['clash', 0, ['dated:2022']]);
    expect(rows('Vilnius was ready to talk to China, which downgraded ties in 2021.').at(-1)).toEqual(['downgrade tie', 0, ['dated:2021']]);
    expect(rows('The two sign a treaty settling the border where clashes killed about 100 in 2022.').slice(-2)).toEqual([
      ['clash', 0, ['dated:2022']],
      ['kill', 0, ['dated:2022']],
    ]);
    // No year, or a year past the clause's comma: the act counts.
    expect(rows('The army that attacked the village will face charges.')).toEqual([['attack', -1, []]]);
    expect(rows('Moscow, which attacked the port, said in 2022 it would stay.')[0]).toEqual(['attack', -1, []]);
  });

  it('an engagement hit in a relative clause opened by "who" with a year is a person\'s past act and counts 0', () => {
    expect(rows('The former minister, who negotiated the 2008 friendship treaty with Libya, died in Rome.')).toEqual([
      ['negotiate', 0, ['dated:2008']],
      ['friendship', 0, ['dated:2008']],
      ['treaty', 0, ['dated:2008']],
    ]);
    // Not a clause opened by "which" or "that", nor one without a year.
    expect(rows('The two sides renewed the accord, which restored flights in 2023.').map((r) => r.slice(0, 2))).toContainEqual(['restore flight', 1]);
    expect(rows('The minister, who negotiated the friendship treaty, died in Rome.').map((r) => r[1])).toEqual([1, 1, 1]);
  });

  it('a confrontation noun after "of the" and a superlative is the time frame of a record and counts 0 ("the largest such exchange of the war")', () => {
    expect(rows('Kyiv and Moscow swapped the bodies of 1,000 soldiers each, the largest such exchange of the war.').at(-1)).toEqual(['war', 0, ['dated:largest']]);
    expect(rows('It was the first prisoner exchange of the war.').at(-1)).toEqual(['war', 0, ['dated:first']]);
    // The record itself counts, and a war with no superlative before it is the act.
    expect(rows('Russia launched one of the largest aerial attacks of the war.')[0]).toEqual(['attack', -1, []]);
    expect(rows('The army waged the war of attrition.')).toEqual([['war', -1, []]]);
  });

  it('needs an article, a possessive or a preposition before the year, so a count is no year', () => {
    expect(rows('The army deployed 2000 troops to the border.')).toEqual([['deploy troop', -1, []]]);
  });

  it('counts only `params.dated.categories`, and is off without `params.dated`', () => {
    expect(hitRows('Refugees of the 1999 attack returned.', miniScorerWithout('params', 'dated'))).toEqual([['attack', -3, []]]);
    const fightOnly = createScorer({ lexicons: [{ ...scorer.lexicon, params: { ...scorer.lexicon.params, dated: { categories: ['fight'], note: 'fight only' } } }] });
    expect(fightOnly.score('Refugees of the 1999 attack returned.').hits.map((h) => h.modifiers)).toEqual([[]]);
    expect(fightOnly.score('Refugees of the 1999 war returned.').hits.map((h) => h.modifiers)).toEqual([['dated:1999']]);
  });
});
