import { describe, expect, it } from 'vitest';
import { defaultScorer, defaultScorerWithout, hitRows } from '../helpers.js';

const QUESTION = '"What kind of neighbour closes its border overnight and then asks us for dialogue?" the trade minister asked.';

describe('reproach', () => {
  it('the engagement a reproaching question mocks counts 0; the reproach counts', () => {
    expect(hitRows(QUESTION, defaultScorer()).find(([term]) => term === 'dialogue')).toEqual(['dialogue', 0, ['reproach:what kind of neighbour']]);
    expect(defaultScorer().score(QUESTION).label).toBe('confrontation');
  });

  it('leaves the hostile acts the question lists, and what follows its question mark', () => {
    const rows = hitRows('"What kind of partner threatens us and then asks for our trust?" he asked. "We still want dialogue."', defaultScorer());
    expect(rows.find(([term]) => term === 'threatens')?.[1]).toBeLessThan(0);
    expect(rows.find(([term]) => term === 'trust')?.[1]).toBe(0);
    expect(rows.find(([term]) => term === 'dialogue')?.[1]).toBeGreaterThan(0);
  });

  it('reads "is this what" and "is this how" as reproaching questions ("Is this what Israel calls a ceasefire …?")', () => {
    const text = '"Is this what Dushanbe calls good-neighbourliness: armoured vehicles near our schools?" the spokeswoman asked.';
    expect(hitRows(text, defaultScorer()).find(([term]) => term === 'good-neighbourliness')?.[1]).toBe(0);
    expect(defaultScorer().score(text).label).toBe('confrontation');
    // Exact: "it was clear what" is no such question.
    expect(defaultScorer().score('Wellington might join once it was clear what taking part would involve.').label).toBe('neutral');
  });

  it('is off without params.reproaches', () => {
    expect(hitRows(QUESTION, defaultScorerWithout('params', 'reproaches')).find(([term]) => term === 'dialogue')?.[1]).toBeGreaterThan(0);
  });
});
