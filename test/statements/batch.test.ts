import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, defineActors, StancetrackError, type DocumentInput } from '../../src/index.js';
import { readDocuments } from '../../src/io/documents.js';
import { analyzeBatch } from '../../src/statements/extract.js';
import { koreaActors } from '../fixtures/actors.js';

const doc = (id: string, text: string, publishedAt = '2025-11-02'): DocumentInput => ({ id, text, publishedAt });

describe('analyzeBatch', () => {
  it('gives every document of the demo corpus the statements analyze gives it alone, dates included', async () => {
    const actors = defineActors(JSON.parse(readFileSync(new URL('../../examples/actors.json', import.meta.url), 'utf8')));
    const documents: DocumentInput[] = [];
    for await (const record of readDocuments([new URL('../../examples/corpus', import.meta.url).pathname])) {
      if ('document' in record) documents.push(record.document);
    }
    expect(documents.length).toBeGreaterThan(10);
    const batched = analyzeBatch(documents, { actors });
    expect(batched).toEqual(documents.map((document) => analyze(document, { actors })));
    // The corpus dates statements from its text, not only from publication.
    expect(batched.flat().some((s) => !(s instanceof Error) && s.time.basis !== 'published')).toBe(true);
  });

  it('reads documents together as each alone, at the edges of their texts too', () => {
    // Read joined, wink-nlp runs the first text's last sentence on across the blank line after "U.S.".
    const texts = ['Lee met envoys in the U.S. Today', '"We reject the offer," Kim Yo-jong said on Monday.', '', '  Pyongyang fired missiles on Sunday.  ', 'Seoul proposed talks.\n\n"No," Kim said.'];
    const documents = texts.map((text, i) => doc(String(i), text));
    expect(analyzeBatch(documents, { actors: koreaActors })).toEqual(documents.map((document) => analyze(document, { actors: koreaActors })));
    expect(analyzeBatch(documents, { actors: koreaActors }).flat().length).toBeGreaterThan(2);
  });

  it('returns the error of a document that cannot be analysed in its place, and analyses the others', () => {
    const documents = [doc('a', 'Lee offered talks to Pyongyang on Monday.'), doc('b', 'Pyongyang rejected the offer.', '2025-13-01'), doc('c', 'Pyongyang rejected the offer on Tuesday.')];
    const [a, b, c] = analyzeBatch(documents, { actors: koreaActors });
    expect(b).toBeInstanceOf(StancetrackError);
    expect((b as StancetrackError).code).toBe('E_DATE');
    expect(a).toEqual(analyze(documents[0] as DocumentInput, { actors: koreaActors }));
    expect(c).toEqual(analyze(documents[2] as DocumentInput, { actors: koreaActors }));
    expect((c as { time: { date: string } }[])[0]?.time.date).toBe('2025-10-28');
  });

  it('drops the quotations of unknown speakers when asked, as analyze does', () => {
    const text = '"We will never negotiate," a spokesman said on Friday. "Talks should resume," Lee said.';
    const [kept] = analyzeBatch([doc('a', text)], { actors: koreaActors });
    const [dropped] = analyzeBatch([doc('a', text)], { actors: koreaActors, unknownSpeakers: 'drop' });
    expect(dropped).toEqual(analyze(doc('a', text), { actors: koreaActors, unknownSpeakers: 'drop' }));
    expect((dropped as unknown[]).length).toBe((kept as unknown[]).length - 1);
  });
});
