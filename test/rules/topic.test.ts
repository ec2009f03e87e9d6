import { describe, expect, it } from 'vitest';
import { hitRows as hits, miniScorer, miniScorerWithout } from '../helpers.js';

describe('topic', () => {
  it('a hit in what a work is about names a subject and counts 0 ("a study on the effects of the sanctions")', () => {
    expect(hits('A study on the economic effects of last year\'s sanctions runs to 300 pages.')).toEqual([['sanctions', 0, ['topic:study']]]);
    expect(miniScorer().score('A new history of the peace talks was published.').hits.map((h) => h.contribution)).toEqual([0, 0]);
  });

  it('a hit in the title of a work counts 0 ("a documentary called \'Annexation\'")', () => {
    expect(hits("A documentary called 'Annexation' won the audience award.")).toEqual([['Annexation', 0, ['topic:documentary']]]);
    expect(hits('A film titled Dialogue was shown.')).toEqual([['Dialogue', 0, ['topic:film']]]);
  });

  it('what a work depicts as the subject of a verb of params.topics.verbs, to the end of the sentence, counts 0', () => {
    expect(hits('A new exhibition at the national museum this week recalls the night when troops stormed the tower, and the attack that followed.')).toEqual([['attack', 0, ['topic:exhibition']]]);
    expect(hits('A doctoral thesis examines the annexation; the dialogue resumed.')).toEqual([
      ['annexation', 0, ['topic:thesis']],
      ['dialogue', 2, []],
    ]);
    // Past commas that set off a phrase on the work, not past a conjunction, nor without params.topics.
    expect(hits('A new history of the war, written in exile, recalls the annexation.')).toEqual([['annexation', 0, ['topic:history']]]);
    expect(hits('The exhibition closed, and a colonel recalls the attack.')).toEqual([['attack', -3, []]]);
    expect(hits('A new exhibition recalls the attack.', miniScorerWithout('params', 'topics'))).toEqual([['attack', -3, []]]);
  });

  it('takes an -s form tagged as a plural noun for the verb when an article or a number follows ("the Hiroshima Memorial Museum traces the annexation")', () => {
    expect(hits('An exhibition at the Hiroshima Memorial Museum traces the annexation.')).toEqual([['annexation', 0, ['topic:exhibition']]]);
    // A plural noun with no article after it stays a noun: "traces of" is no verb.
    expect(hits('An exhibition shows traces of the attack.')).toEqual([['attack', -3, []]]);
  });

  it('reaches the preposition past where the work is shown ("an exhibition in Warsaw on the invasion"), not past a year', () => {
    expect(hits('An exhibition in Warsaw on the annexation drew crowds.')).toEqual([['annexation', 0, ['topic:exhibition']]]);
    expect(hits('A documentary at the Berlinale about the annexation won a prize.')).toEqual([['annexation', 0, ['topic:documentary']]]);
    expect(hits('A study in 2024 on the sanctions appeared.')).toEqual([['sanctions', -2, []]]);
  });

  it('reaches into one description of what the work is about: a relative clause, what it shows, its title ("a documentary about the Winter War, when Soviet troops invaded Finland")', () => {
    expect(hits('A documentary about the 1939 crisis, when troops attacked the town, premiered on Friday.')).toEqual([['attacked', 0, ['topic:documentary']]]);
    expect(hits('A play about the old treaty, under which the kingdom gave up its annexation, opened in Tartu.')).toEqual([['annexation', 0, ['topic:play']]]);
    expect(hits('An exhibition on the crisis, with photographs of the annexation, opened in Riga.')).toEqual([['annexation', 0, ['topic:exhibition']]]);
    expect(hits('An exhibition on the accords that followed the annexation opened in Riga.')).toEqual([['annexation', 0, ['topic:exhibition']]]);
    expect(hits('Scholars marked the anniversary of the accords, signed amid the annexation.')).toEqual([['annexation', 0, ['topic:anniversary']]]);
    expect(hits('Historians presented a study on the 1904 column, whose troops attacked the town.')).toEqual([['attacked', 0, ['topic:study']]]);
    // The description ends at a comma before a verb; one after the work's own verb describes something else.
    expect(hits('An exhibition on the crisis, when troops attacked the town, opened as the dialogue resumed.')).toEqual([
      ['attacked', 0, ['topic:exhibition']],
      ['dialogue', 2, []],
    ]);
    expect(hits('An exhibition on the crisis opened in Riga, where troops attacked the town.')).toEqual([['attacked', -3, []]]);
  });

  it('needs the preposition right after the work: "the book accused" is not a topic', () => {
    expect(hits('The documentary condemned the annexation.')).toEqual([
      ['condemned', -1.5, []],
      ['annexation', -3, []],
    ]);
  });

  it('stops at a verb or clause punctuation between the work and the hit', () => {
    expect(hits('A study of the region appeared, and then the attack came.')).toEqual([['attack', -3, []]]);
    expect(hits('The film about the border was shown when the attack began.')).toEqual([['attack', -3, []]]);
  });

  it('reaches past the commas of a list of subjects to a noun, not to a verb ("sessions on maritime security, nuclear deterrence and the wars")', () => {
    expect(hits('A study on trade, the sanctions and the annexation appeared.')).toEqual([
      ['sanctions', 0, ['topic:study']],
      ['annexation', 0, ['topic:study']],
    ]);
    expect(hits('A study of the region, the allies attacked.')).toEqual([['attacked', -3, []]]);
  });

  it('reaches at most 14 tokens from the work', () => {
    expect(hits('A history of the long and bitter and bloody and costly and futile annexation appeared.')).toEqual([['annexation', 0, ['topic:history']]]);
    expect(hits('A history of the long and bitter and bloody and costly and futile and needless and cruel annexation appeared.')).toEqual([['annexation', -3, []]]);
  });

  it('is off when the lexicon has no modifiers.topics', () => {
    const without = miniScorerWithout('modifiers', 'topics');
    expect(hits('A study on the economic effects of last year\'s sanctions runs to 300 pages.', without)).toEqual([['sanctions', -2, []]]);
  });
});
