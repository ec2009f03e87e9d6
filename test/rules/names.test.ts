import { describe, expect, it } from 'vitest';
import { createScorer, loadLexicon } from '../../src/index.js';
import { defaultScorer, hitRows, miniLexicon } from '../helpers.js';

const withNames = loadLexicon({ ...miniLexicon, params: { ...miniLexicon.params, names: { titleCaseShare: 0.85, note: 'test' } } });
const { names: _off, ...paramsWithoutNames } = miniLexicon.params;
const withoutNames = loadLexicon({ ...miniLexicon, params: paramsWithoutNames });
const scorer = createScorer({ lexicons: [withNames] });
const hits = (text: string, s = scorer) => hitRows(text, s);

describe('names', () => {
  it('a hit inside a capitalised name counts for nothing ("the Stockholm International Peace Research Institute")', () => {
    const result = scorer.score('Military spending rose again, according to the Stockholm International Peace Research Institute.');
    expect(hits('Military spending rose again, according to the Stockholm International Peace Research Institute.')).toEqual([['Peace', 0, ['name']]]);
    expect(result.label).toBe('neutral');
  });

  it('every hit of a name is dropped, and the hits around it are not', () => {
    expect(hits('Delegates at the Peace Dialogue Forum called for dialogue.')).toEqual([
      ['Peace', 0, ['name']],
      ['Dialogue', 0, ['name']],
      ['dialogue', 2, []],
    ]);
  });

  it('a name goes on after "of", "on", "for" or "and" following a capitalised word ("the Treaty of Peace")', () => {
    expect(hits('The two states honoured the Treaty of Peace and Dialogue of 1978.')).toEqual([
      ['Peace', 0, ['name']],
      ['Dialogue', 0, ['name']],
    ]);
    expect(hits('Lee spoke of Peace and the North agreed.')).toEqual([['Peace', 1.5, []]]);
  });

  it('a capitalised word inside a sentence before "of" and a capitalised word opens a name ("the Battle of Waterloo"); at a sentence\'s start it does not', () => {
    const rows = (text: string) => defaultScorer().score(text).hits.map((h) => [h.text, Math.sign(h.contribution), h.modifiers]);
    expect(rows('Re-enactors restaged the Battle of Waterloo south of Brussels.')).toEqual([['Battle', 0, ['name']]]);
    expect(rows("Tashkent hosted the final of the 'Battle of the Chefs' contest.").at(-1)).toEqual(['Battle', 0, ['name']]);
    expect(rows("Destruction of Gaza's hospitals continued.")).toEqual([['Destruction', -1, []]]);
  });

  it('an agreement named as a verb\'s object keeps its head\'s hit for the verb (params.names.objectCategories): "suspended the Indus Waters Treaty"', () => {
    const rows = (text: string) => defaultScorer().score(text).hits.map((h) => [h.text, Math.sign(h.contribution), h.modifiers]);
    expect(rows('India suspended the Indus Waters Treaty on Wednesday.')).toEqual([['Treaty', -1, ['negation:suspended']]]);
    expect(rows('Seoul restored the Comprehensive Military Agreement.')).toEqual([['Agreement', 1, []]]);
    expect(rows('Under the Indus Waters Treaty, India controls the eastern rivers.')).toEqual([['Treaty', 0, ['name']]]);
    expect(rows('The Collective Security Treaty Organisation met in Minsk.').slice(0, 1)).toEqual([['Treaty', 0, ['name']]]);
    // A negator's object as well: "the suspension of the Indus Waters Treaty".
    expect(rows('The suspension of the Indus Waters Treaty entered its sixth month.')).toEqual([['Treaty', -1, ['negation:suspension of']]]);
    expect(rows('The text of the Indus Waters Treaty sets out the rivers.')).toEqual([['Treaty', 0, ['name']]]);
  });

  it('an agreement named as the subject of "be", "remain" or "stay", auxiliaries between, keeps its head\'s hit for the predicate: "the Indus Waters Treaty was placed in abeyance"', () => {
    const rows = (text: string) => defaultScorer().score(text).hits.map((h) => [h.text, Math.sign(h.contribution), h.modifiers]);
    expect(rows('The Indus Waters Treaty was placed in abeyance by New Delhi.')).toEqual([['Treaty', -1, ['negation:in abeyance']]]);
    expect(rows('The Comprehensive Military Agreement remains suspended.')).toEqual([['Agreement', -1, ['negation:remains suspended']]]);
    expect(rows('The Indus Waters Treaty would stay suspended.')).toEqual([['Treaty', -1, ['negation:stay suspended']]]);
    expect(rows('The Indus Waters Treaty Commission was set up in 1960.')).toEqual([['Treaty', 0, ['name']]]);
  });

  it('the first word of a sentence is capitalised anyway: "Peace talks resumed" keeps both hits, "Peace Dialogue Forum" does not', () => {
    expect(hits('Peace talks resumed in Doha.')).toEqual([
      ['Peace', 1.5, []],
      ['talks', 1, []],
    ]);
    expect(hits('Peace Dialogue Forum delegates met in Doha.').map(([, c]) => c)).toEqual([0, 0]);
  });

  it('stays off in a headline in title case, with or without its function words in lower case', () => {
    expect(hits('Seoul Offers Talks To Pyongyang As Tensions Ease')).toEqual([['Talks', 1, []]]);
    expect(hits('Seoul Offers Talks to Pyongyang as Tensions Ease')).toEqual([['Talks', 1, []]]);
  });

  it('a sentence that opens with a long name is no headline: its lower-case verb and noun say so', () => {
    expect(hits('The Stockholm International Peace Research Institute published data.')).toEqual([['Peace', 0, ['name']]]);
  });

  it('is off when the lexicon has no params.names', () => {
    expect(hits('according to the Stockholm International Peace Research Institute.', createScorer({ lexicons: [withoutNames] }))).toEqual([['Peace', 1.5, []]]);
  });
});
