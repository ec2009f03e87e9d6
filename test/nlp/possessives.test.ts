import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNlp } from '../../src/nlp/index.js';

const nlp = createNlp();
const rows = (text: string) => nlp.analyze(text).tokens.map((t) => [text.slice(t.start, t.end), t.normal, t.pos]);

describe('possessives', () => {
  it('reads a possessive before punctuation as the noun and "\'s", as wink-nlp reads one before a word ("more than Israel\'s.")', () => {
    expect(rows("Sanctions hurt Turkey more than Israel's.")).toEqual([
      ['Sanctions', 'sanctions', 'PROPN'],
      ['hurt', 'hurt', 'VERB'],
      ['Turkey', 'turkey', 'PROPN'],
      ['more', 'more', 'ADJ'],
      ['than', 'than', 'ADP'],
      ['Israel', 'israel', 'PROPN'],
      ["'s", "'s", 'PART'],
      ['.', '.', 'PUNCT'],
    ]);
    expect(rows('the largest in the world’s.').slice(-3)).toEqual([
      ['world', 'world', 'NOUN'],
      ['’s', '’s', 'PART'],
      ['.', '.', 'PUNCT'],
    ]);
  });

  it('gives a text the same tokens whatever was read before it: wink-nlp remembers a possessive it kept whole', () => {
    const text = "Lebanon urged the world to stop Israel's attacks on the world's youngest state.";
    const first = nlp.analyze(text);
    nlp.analyze("The losses were larger than Israel's. They were the world's.");
    expect(nlp.analyze(text)).toEqual(first);
    expect(first.tokens.filter((t) => t.normal === "'s")).toHaveLength(2);
  });

  it('gives any text the same analysis before and after a text with its possessive before punctuation (property)', () => {
    // Each run names a new word, since wink-nlp remembers a form for the rest of the process.
    const name = fc.stringMatching(/^[A-Z][a-z]{5,9}$/);
    const punctuation = fc.constantFrom('.', ',', ';', '!', '?', '"');
    fc.assert(
      fc.property(name, punctuation, fc.constantFrom("'s", '’s'), (word, mark, s) => {
        const text = `Seoul urged ${word}${s} leaders to stop the attacks on ${word}${s} border.`;
        const before = nlp.analyze(text);
        nlp.analyze(`The losses were larger than ${word}${s}${mark} Talks resumed.`);
        expect(nlp.analyze(text)).toEqual(before);
      }),
      { numRuns: 50 },
    );
  });

  it('keeps the sentences right after a possessive read as two tokens, alone and joined', () => {
    const text = "It was the world's. Talks resumed.";
    const { tokens, sentences } = nlp.analyze(text);
    expect(sentences.map((s) => [tokens[s.firstToken]?.normal, tokens[s.lastToken]?.normal, text.slice(s.start, s.end)])).toEqual([
      ['it', '.', "It was the world's."],
      ['talks', '.', 'Talks resumed.'],
    ]);
    const joined = nlp.analyzeMany([text, 'Seoul proposed talks.']);
    expect(joined[0]).toEqual(nlp.analyze(text));
    expect(joined[1]).toEqual(nlp.analyze('Seoul proposed talks.'));
  });
});
