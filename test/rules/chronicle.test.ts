import { describe, expect, it } from 'vitest';
import { defaultScorer, defaultScorerWithout, hitRows } from '../helpers.js';

const label = (text: string) => defaultScorer().score(text).label;

describe('chronicle', () => {
  it.each([
    ['the subject of "note that", tagged a noun', 'Historians note that the Algiers Agreement, signed in December 2000, ended a border war in which 80,000 people were killed.', 'chronicle:historians'],
    ['past a phrase of place', 'Historians at a Kabul University conference noted that the border war ended in 1893.', 'chronicle:historians'],
    ['past a name', 'Historian Kofi Agyeman said the 1956 plebiscite still shapes how people talk about the border.', 'chronicle:historian'],
    ['in apposition after "said"', '"The treaty is the root of the whole claim," said Assad Shoman, the Belizean historian, at a book launch.', 'chronicle:historian'],
    ['after "according to"', 'The massacres killed an estimated 100,000 Poles, according to Polish historians.', 'chronicle:historians'],
    ['a statistics office, past the rest of its noun phrase', "Hungary's statistics office said trade with Slovakia reached 14.6 billion euros, making it one of its five largest trading partners.", 'chronicle:statistics'],
    ['a statistics institute, a name', "Haiti's National Statistics Institute said mango exports fell 18 per cent, largely because of road blockades.", 'chronicle:statistics'],
  ])('a sentence a historian tells counts every hit 0: %s', (_how, text, modifier) => {
    const rows = hitRows(text, defaultScorer());
    expect(rows.length).toBeGreaterThan(0);
    for (const [, contribution, modifiers] of rows) {
      expect(contribution).toBe(0);
      expect(modifiers.some((m) => m === modifier || m === 'name' || m.startsWith('dated:'))).toBe(true);
    }
    expect(label(text)).toBe('neutral');
  });

  it('leaves historians who act alone: "historians agreed to revive a joint commission"', () => {
    expect(label('Polish and Ukrainian historians agreed in Lublin to revive a joint commission.')).toBe('engagement');
  });

  it('leaves people called figures alone: "opposition figures said Brussels was preparing to suspend visa-free travel"', () => {
    expect(label('Georgian opposition figures said Brussels was preparing to suspend visa-free travel for Georgian officials.')).toBe('confrontation');
  });

  it('is off without params.chronicles', () => {
    const text = 'Historians recall that the 2002 crisis ended within days, when Washington brokered a return to the status quo.';
    expect(label(text)).toBe('neutral');
    expect(defaultScorerWithout('params', 'chronicles').score(text).label).toBe('engagement');
  });
});
