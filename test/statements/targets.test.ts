import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/index.js';
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
  ])('$case', ({ text, expect: expected }) => {
    expect(targets(text)).toEqual(expected);
  });
});
