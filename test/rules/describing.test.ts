import { describe, expect, it } from 'vitest';
import { defaultScorer, hitRows } from '../helpers.js';

const rows = (text: string) => hitRows(text, defaultScorer()).map(([text, contribution, modifiers]) => [text, Math.sign(contribution), modifiers]);

describe('describing', () => {
  it('a hostile participle in front of a noun that an engagement act reaches says what became of it and counts 0', () => {
    expect(rows('Tehran was ready to let IAEA inspectors return to the bombed sites.').at(-1)).toEqual(['bombed', 0, ['describes:sites']]);
    expect(rows('Chile will keep its ambassador in Caracas to assist detained Chileans.').at(-1)).toEqual(['detained', 0, ['describes:chileans']]);
    // wink-nlp tags this one an adjective.
    expect(rows('Both sides agreed to let monitors return to the shelled villages.').at(-1)).toEqual(['shelled', 0, ['describes:villages']]);
    expect(defaultScorer().score('Chile will keep its ambassador in Caracas to assist detained Chileans.').label).toBe('engagement');
    // Negated, the act is the stance and the participle still only describes: "would not meet the detained leaders".
    expect(rows('The minister would not meet the detained leaders.')).toEqual([
      ['meet', -1, ['negation:not']],
      ['detained', 0, ['describes:leaders']],
    ]);
  });

  it('keeps a participle with no engagement act before it in its clause, and a verb with its object', () => {
    expect(rows('The bombed hospital was closed.')).toEqual([['bombed', -1, []]]);
    expect(rows('They agreed to talks, and the army shelled villages.').at(-1)).toEqual(['shelled', -1, []]);
  });

  it('takes a hyphenated participle whose first piece says how long, not one that names who did it', () => {
    expect(rows('Both governments agreed to survey the long-disputed Kalapani area.').at(-1)).toEqual(['disputed', 0, ['describes:kalapani']]);
    expect(rows('They agreed to hold talks in Pakistan-occupied Kashmir.').at(-1)).toEqual(['occupied', -1, []]);
  });

  it('a participle after the object of an engagement act, with its prepositional phrases, tells that object\'s past and its hostile hits count 0 ("released soldiers captured during fighting")', () => {
    expect(rows('Somalia and Jubaland swapped dozens of soldiers captured during last year\'s clashes at Ras Kamboni.')).toEqual([
      ['swapped', 1, []],
      ['clashes', 0, ['describes:soldiers']],
    ]);
    // What follows the phrases is the sentence's again, and after a name the participle may be a clause of its own.
    expect(rows('Egede called the visit of a US delegation led by Usha Vance highly aggressive.').at(-1)).toEqual(['aggressive', -1, ['intensifier:highly']]);
    expect(rows('Mexico kept the pledge Sheinbaum made to Trump in exchange for a pause on tariffs.').at(-1)?.[2]).not.toContain('describes:sheinbaum');
  });
});
