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

  it('shows the value, not its length, when a name is empty', () => {
    expect(() => defineActors([{ id: 'a', name: '', kind: 'state' }])).toThrow('[0].name: expected a non-empty name, found ""');
    expect(() => defineActors([{ id: 'a', name: 'A', kind: 'state', pronouns: [''] }])).toThrow('[0].pronouns[0]: expected a non-empty string, found ""');
  });

  it.each([
    { role: { title: 'President', from: '2025-02-30' }, issue: { path: '[0].roles[0].from', message: 'expected a calendar date YYYY-MM-DD, found "2025-02-30"' } },
    { role: { title: 'President', to: '2025-13-01' }, issue: { path: '[0].roles[0].to', message: 'expected a calendar date YYYY-MM-DD, found "2025-13-01"' } },
    { role: { title: 'President', from: '2025-03-01', to: '2025-01-31' }, issue: { path: '[0].roles[0].to', message: 'expected a date on or after from (2025-03-01), found "2025-01-31"' } },
  ])('rejects role $role with E_ACTORS naming the path', ({ role, issue }) => {
    try {
      defineActors([{ id: 'lee', name: 'Lee', kind: 'person', roles: [role] }]);
      expect.unreachable();
    } catch (e) {
      expect((e as StancetrackError).code).toBe('E_ACTORS');
      expect((e as StancetrackError).issues).toEqual([issue]);
    }
  });

  it('accepts a role of one day', () => {
    expect(defineActors([{ id: 'lee', name: 'Lee', kind: 'person', roles: [{ title: 'Acting President', from: '2025-04-01', to: '2025-04-01' }] }]).list).toHaveLength(1);
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
    expect(() => extractStatements({ text, publishedAt: '2025-03-01' }, {} as never)).toThrow('options.actors: expected the result of defineActors([...]), found undefined');
  });

  it.each([
    { document: null, message: 'document: expected a document { text, publishedAt }, found null' },
    { document: { text, publishedAt: '2025-03-01', id: '' }, message: 'document.id: expected a non-empty string or nothing, found ""' },
  ])('names the path of a bad document without a stray dot or a length: $message', ({ document, message }) => {
    expect(() => extractStatements(document as never, { actors })).toThrowError(expect.objectContaining({ code: 'E_INPUT', message: `stancetrack: ${message}` }) as unknown as Error);
  });

  it.each([
    { options: null, issue: { path: 'options', message: 'expected an options object such as { actors }, found null' } },
    { options: { actors: { list: [{ id: 'eu', name: 'European Union', kind: 'organization' }], get: () => undefined } }, issue: { path: 'options.actors', message: 'expected the result of defineActors([...]), found Object' } },
    { options: { actors, unknownSpeakers: 'bogus' }, issue: { path: 'options.unknownSpeakers', message: 'expected "keep" or "drop", found "bogus"' } },
    { options: { actors, unknownSpeaker: 'drop' }, issue: { path: 'options.unknownSpeaker', message: 'unknown key; check its spelling' } },
  ])('extractStatements and analyze reject options $options with E_OPTIONS', ({ options, issue }) => {
    for (const run of [extractStatements, analyze]) {
      try {
        run({ text, publishedAt: '2025-03-01' }, options as never);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(StancetrackError);
        expect((e as StancetrackError).code).toBe('E_OPTIONS');
        expect((e as StancetrackError).issues).toEqual([issue]);
      }
    }
  });
});
