import { describe, expect, it } from 'vitest';
import { defaultScorer, defaultScorerWithout, hitRows } from '../helpers.js';

const rows = (text: string, scorer = defaultScorer()) => hitRows(text, scorer).map(([term, contribution, modifiers]) => [term, Math.sign(contribution), modifiers]);

describe('concession', () => {
  it('counts the regard conceded before "but" for confrontation, and the engagement it names 0, when nothing after "but" counts for engagement', () => {
    expect(rows('Oslo values its fisheries cooperation with Moscow, but it will close its ports to Russian trawlers.')).toEqual([
      ['values', -1, ['concession:but', 'contrast-before:but']],
      ['cooperation', 0, ['conceded:values', 'contrast-before:but']],
      ['close its ports', -1, ['contrast-after:but']],
    ]);
  });

  it('reads the concession as the rebuff when the act after "but" has no entry ("will operate its dam on its own timetable")', () => {
    const text = '"We value our long friendship with Cairo, but Ethiopia will fill the dam on its own timetable," the minister said.';
    expect(rows(text)[0]).toEqual(['value', -1, ['concession:but', 'contrast-before:but']]);
    expect(defaultScorer().score(text).label).toBe('confrontation');
    expect(defaultScorer().score('The Government of Finland values centuries of contact with the Russian people, but its border will stay as it is.').label).toBe('confrontation');
  });

  it('takes a refusal of a future act after "but" back once ("but no Italian-flagged rescue ship will dock")', () => {
    expect(rows('"We value our friendship with Rome, but no Italian-flagged rescue ship will dock in our ports," the minister said.')).toEqual([
      ['value', -1, ['concession:but', 'contrast-before:but']],
      ['friendship', 0, ['conceded:value', 'contrast-before:but']],
    ]);
  });

  it('leaves the engagement after "but" to decide, and a negated regard conceding nothing', () => {
    expect(defaultScorer().score('"We respect the court\'s ruling, but we will keep talking to Caracas," the minister said.').label).toBe('engagement');
    expect(rows('Seoul does not value the summit, but it will attend.').map(([, , modifiers]) => modifiers).flat()).not.toContain('concession:but');
  });

  it('is off without params.concessions', () => {
    expect(defaultScorerWithout('params', 'concessions').score('Finland values centuries of contact with the Russian people, but its border will stay as it is.').label).toBe('neutral');
  });

  it('once read, leaves nothing before "but" for contrast to take back: a hostile act conceded beside the regard stays hostile', () => {
    const text = '"We respect Washington, despite its tariffs, but not one more migrant will land here," the minister said.';
    expect(rows(text).map(([term, sign]) => [term, sign])).toEqual([
      ['respect', -1],
      ['tariffs', -1],
    ]);
    expect(defaultScorer().score(text).label).toBe('confrontation');
  });
});
