import { describe, expect, it } from 'vitest';
import { createScorer } from '../../src/index.js';
import { defaultScorer } from '../helpers.js';

const scorer = defaultScorer();
const rows = (text: string) => scorer.score(text).hits.map((h) => [h.entry, Math.sign(h.contribution), h.modifiers]);

describe('source', () => {
  it('the head noun of the subject of a verb of speaking names who speaks and counts 0 ("mediators said")', () => {
    expect(rows('Talks on the airport ran aground on Monday, mediators said.')).toEqual([
      ['talk', -1, ['negation:ran aground']],
      ['mediat*', 0, ['source:said']],
    ]);
    expect(rows("Qatar's chief negotiator told reporters the talks would resume.").slice(0, 1)).toEqual([['negotiator', 0, ['source:told']]]);
  });

  it('also with where the speaker is between ("Mediators in Geneva said", "negotiators at the UN told")', () => {
    expect(rows('Mediators in Geneva said the museum would stay open.')).toEqual([['mediat*', 0, ['source:said']]]);
    expect(rows('Negotiators at the UN told reporters the museum would stay open.')).toEqual([['negotiator', 0, ['source:told']]]);
    // A place that is no name is a phrase of its own: "mediators in the region" may have been sent there.
    expect(rows('Mediators in the region said the museum would stay open.')).toEqual([['mediat*', 1, []]]);
  });

  it('also with auxiliaries before the verb ("mediators had told them", "Mediators have said")', () => {
    expect(rows('Angolan mediators had told them the troops would stay.')[0]).toEqual(['mediat*', 0, ['source:told']]);
    expect(rows('Mediators have said the museum would stay open.')).toEqual([['mediat*', 0, ['source:said']]]);
  });

  it('also after the verb at the end of the sentence ("…, said a mediator")', () => {
    expect(rows('The talks will resume on Sunday, said a mediator.').at(-1)).toEqual(['mediat*', 0, ['source:said']]);
  });

  it('a word before the head says what kind of speaker it is and keeps its hit ("Ceasefire monitors said", "the peace envoy said")', () => {
    expect(rows('Ceasefire monitors said the museum would stay open.')).toEqual([['ceasefire*', 1, []]]);
    expect(rows('The ceasefire is holding, the peace envoy said.')).toEqual([
      ['ceasefire*', 1, []],
      ['peace', 1, []],
      ['envoy', 0, ['source:said']],
    ]);
  });

  it('keeps a hit that is no speaker: an object before an -ing form, an addressee, a source after "according to"', () => {
    expect(rows('Negotiators left the talks saying they were close.').map((r) => r.slice(0, 2))).toEqual([
      ['negotiator', 1],
      ['talk', 1],
    ]);
    expect(rows('He told his partners that the offer stood.')).toEqual([
      ['partner', 1, []],
      ['offer', 1, []],
    ]);
    expect(rows('The plant closed, according to a complaint filed with the board.')).toEqual([['complaint', -1, []]]);
  });

  it('a written statement where words are said, or followed by what it says, is their medium and counts 0 (params.sources.media)', () => {
    expect(rows('Mali and Niger said in a joint statement that their withdrawal from the bloc was final.')[0]).toEqual(['joint statement', 0, ['source:medium']]);
    expect(rows('Egypt and Sudan issued a joint statement accusing Addis Ababa of endangering lives downstream.')[0]).toEqual(['joint statement', 0, ['source:medium']]);
    expect(scorer.score('Egypt and Sudan issued a joint statement accusing Addis Ababa of endangering lives downstream.').label).toBe('confrontation');
    // Signing one is an act.
    expect(rows('Kazakhstan signed a joint statement with Russia on Thursday.').at(-1)).toEqual(['joint statement', 1, []]);
  });

  it('a visit after "during" or "on" that follows a verb of speaking is where the words were said, not an act (params.sources.occasions)', () => {
    expect(rows('"My heart goes out to every family who lost a home," the prime minister said during a visit to Chiang Rai.')).toEqual([['visit', 0, ['source:occasion']]]);
    expect(rows('"We will rebuild the school," the minister told reporters on a visit to the valley.').at(-1)).toEqual(['visit', 0, ['source:occasion']]);
    // A state visit is diplomacy itself; a visit that is the act reported keeps its hit.
    expect(rows('The president said during a state visit to Nairobi that trade would grow.').find(([entry]) => entry === 'state visit')?.[2]).not.toContain('source:occasion');
    expect(rows('The minister visited Dhaka.').at(-1)?.[1]).toBe(1);
    expect(rows('The prime minister said a visit to Dhaka was planned.').at(-1)?.[2]).not.toContain('source:occasion');
  });

  it('is off without params.sources', () => {
    const { sources: _off, ...params } = scorer.lexicon.params;
    const without = createScorer({ lexicons: [{ ...scorer.lexicon, params }] });
    expect(without.score('The talks will resume on Sunday, said a mediator.').hits.at(-1)?.modifiers).toEqual([]);
  });
});
