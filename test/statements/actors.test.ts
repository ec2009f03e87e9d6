import { describe, expect, it } from 'vitest';
import { analyze, defineActors, extractStatements, StancetrackError, type ActorInput } from '../../src/index.js';

describe('defineActors', () => {
  it('returns a frozen registry that looks actors up by id', () => {
    const actors = defineActors([{ id: 'eu', name: 'European Union', aliases: ['Brussels'], kind: 'organization' }]);
    expect(actors.get('eu')?.name).toBe('European Union');
    expect(Object.isFrozen(actors.list) && Object.isFrozen(actors.list[0])).toBe(true);
  });

  it('reports every problem with its path, as E_ACTORS', () => {
    try {
      defineActors([
        { id: 'Bad Id', name: 'X', kind: 'state' },
        { id: 'a', name: '', kind: 'planet' } as unknown as ActorInput,
      ]);
      expect.unreachable();
    } catch (e) {
      expect((e as StancetrackError).code).toBe('E_ACTORS');
      expect((e as StancetrackError).issues.map((i) => i.path)).toEqual(['[0].id', '[1].name', '[1].kind']);
    }
  });

  it('rejects duplicate ids and unknown affiliations', () => {
    expect(() => defineActors([{ id: 'a', name: 'A', kind: 'state' }, { id: 'a', name: 'B', kind: 'state', affiliation: 'zz' }])).toThrow(
      /\[1\]\.id: duplicate id "a"[\s\S]*\[1\]\.affiliation: expected the id of an actor in the list, found "zz"/,
    );
  });
});

describe('documents with no known actors', () => {
  const actors = defineActors([{ id: 'eu', name: 'European Union', kind: 'organization' }]);
  const text = 'The harbour reopened on Tuesday. "We are glad the ferries run again and trade resumes," a shop owner said. Officials signed a fishing accord.';

  it('returns quotations with actor null and nothing thrown', () => {
    const statements = analyze({ text, publishedAt: '2025-03-01' }, { actors });
    expect(statements.map((s) => [s.kind, s.actor, s.actorMention])).toEqual([['quote', null, 'a shop owner']]);
  });

  it('an empty document has no statements', () => {
    expect(extractStatements({ text: '', publishedAt: '2025-03-01' }, { actors })).toEqual([]);
  });

  it('rejects a missing text or actors with typed errors', () => {
    expect(() => extractStatements({ publishedAt: '2025-03-01' } as never, { actors })).toThrow(/document\.text: required field is missing/);
    expect(() => extractStatements({ text, publishedAt: '2025-03-01' }, {} as never)).toThrow(/options\.actors: expected the result of defineActors/);
  });
});
