import { describe, expect, it } from 'vitest';
import { createNlp } from '../../src/nlp/index.js';
import { defaultScorer } from '../helpers.js';

const nlp = createNlp();

describe('Latin letters beyond Latin-1', () => {
  it('are read as their base letter, so a name stays one word with the caller\'s spelling at its offsets', () => {
    const text = 'President Recep Tayyip Erdoğan met Andrej Plenković in Łódź.';
    const { tokens } = nlp.analyze(text);
    expect(tokens.map((t) => t.normal)).toEqual(['president', 'recep', 'tayyip', 'erdogan', 'met', 'andrej', 'plenkovic', 'in', 'lódz', '.']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['President', 'Recep', 'Tayyip', 'Erdoğan', 'met', 'Andrej', 'Plenković', 'in', 'Łódź', '.']);
    expect(tokens[4]?.pos).toBe('VERB');
  });

  it('leave the words around such a name tagged as they are around any other', () => {
    const r = defaultScorer().score('Poland keeps the Kuźnica crossing closed to freight.');
    expect(r.hits.map((h) => [h.text, h.entry])).toEqual([['keeps the Kuźnica crossing closed', 'keep crossing closed']]);
    expect(r.label).toBe('confrontation');
  });

  it('keep offsets into a decomposed text exact', () => {
    const text = 'Erdog\u0306an met Plenkovic\u0301.';
    const { tokens } = nlp.analyze(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Erdog\u0306an', 'met', 'Plenkovic\u0301', '.']);
  });
});
