import { describe, expect, it } from 'vitest';
import { evaluate, type LabelledStatement, type Prediction } from '../../src/index.js';
import { thrown } from '../helpers.js';

const items: LabelledStatement[] = [
  { id: 'a', text: 'We welcome the talks.', label: 'engagement', score: 0.6, domain: 'diplomacy', hard: ['negation'] },
  { id: 'b', text: 'We will strike back.', label: 'confrontation' },
];
const neutral = (): Prediction => ({ label: 'neutral', score: 0 });

describe('evaluate input', () => {
  it('accepts well-formed items and predictions', () => {
    expect(evaluate(items, neutral).n).toBe(2);
  });

  it.each([
    { name: 'null items', run: () => evaluate(null as never, neutral), message: 'items: expected an array of labelled statements, found null' },
    { name: 'an unknown label', run: () => evaluate([{ ...items[1]!, label: 'bogus' as never }], neutral), message: 'items[0].label: expected one of engagement, confrontation, mixed, neutral, found "bogus"' },
    { name: 'a score out of range', run: () => evaluate([{ ...items[0]!, score: 3 }], neutral), message: 'items[0].score: expected a number in [-1, 1] or no score, found 3' },
    { name: 'an item without an id', run: () => evaluate([{ text: 'x', label: 'neutral' } as never], neutral), message: 'items[0].id: required field is missing' },
    { name: 'hard not an array', run: () => evaluate([{ ...items[0]!, hard: 'negation' as never }], neutral), message: 'items[0].hard: expected an array of strings or nothing, found "negation"' },
    { name: 'no predictor', run: () => evaluate(items, undefined as never), message: 'predict: expected a function (text) => { label, score }, found undefined' },
    { name: 'a predictor returning a bad label', run: () => evaluate(items, () => ({ label: 'positive' as never, score: 0 })), message: 'predict(items[0].text).label: expected one of engagement, confrontation, mixed, neutral, found "positive"' },
    { name: 'a predictor returning nothing', run: () => evaluate(items, (() => undefined) as never), message: 'predict(items[0].text): expected { label, score }, found undefined' },
    { name: 'a negative worstCount', run: () => evaluate(items, neutral, -1), message: 'worstCount: expected an integer ≥ 0, found -1' },
  ])('rejects $name with E_INPUT', ({ run, message }) => {
    const error = thrown(run);
    expect(error.code).toBe('E_INPUT');
    expect(error.message).toBe(`stancetrack: ${message}`);
  });
});
