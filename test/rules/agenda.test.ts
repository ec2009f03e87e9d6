import { describe, expect, it } from 'vitest';
import { createScorer, defaultLexicon, loadLexicon } from '../../src/index.js';
import { defaultScorer, defaultScorerWithout, hitRows } from '../helpers.js';

const rows = (text: string) => hitRows(text, defaultScorer());
const zeroed = (text: string) => rows(text).filter(([, contribution]) => contribution === 0).map(([word, , modifiers]) => [word, modifiers]);

describe('agenda', () => {
  it.each([
    ['The two sides held talks on terrorism and trade.', [['terrorism', ['agenda:talks']]]],
    ["Seoul proposed talks on the North's nuclear threat.", [['nuclear threat', ['agenda:talks']]]],
    ['Pakistan is ready for a dialogue with India on all outstanding issues, including Kashmir, water and terrorism.', [['terrorism', ['agenda:ready for a dialogue']]]],
    ['They agreed to cooperate against terrorism.', [['terrorism', ['agenda:cooperate']]]],
    ['Guyana is ready to cooperate with Venezuela in combating criminal gangs.', [['combating', ['agenda:cooperate']]]],
    ['Pakistan wanted a "comprehensive dialogue" with India on water, Kashmir and terrorism.', [['terrorism', ['agenda:dialogue']]]],
    ['Talks on the East Sea naming dispute continued in Tokyo.', [['dispute', ['agenda:talks']]]],
  ])('what talks or cooperation are about counts 0: %s', (text, expected) => {
    expect(zeroed(text)).toEqual(expected);
    expect(defaultScorer().score(text).label).toBe('engagement');
  });

  it('counts an agreement the act works towards 0 with params.agenda.settled, so the act counts once', () => {
    const text = 'Hungary and Ukraine agreed on an eleven-point roadmap for minority rights.';
    expect(zeroed(text)).toEqual([['roadmap', ['agenda:agreed']]]);
    expect(zeroed('Officials said they had not been consulted about the agreements with China.')).toEqual([['agreements', ['agenda:consulted']]]);
    const { settled: _off, ...agenda } = defaultLexicon.params.agenda ?? { acts: [], topics: [], note: '-' };
    const unsettled = createScorer({ lexicons: [loadLexicon({ ...defaultLexicon, params: { ...defaultLexicon.params, agenda } })] });
    expect(hitRows(text, unsettled).map(([word, contribution]) => [word, contribution > 0])).toEqual([
      ['agreed', true],
      ['roadmap', true],
    ]);
  });

  it('leaves coercion aimed "against" a side on the agenda alone ("talks on new sanctions against Iran")', () => {
    expect(zeroed('Allies held talks on new sanctions against Iran.')).toEqual([]);
  });

  it('counts a measure under discussion 0 with params.agenda.measures ("a working group on critical minerals and tariffs")', () => {
    const text = 'The two leaders set up a working group on critical minerals and tariffs.';
    expect(zeroed(text)).toEqual([['tariffs', ['agenda:set up a working group']]]);
    expect(defaultScorer().score(text).label).toBe('engagement');
    const { measures: _off, ...agenda } = defaultLexicon.params.agenda ?? { acts: [], topics: [], note: '-' };
    const without = createScorer({ lexicons: [loadLexicon({ ...defaultLexicon, params: { ...defaultLexicon.params, agenda } })] });
    expect(hitRows(text, without).map(([word, contribution]) => [word, Math.sign(contribution)])).toEqual([
      ['set up a working group', 1],
      ['tariffs', -1],
    ]);
  });

  it('ends at a verb and at a comma before "and": the next clause keeps its acts', () => {
    expect(zeroed('The sides agreed on a ceasefire, and attacks went on.')).toEqual([]);
    expect(zeroed('Talks on the border continued as the rebels attacked a convoy.')).toEqual([]);
  });

  it('is off without params.agenda', () => {
    const without = defaultScorerWithout('params', 'agenda');
    expect(hitRows('The two sides held talks on terrorism and trade.', without).map(([word, contribution]) => [word, contribution])).toEqual([
      ['talks', 1],
      ['terrorism', -2],
    ]);
  });
});
