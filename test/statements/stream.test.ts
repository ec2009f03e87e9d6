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

  it('ends with the typed error of the first bad document otherwise', async () => {
    await expect(collect(analyzeStream([doc('b', 'x', 'yesterday')], { actors }))).rejects.toThrow(StancetrackError);
  });
});
