import { describe, expect, it } from 'vitest';
import { createScorer, defaultLexicon, mergeLexicons } from '../../src/index.js';
import { suggestEntries, type Suggestions } from '../../src/node.js';

describe('suggestEntries: WordNet synonyms', () => {
  let consult: Suggestions;

  it('proposes the synonyms of "negotiate" from its first verb sense, with its pole, category and weight', async () => {
    // WordNet 3.1, verb sense 1 of "negotiate": {negociate, negotiate, talk terms} "discuss the terms of an arrangement".
    consult = await suggestEntries({
      category: 'consult',
      corpus: [
        { id: 'n1', text: 'The unions agreed to negociate with the employers.' },
        { id: 'n2', text: 'Both sides will talk terms next week.' },
        { id: 'n3', text: 'They talked terms for a month and negociated a truce.' },
      ],
    });
    const fromNegotiate = (consult.synonyms ?? []).filter((s) => s.source === 'negotiate');
    expect(fromNegotiate).toEqual([
      { term: 'negociate', pos: 'verb', source: 'negotiate', sense: 1, pole: 'engagement', category: 'consult', weight: 1.4, evidence: 2 },
      { term: 'talk terms', pos: 'verb', source: 'negotiate', sense: 1, pole: 'engagement', category: 'consult', weight: 1.4, evidence: 2 },
    ]);
  });

  it('proposes nothing the lexicon already matches, only synonyms of the category asked for, most attested first', () => {
    const synonyms = consult.synonyms ?? [];
    const terms = synonyms.map((s) => s.term);
    expect(terms).not.toContain('negotiate');
    expect(terms).not.toContain('talk');
    const sources = new Set(synonyms.map((s) => s.source));
    for (const source of sources) expect(defaultLexicon.entries.find((e) => e.term === source)?.category).toBe('consult');
    const evidence = synonyms.map((s) => s.evidence ?? -1);
    expect(evidence).toEqual([...evidence].sort((a, b) => b - a));
    expect(new Set(terms).size).toBe(terms.length);
  });

  it('writes an overlay that mergeLexicons accepts and the scorer then matches', () => {
    const entry = consult.overlay.entries?.find((e) => e.term === 'negociate');
    expect(entry).toEqual({ term: 'negociate', pole: 'engagement', weight: 1.4, category: 'consult', note: 'WordNet synonym of "negotiate" (verb, sense 1); in 2 corpus statements' });
    const scorer = createScorer({ lexicons: [mergeLexicons(defaultLexicon, consult.overlay)] });
    const hit = scorer.score('Management refused to negociate.').hits.find((h) => h.text === 'negociate');
    expect(hit).toMatchObject({ entry: 'negociate', category: 'consult', pole: 'engagement' });
  });

  it('limit keeps to the first entries; without a corpus there is no evidence count', async () => {
    const s = await suggestEntries({ category: 'consult', limit: 1 });
    const first = defaultLexicon.entries.find((e) => e.category === 'consult' && !e.term.includes(' ') && !e.term.endsWith('*') && e.exact !== true);
    expect(first?.term).toBe('meet');
    // WordNet 3.1, verb sense 1 of "meet": {meet, run into, encounter, run across, come across, see}.
    expect((s.synonyms ?? []).map((x) => [x.term, x.source, x.evidence])).toEqual([
      ['run into', 'meet', undefined],
      ['encounter', 'meet', undefined],
      ['run across', 'meet', undefined],
      ['come across', 'meet', undefined],
      ['see', 'meet', undefined],
    ]);
    expect(s.separating).toBeUndefined();
    expect(s.statements).toBe(0);
  });

  it('names options.lexicon when it is not a valid lexicon (E_LEXICON)', async () => {
    await expect(suggestEntries({ lexicon: {} as never, wordnet: false })).rejects.toMatchObject({ code: 'E_LEXICON', message: expect.stringMatching(/^stancetrack: options\.lexicon is invalid/) });
  });

  it('rejects an unknown category and coverage without a corpus (E_OPTIONS)', async () => {
    await expect(suggestEntries({ category: 'nope' })).rejects.toMatchObject({ code: 'E_OPTIONS', message: expect.stringContaining('options.category') });
    await expect(suggestEntries({ coverage: true, wordnet: false })).rejects.toMatchObject({ code: 'E_OPTIONS', message: expect.stringContaining('options.coverage') });
    await expect(suggestEntries({ senses: 0 })).rejects.toMatchObject({ code: 'E_OPTIONS', message: expect.stringContaining('options.senses') });
    await expect(suggestEntries({ bogus: 1 } as never)).rejects.toMatchObject({
      code: 'E_OPTIONS',
      message: expect.stringContaining('options.bogus: unknown field; remove it or check its spelling (allowed fields: lexicon, corpus, wordnet, category,'),
    });
    await expect(suggestEntries({ wordnet: false, corpus: [{ id: 'x', text: 'Hi.', label: 'positive' }] as never })).rejects.toMatchObject({
      code: 'E_INPUT',
      message: expect.stringContaining('corpus[0].label'),
    });
  });
});
