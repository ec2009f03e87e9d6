import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/statements/quotes.js';
import { isoDay } from '../../src/statements/dates.js';

/** The inner text of every quotation found. */
const inner = (text: string) => findQuotes(text).map((q) => text.slice(q.innerStart, q.innerEnd));

describe('findQuotes', () => {
  it('finds straight and curly pairs with their marks included in start/end', () => {
    const text = 'He said "we will talk" and then “we will not.”';
    expect(findQuotes(text)).toEqual([
      { start: 8, end: 22, innerStart: 9, innerEnd: 21 },
      { start: 32, end: 46, innerStart: 33, innerEnd: 45 },
    ]);
  });

  it('closes „…“ with “, but a “ inside a “…” quotation is just a character', () => {
    expect(inner('Sie sagte „Frieden“ gestern.')).toEqual(['Frieden']);
    expect(inner('“one “two” three')).toEqual(['one “two']);
  });

  it('pairs guillemets and mixes kinds in one text', () => {
    expect(inner('«Dialogue» and "pressure" and “aid”')).toEqual(['Dialogue', 'pressure', 'aid']);
  });

  it('ends a quotation left open at the line break, trimmed, and one left open at the end of the text', () => {
    expect(inner('"We will fight on   \nNext paragraph "and on')).toEqual(['We will fight on', 'and on']);
  });

  it('finds none in text without quotation marks', () => {
    expect(findQuotes('Seoul offered talks on Tuesday.')).toEqual([]);
  });
});

describe('isoDay', () => {
  it('formats a UTC date as YYYY-MM-DD, padding month, day and short years', () => {
    expect(isoDay(new Date(Date.UTC(2025, 0, 5, 12)))).toBe('2025-01-05');
    expect(isoDay(new Date(Date.UTC(2025, 11, 31, 23, 59)))).toBe('2025-12-31');
    const early = new Date(Date.UTC(2000, 2, 9, 12));
    early.setUTCFullYear(812);
    expect(isoDay(early)).toBe('0812-03-09');
  });
});
