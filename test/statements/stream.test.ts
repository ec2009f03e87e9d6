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

  it('ends with the typed error of the first bad document otherwise', async () => {
    await expect(collect(analyzeStream([doc('b', 'x', 'yesterday')], { actors }))).rejects.toThrow(StancetrackError);
  });
});
