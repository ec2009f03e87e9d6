import { describe, expect, it } from 'vitest';
import { analyze, createScorer, defaultLexicon, loadLexicon, score } from '../../src/index.js';
import { koreaActors as actors } from '../fixtures/actors.js';

const text = 'Pyongyang rejected the proposals and threatened retaliation, but Seoul offered talks.';
/** Tries a mutation the way careless callers do; frozen objects throw in strict mode, which is the point. */
const attempt = (mutate: () => void) => {
  try {
    mutate();
  } catch {
    // A TypeError from a frozen object: the mutation did not happen.
  }
};

describe('no caller can change a later result', () => {
  it('mutating defaultLexicon (entries, params, modifiers) changes nothing', () => {
    const before = score(text);
    attempt(() => ((defaultLexicon.entries[0] as { weight: number }).weight = 5));
    attempt(() => (defaultLexicon.entries as unknown as unknown[]).push({ term: 'offered', pole: 'confrontation', weight: 5, category: 'threaten' }));
    attempt(() => ((defaultLexicon.params.normalization as { alpha: number }).alpha = 0.001));
    attempt(() => (defaultLexicon.modifiers.negators as unknown as unknown[]).splice(0));
    expect(score(text)).toEqual(before);
    expect(createScorer().score(text)).toEqual(before);
  });

  it('mutating a loaded lexicon or its input after loading changes nothing', () => {
    const input = JSON.parse(JSON.stringify(defaultLexicon));
    const lexicon = loadLexicon(input);
    const scorer = createScorer({ lexicons: [lexicon] });
    const before = scorer.score(text);
    input.params.normalization.alpha = 0.001;
    attempt(() => ((lexicon.params.labels as { neutralBelow: number }).neutralBelow = 0.99));
    expect(scorer.score(text)).toEqual(before);
    expect(createScorer({ lexicons: [lexicon] }).score(text)).toEqual(before);
  });

  it('mutating a returned result or statement changes nothing later', () => {
    const first = score(text);
    attempt(() => ((first as { score: number }).score = 1));
    attempt(() => ((first.hits[0] as { contribution: number }).contribution = 99));
    attempt(() => (first.hits as unknown as unknown[]).pop());
    expect(score(text)).toEqual(first);
    const [statement] = analyze({ text: 'Lee offered talks to Pyongyang.', publishedAt: '2025-11-02' }, { actors });
    attempt(() => ((statement!.time as { date: string }).date = '1999-01-01'));
    attempt(() => ((statement!.stance as { label: string }).label = 'neutral'));
    expect(analyze({ text: 'Lee offered talks to Pyongyang.', publishedAt: '2025-11-02' }, { actors })[0]).toEqual(statement);
    expect(statement!.time.date).toBe('2025-11-02');
  });
});
