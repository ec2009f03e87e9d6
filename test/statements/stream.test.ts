import { describe, expect, it } from 'vitest';
import { analyzeStream, StancetrackError, type DocumentInput } from '../../src/index.js';
import { koreaActors as actors } from '../fixtures/actors.js';

const doc = (id: string, text: string, publishedAt = '2025-11-02'): DocumentInput => ({ id, text, publishedAt });

async function collect<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of stream) out.push(item);
  return out;
}

describe('analyzeStream', () => {
  it('yields the statements of each document in order, from sync or async sources', async () => {
    const docs = [doc('a', 'Lee offered talks to Pyongyang.'), doc('b', 'Pyongyang rejected the offer.')];
    async function* source() {
      yield* docs;
    }
    const fromAsync = await collect(analyzeStream(source(), { actors }));
    const fromSync = await collect(analyzeStream(docs, { actors }));
    expect(fromAsync.map((s) => [s.documentId, s.actor, s.stance.label])).toEqual([
      ['a', 'lee-jae-myung', 'engagement'],
      ['b', 'north-korea', 'confrontation'],
    ]);
    expect(fromSync).toEqual(fromAsync);
  });

  it('pulls the next document only when the consumer asks for more (back-pressure)', async () => {
    const pulled: string[] = [];
    function* source() {
      for (const id of ['a', 'b', 'c']) {
        pulled.push(id);
        yield doc(id, 'Lee offered talks to Pyongyang.');
      }
    }
    const stream = analyzeStream(source(), { actors });
    await stream.next();
    expect(pulled).toEqual(['a']);
    await stream.next();
    expect(pulled).toEqual(['a', 'b']);
  });

  it('skips a bad document and reports it with its index when onReject is given', async () => {
    const rejected: [number, string][] = [];
    const docs = [doc('a', 'Lee offered talks.'), doc('b', 'x', '2025-13-40'), doc('c', 'Pyongyang rejected the offer.')];
    const statements = await collect(analyzeStream(docs, { actors, onReject: (error, index) => rejected.push([index, error.code]) }));
    expect(statements.map((s) => s.documentId)).toEqual(['a', 'c']);
    expect(rejected).toEqual([[1, 'E_DATE']]);
  });

  it('gives the same statements and rejections when documents are analysed a batch at a time', async () => {
    const docs = [
      doc('a', 'Lee offered talks to Pyongyang on Monday.'),
      doc('b', 'x', '2025-13-40'),
      doc('c', 'Pyongyang rejected the offer on Tuesday.'),
      doc('d', '"We will keep building trust," Lee said on Friday.'),
      doc('e', 'Seoul sent aid to the North.'),
    ];
    const run = async (batch: number) => {
      const rejected: [number, string][] = [];
      const statements = await collect(analyzeStream(docs, { actors, batch, onReject: (error, index) => rejected.push([index, error.code]) }));
      return { statements, rejected };
    };
    const one = await run(1);
    expect(one.rejected).toEqual([[1, 'E_DATE']]);
    expect(one.statements.map((s) => s.documentId)).toEqual(['a', 'c', 'd', 'e']);
    expect(await run(2)).toEqual(one);
    expect(await run(50)).toEqual(one);
  });

  it('pulls a whole batch ahead, and no more', async () => {
    const pulled: string[] = [];
    function* source() {
      for (const id of ['a', 'b', 'c', 'd']) {
        pulled.push(id);
        yield doc(id, 'Lee offered talks to Pyongyang.');
      }
    }
    const stream = analyzeStream(source(), { actors, batch: 2 });
    await stream.next();
    expect(pulled).toEqual(['a', 'b']);
    await stream.next();
    expect(pulled).toEqual(['a', 'b']);
    await stream.next();
    expect(pulled).toEqual(['a', 'b', 'c', 'd']);
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects batch %s with E_OPTIONS', async (batch) => {
    await expect(collect(analyzeStream([doc('a', 'Lee offered talks.')], { actors, batch }))).rejects.toMatchObject({ code: 'E_OPTIONS' });
  });

  it('ends with the typed error of the first bad document otherwise, naming its index and id', async () => {
    const docs = [doc('a', 'Lee offered talks.'), doc('b', 'x', 'yesterday')];
    await expect(collect(analyzeStream(docs, { actors }))).rejects.toThrow(StancetrackError);
    await expect(collect(analyzeStream(docs, { actors }))).rejects.toMatchObject({
      code: 'E_DATE',
      message: 'stancetrack: documents[1] (id "b"): document.publishedAt: expected a calendar date YYYY-MM-DD, found "yesterday"',
    });
    await expect(collect(analyzeStream([doc('a', 'Lee offered talks.'), { text: 5 } as never], { actors }))).rejects.toMatchObject({
      code: 'E_INPUT',
      message: 'stancetrack: documents[1]: document.text: expected the text as a string, found 5',
    });
  });

  it('passes onReject the same error, naming the document', async () => {
    const messages: string[] = [];
    await collect(analyzeStream([doc('b', 'x', 'yesterday')], { actors, onReject: (error) => messages.push(error.message) }));
    expect(messages).toEqual(['stancetrack: documents[0] (id "b"): document.publishedAt: expected a calendar date YYYY-MM-DD, found "yesterday"']);
  });

  it('when its source fails, yields the statements of the documents read before, whatever the batch, then the error', async () => {
    const failure = new Error('disk read failed');
    async function* source() {
      yield doc('a', 'Lee offered talks to Pyongyang.');
      yield doc('b', 'Pyongyang rejected the offer.');
      throw failure;
    }
    for (const batch of [1, 50]) {
      const got: string[] = [];
      await expect(
        (async () => {
          for await (const s of analyzeStream(source(), { actors, batch })) got.push(s.documentId);
        })(),
      ).rejects.toBe(failure);
      expect(got).toEqual(['a', 'b']);
    }
  });

  it('rethrows an error that is not a StancetrackError unchanged, with or without onReject', async () => {
    const bug = new RangeError('internal failure');
    // The text is read once to validate the document and again to analyse it; the second read fails.
    let reads = 0;
    const failing = {
      publishedAt: '2025-11-02',
      get text() {
        reads += 1;
        if (reads % 2 === 0) throw bug;
        return 'Lee offered talks.';
      },
    };
    await expect(collect(analyzeStream([failing], { actors }))).rejects.toBe(bug);
    const rejected: number[] = [];
    await expect(collect(analyzeStream([failing], { actors, onReject: (_, index) => rejected.push(index) }))).rejects.toBe(bug);
    expect(rejected).toEqual([]);
  });

  it.each([
    { name: 'null documents', run: () => analyzeStream(null as never, { actors }), code: 'E_INPUT', message: 'documents: expected an iterable or async iterable of documents, found null' },
    { name: 'no options', run: () => analyzeStream([], undefined as never), code: 'E_OPTIONS', message: 'options: expected an options object such as { actors }, found undefined' },
    { name: 'onReject not a function', run: () => analyzeStream([], { actors, onReject: 5 as never }), code: 'E_OPTIONS', message: 'options.onReject: expected a function (error, index) => void, found 5' },
    { name: 'an unknown option', run: () => analyzeStream([], { actors, bogus: 1 } as never), code: 'E_OPTIONS', message: 'options.bogus: unknown key; check its spelling' },
    { name: 'look-alike actors', run: () => analyzeStream([], { actors: { list: [], get: () => undefined } }), code: 'E_OPTIONS', message: 'options.actors: expected the result of defineActors' },
  ])('rejects $name with $code before reading any document', async ({ run, code, message }) => {
    const error: unknown = await collect(run()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StancetrackError);
    expect(error).toMatchObject({ code, message: expect.stringContaining(message) as unknown as string });
  });
});
