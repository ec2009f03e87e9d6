import { describe, expect, it } from 'vitest';
import { defaultScorer, defaultScorerWithout, hitRows } from '../helpers.js';

const label = (text: string) => defaultScorer().score(text).label;
const insist = (text: string) => hitRows(text, defaultScorer()).find(([word]) => word.startsWith('insist'));

describe('assertion', () => {
  it.each([
    ['"had no intention of"', 'Kampala insisted it had no intention of keeping its forces in South Sudan beyond the period agreed with Juba.'],
    ['a "that" clause', "Mohamad Hasan insisted that Malaysia's door remained open to Jakarta on the Ambalat question."],
    ['"would never" and a hostile act', 'Quirno insisted Argentina would never use the river commission to block Uruguay\'s port projects.'],
  ])('a demand verb before an indicative clause that counts for engagement asserts it and counts 0: %s', (_how, text) => {
    expect(insist(text)).toEqual([expect.stringMatching(/^insist/), 0, ['asserted']]);
    expect(label(text)).toBe('engagement');
  });

  it('leaves what an asserting "insist" says to count: "demanded" does not clear it', () => {
    expect(label('Zabihullah Mujahid insisted that the Islamic Emirate would never allow any group to use Afghan soil against Turkmenistan.')).toBe('engagement');
  });

  it.each([
    ['asks, in the subjunctive', 'Lutnick said friends pay their bills, insisting the investment come in cash up front.'],
    ['asks, with "on"', 'The opposition said the government insisted on replacing the chief mediator.'],
    ['asserts a hostile act', 'Gil insisted Venezuela would never give up the Essequibo and would use every means to recover it.'],
    ['follows "but"', 'Abiy said Ethiopia had no plan to invade Eritrea, but insisted his country would gain access to the Red Sea in peace.'],
    ['follows "while"', 'Armenia and Azerbaijan initialled a peace text, while Baku insisted it would not sign until Yerevan removes territorial claims.'],
    ['follows a rejection', "Panama rejected Washington's claim that US warships would transit free of charge, insisting that no such concession had been agreed."],
    ['follows a refusal', 'Bangkok refused the request to take the dispute to the court, insisting that only bilateral mechanisms would do.'],
  ])('keeps a demand verb\'s weight when it %s', (_how, text) => {
    expect(insist(text)?.[1]).toBeLessThan(0);
    expect(insist(text)?.[2]).not.toContain('asserted');
  });

  it('is off without params.assertions', () => {
    const rows = hitRows('Kampala insisted it had no intention of keeping its forces in South Sudan.', defaultScorerWithout('params', 'assertions'));
    expect(rows.find(([word]) => word === 'insisted')?.[1]).toBeLessThan(0);
  });
});
