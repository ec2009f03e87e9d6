import { describe, expect, it } from 'vitest';
import type { Scorer } from '../../src/index.js';
import { defaultScorer, defaultScorerWithout } from '../helpers.js';

const rows = (text: string, with_: Scorer = defaultScorer()) => with_.score(text).hits.map((h) => [h.entry, h.modifiers]);
const label = (text: string) => defaultScorer().score(text).label;

const RETALIATE = 'Asked whether Hanoi would retaliate against the new tariffs, the trade minister replied that Vietnam wanted talks.';

describe('question', () => {
  it("a reporter's question opening the sentence counts 0 when the answer holds a hit of its own", () => {
    expect(rows(RETALIATE)).toEqual([
      ['retaliate', ['question:asked']],
      ['tariff', ['question:asked']],
      ['talk', []],
    ]);
    expect(label(RETALIATE)).toBe('engagement');
    const sanctions = 'Questioned about the sanctions on Minsk, the envoy said Vilnius remained open to dialogue.';
    expect(rows(sanctions)[0]).toEqual(['sanction', ['question:questioned']]);
    expect(label(sanctions)).toBe('engagement');
  });

  it('an answer with no hit of its own leaves the question to carry the stance', () => {
    const text = 'Asked whether Ankara would strike the militants again, the spokesman said nothing.';
    expect(rows(text).flatMap(([, modifiers]) => modifiers)).not.toContain('question:asked');
  });

  it('reads only a question that opens the sentence', () => {
    const text = 'The minister, asked about the sanctions, said Vilnius remained open to dialogue.';
    expect(rows(text).flatMap(([, modifiers]) => modifiers)).not.toContain('question:asked');
  });

  it('reads the question after the answer, from "when asked" or "when pressed" to its clause\'s end', () => {
    const pressed = '"Why should Britain sit down with a government that keeps our citizens in its prisons?" the foreign secretary asked when pressed about Tehran\'s call for new talks.';
    expect(rows(pressed)).toEqual([
      ['sit down with', ['negation:why should']],
      ['call for talk', ['question:pressed']],
    ]);
    expect(label(pressed)).toBe('confrontation');
    const asked = 'The minister welcomed the talks when asked about the sanctions.';
    expect(rows(asked)).toEqual([
      ['welcome', []],
      ['talk', []],
      ['sanction', ['question:asked']],
    ]);
    // With no answer outside it, the question carries what the sentence is about.
    expect(rows('The spokesman spoke only when asked about the sanctions.')).toEqual([['sanction', []]]);
  });

  it('is off without params.questions', () => {
    const without = defaultScorerWithout('params', 'questions');
    expect(rows(RETALIATE, without)[0]).toEqual(['retaliate', []]);
  });
});

describe('withheld', () => {
  it.each([
    ['Lavoie declined to say whether Ottawa supported the surcharge.', 'surcharge', 'withheld:say'],
    ['The ministry would not confirm whether the drones had come from the South.', 'drone', 'withheld:confirm'],
    ['She refused to comment on whether Astana would seek compensation for the losses.', 'seek compensation', 'withheld:comment'],
    ["The trade representative's office declined to comment on the timing of the next round of talks.", 'round of talk', 'withheld:comment'],
  ])('a question the speaker declines to answer is no act: %s', (text, entry, modifier) => {
    const hit = defaultScorer().score(text).hits.find((h) => h.entry === entry);
    expect(hit?.contribution).toBe(0);
    expect(hit?.modifiers).toContain(modifier);
    expect(label(text)).toBe('neutral');
  });

  it('leaves what follows the question clause, and a question not declined, alone', () => {
    const text = 'The minister declined to say whether talks would resume, and said the army would attack any convoy.';
    expect(rows(text).find(([entry]) => entry === 'attack')?.[1]).toEqual([]);
    expect(rows('The minister said the ministry would confirm whether the drones came from the South.')).toEqual([['drone', []]]);
    // What follows a comment given is no question left unanswered: "commented on the talks".
    expect(rows('The minister commented on the talks.')).toEqual([['talk', []]]);
  });

  it('is off without params.withheld', () => {
    expect(rows('Lavoie declined to say whether Ottawa supported the surcharge.', defaultScorerWithout('params', 'withheld'))).toEqual([['surcharge', []]]);
  });
});
