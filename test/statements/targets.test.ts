import { describe, expect, it } from 'vitest';
import { defineActors, extractStatements } from '../../src/index.js';
import { koreaActors as actors } from '../fixtures/actors.js';

const targets = (text: string) => extractStatements({ text, publishedAt: '2025-11-02' }, { actors }).map((s) => [s.actor, s.target]);

describe('targets', () => {
  it.each([
    { case: 'a state named in the statement', text: 'Lee offered talks to Pyongyang.', expect: [['lee-jae-myung', 'north-korea']] },
    { case: 'an alias ("the North")', text: '"We will make the North feel secure," Lee said.', expect: [['lee-jae-myung', 'north-korea']] },
    { case: 'the speaker’s own affiliation is skipped', text: '"South Korea will respect the system of North Korea," Lee said.', expect: [['lee-jae-myung', 'north-korea']] },
    { case: 'a colleague of the same side is skipped', text: 'Kim Yo-jong praised Kim Jong Un and condemned Seoul.', expect: [['kim-yo-jong', 'south-korea']] },
    { case: 'a person on the other side', text: 'Pyongyang condemned Lee for the drills.', expect: [['north-korea', 'lee-jae-myung']] },
    { case: 'nothing named → null', text: '"We want calm and quiet," Lee said.', expect: [['lee-jae-myung', null]] },
    { case: 'an actor is never its own target', text: 'Lee said Lee would go.', expect: [['lee-jae-myung', null]] },
    { case: 'an unresolved speaker whose candidates share a side has that side', text: 'Kim said the North would never negotiate with Seoul.', expect: [[null, 'south-korea']] },
    { case: 'subjects who do it with each other are each other’s targets', text: 'North Korea and South Korea agreed to reopen the hotline.', expect: [['north-korea', 'south-korea'], ['south-korea', 'north-korea']] },
    { case: 'but not subjects who do it together', text: 'North Korea and South Korea condemned the storm damage.', expect: [['north-korea', null], ['south-korea', null]] },
    { case: 'a target named in the statement comes first', text: 'Lee and Kim Yo-jong met to discuss Pyongyang’s missiles.', expect: [['lee-jae-myung', 'north-korea'], ['kim-yo-jong', 'lee-jae-myung']] },
    { case: 'a go-between is no target', text: 'Pyongyang agreed to a truce mediated by Seoul. Lee halted the broadcasts at the request of the North.', expect: [['north-korea', null], ['lee-jae-myung', null]] },
  ])('$case', ({ text, expect: expected }) => {
    expect(targets(text)).toEqual(expected);
  });

  it('a subject after "and the" is coordinated too ("Guyana and the United States signed")', () => {
    const registry = defineActors([
      { id: 'guyana', name: 'Guyana', kind: 'state' },
      { id: 'united-states', name: 'United States', kind: 'state' },
    ]);
    const statements = extractStatements({ text: 'Guyana and the United States signed a defence pact on Friday.', publishedAt: '2025-11-02' }, { actors: registry });
    expect(statements.map((s) => [s.actor, s.target])).toEqual([
      ['guyana', 'united-states'],
      ['united-states', 'guyana'],
    ]);
  });
});
