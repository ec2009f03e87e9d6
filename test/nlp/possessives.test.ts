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
