import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScorer, score } from '../../src/index.js';

const SEED = 20251102;
const vocabulary = ['talks', 'not', 'attack', 'but', 'peace', 'if', 'strongly', 'rejected', 'the', 'proposal', 'sanctions', 'olive branch', 'main enemy', ',', '.', 'never', 'gradually', 'dialogue', 'war', 'aid'];
const sentence = fc.array(fc.constantFrom(...vocabulary), { maxLength: 25 }).map((words) => words.join(' '));
const anyText = fc.oneof(sentence, fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }));

describe('scorer properties', () => {
  it('score is in [−1, 1], magnitudes ≥ 0, confidence in [0, 1], for any text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = score(text);
        return r.score >= -1 && r.score <= 1 && r.engagement >= 0 && r.confrontation >= 0 && r.confidence >= 0 && r.confidence <= 1 && Number.isFinite(r.score);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('every hit span slices the caller’s input to the hit text', () => {
    fc.assert(
      fc.property(anyText, (text) => score(text).hits.every((h) => text.slice(h.span[0], h.span[1]) === h.text && h.span[0] <= h.span[1])),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('is deterministic: the same text scores the same, on the same or a fresh scorer', () => {
    const fresh = createScorer();
    fc.assert(
      fc.property(sentence, (text) => {
        expect(fresh.score(text)).toEqual(score(text));
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('no leakage between calls: scoring other texts in between changes nothing', () => {
    fc.assert(
      fc.property(sentence, fc.array(sentence, { maxLength: 5 }), (text, others) => {
        const before = score(text);
        others.forEach((o) => score(o));
        expect(score(text)).toEqual(before);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('the label agrees with the sign of the score unless mixed or neutral', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const r = score(text);
        if (r.label === 'engagement') return r.score > 0;
        if (r.label === 'confrontation') return r.score < 0;
        return true;
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
