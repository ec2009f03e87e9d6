import { describe, expect, it } from 'vitest';
import { defineActors, extractStatements } from '../../src/index.js';
import { koreaActors as actors } from '../fixtures/actors.js';

const extract = (text: string) => extractStatements({ text, publishedAt: '2025-11-02' }, { actors });
/** Targets named in the statement; the document's counterpart (`targetBasis: 'document'`) is tested apart. */
const targets = (text: string) => extract(text).map((s) => [s.actor, s.targetBasis === 'named' ? s.target : null]);
const withBasis = (text: string) => extract(text).map((s) => [s.actor, s.target, s.targetBasis]);

describe('targets', () => {
  it('the other party of an agreement the words are about is no target ("until the memorandum with Somaliland was withdrawn")', () => {
    const registry = defineActors([
      { id: 'somalia', name: 'Somalia', aliases: ['Mogadishu'], kind: 'state' },
      { id: 'ethiopia', name: 'Ethiopia', aliases: ['Addis Ababa'], kind: 'state' },
      { id: 'somaliland', name: 'Somaliland', aliases: ['Hargeisa'], kind: 'state' },
    ]);
    const aimed = (text: string) => extractStatements({ text, publishedAt: '2025-11-02' }, { actors: registry }).map((s) => [s.actor, s.target, s.targetBasis]);
    expect(aimed('Mogadishu said it would not restore ties until the memorandum with Somaliland was withdrawn. It accused Ethiopia of violating its sovereignty.')).toEqual([
      ['somalia', 'ethiopia', 'document'],
      ['somalia', 'ethiopia', 'named'],
    ]);
    expect(aimed("Mogadishu condemned Ethiopia's deal with Somaliland.")).toEqual([['somalia', 'ethiopia', 'named']]);
    // A deal the speaker makes with another party is aimed at it.
    expect(aimed('Mogadishu signed a deal with Somaliland.')).toEqual([['somalia', 'somaliland', 'named']]);
  });

  it('a representative of a state named after or with an envoy title or "counterpart" is that state as a target ("summoned the Russian ambassador, Pavel Demin"), not one thanked in person', () => {
    const registry = defineActors([
      { id: 'norway', name: 'Norway', aliases: ['Oslo'], kind: 'state' },
      { id: 'russia', name: 'Russia', aliases: ['Moscow'], kind: 'state' },
      { id: 'pavel-demin', name: 'Pavel Demin', aliases: ['Demin'], kind: 'person', affiliation: 'russia' },
    ]);
    const aimed = (text: string) => extractStatements({ text, publishedAt: '2025-11-02' }, { actors: registry }).map((s) => [s.actor, s.target]);
    expect(aimed('Oslo summoned the Russian ambassador, Pavel Demin, over the drone flights.')).toEqual([['norway', 'russia']]);
    expect(aimed('Oslo summoned Ambassador Pavel Demin over the drone flights.')).toEqual([['norway', 'russia']]);
    expect(aimed('Oslo thanked Ambassador Pavel Demin for his help with the rescue.')).toEqual([['norway', 'pavel-demin']]);
    expect(aimed('Oslo criticised Pavel Demin over the drone flights.')).toEqual([['norway', 'pavel-demin']]);
    expect(aimed('Oslo met its Russian counterpart, Pavel Demin, on Tuesday.')).toEqual([['norway', 'russia']]);
  });

  it.each([
    { case: 'a state named in the statement', text: 'Lee offered talks to Pyongyang.', expect: [['lee-jae-myung', 'north-korea']] },
    { case: 'an alias ("the North")', text: '"We will make the North feel secure," Lee said.', expect: [['lee-jae-myung', 'north-korea']] },
    { case: 'the speaker’s own affiliation is skipped', text: '"South Korea will respect the system of North Korea," Lee said.', expect: [['lee-jae-myung', 'north-korea']] },
    { case: 'a colleague of the same side is skipped', text: "Kim Yo-jong praised Kim Jong Un's warning to Seoul.", expect: [['kim-yo-jong', 'south-korea']] },
    { case: 'each verb of one subject after "and" has its own target', text: 'Kim Yo-jong praised Kim Jong Un and condemned Seoul.', expect: [['kim-yo-jong', null], ['kim-yo-jong', 'south-korea']] },
    { case: 'a person on the other side', text: 'Pyongyang condemned Lee for the drills.', expect: [['north-korea', 'lee-jae-myung']] },
    { case: 'nothing named → null', text: '"We want calm and quiet," Lee said.', expect: [['lee-jae-myung', null]] },
    { case: 'an actor is never its own target', text: 'Lee said Lee would go.', expect: [['lee-jae-myung', null]] },
    { case: 'an unresolved speaker whose candidates share a side has that side', text: 'Kim said the North would never negotiate with Seoul.', expect: [[null, 'south-korea']] },
    { case: 'subjects who do it with each other are each other’s targets', text: 'North Korea and South Korea agreed to reopen the hotline.', expect: [['north-korea', 'south-korea'], ['south-korea', 'north-korea']] },
    { case: 'but not subjects who do it together', text: 'North Korea and South Korea condemned the storm damage.', expect: [['north-korea', null], ['south-korea', null]] },
    { case: 'partners come before anyone else the statement names', text: 'Lee and Kim Yo-jong met to discuss Pyongyang’s missiles.', expect: [['lee-jae-myung', 'kim-yo-jong'], ['kim-yo-jong', 'lee-jae-myung']] },
    { case: 'a go-between is no target', text: 'Pyongyang agreed to a truce mediated by Seoul. Lee halted the broadcasts at the request of the North.', expect: [['north-korea', null], ['lee-jae-myung', null]] },
  ])('$case', ({ text, expect: expected }) => {
    expect(targets(text)).toEqual(expected);
  });

  it('a state named by its capital right after "in" is where something happens, not a target; by its own name or before a noun it may be', () => {
    const registry = defineActors([
      { id: 'guyana', name: 'Guyana', aliases: ['Georgetown', 'Guyanese'], kind: 'state' },
      { id: 'venezuela', name: 'Venezuela', aliases: ['Caracas'], kind: 'state' },
      { id: 'brazil', name: 'Brazil', aliases: ['Brasília'], kind: 'state' },
    ]);
    const rows = (text: string) => extractStatements({ text, publishedAt: '2025-11-02' }, { actors: registry }).map((s) => [s.actor, s.target]);
    expect(rows('Guyana said in Brasília on Thursday that it would not discuss its borders.')).toEqual([['guyana', null]]);
    expect(rows('Venezuela said it would not discuss the border with Guyana in Brasília.')).toEqual([['venezuela', 'guyana']]);
    expect(rows('Venezuela deployed troops in Brazil.')).toEqual([['venezuela', 'brazil']]);
    expect(rows('Venezuela deployed troops in Guyanese territory.')).toEqual([['venezuela', 'guyana']]);
  });

  it('an organisation of no side speaking to two sides at once aims at neither', () => {
    const registry = defineActors([...actors.list, { id: 'un', name: 'United Nations', aliases: ['the UN'], kind: 'organization' }]);
    const rows = (text: string) => extractStatements({ text, publishedAt: '2025-11-02' }, { actors: registry }).map((s) => [s.actor, s.target]);
    expect(rows('The UN urged Seoul and Pyongyang to show restraint.')).toEqual([['un', null]]);
    expect(rows('The UN called on both countries to return to talks with Seoul.')).toEqual([['un', null]]);
    expect(rows('The UN urged Pyongyang to show restraint.')).toEqual([['un', 'north-korea']]);
    // A side addressing two others keeps the first.
    expect(rows('Lee urged Pyongyang and the UN to show restraint.')).toEqual([['lee-jae-myung', 'north-korea']]);
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

  it('subjects acting with each other are each other\'s targets before a venue or a go-between ("signed a truce in Doha")', () => {
    const registry = defineActors([
      { id: 'india', name: 'India', kind: 'state' },
      { id: 'pakistan', name: 'Pakistan', kind: 'state' },
      { id: 'qatar', name: 'Qatar', aliases: ['Doha'], kind: 'state' },
    ]);
    const statements = extractStatements({ text: 'India and Pakistan signed a truce in Doha on Friday.', publishedAt: '2025-11-02' }, { actors: registry });
    expect(statements.map((s) => [s.actor, s.target])).toEqual([
      ['india', 'pakistan'],
      ['pakistan', 'india'],
    ]);
  });

  it('a venue is no target ("after an emergency summit in Abuja", "held talks in Muscat")', () => {
    const registry = defineActors([
      { id: 'ecowas', name: 'ECOWAS', kind: 'organization' },
      { id: 'nigeria', name: 'Nigeria', aliases: ['Abuja'], kind: 'state' },
      { id: 'niger', name: 'Niger', aliases: ['Niamey'], kind: 'state' },
      { id: 'oman', name: 'Oman', aliases: ['Muscat'], kind: 'state' },
    ]);
    const named = (text: string) => extractStatements({ text, publishedAt: '2025-11-02' }, { actors: registry }).map((s) => [s.actor, s.targetBasis === 'named' ? s.target : null]);
    expect(named('ECOWAS said after an emergency summit in Abuja that all options remained on the table.')).toEqual([['ecowas', null]]);
    expect(named('ECOWAS said after a meeting in Abuja that Niamey had rejected its envoys.')).toEqual([['ecowas', 'niger']]);
    expect(named('Niger held talks in Muscat on Saturday.')).toEqual([['niger', null]]);
    // Not a venue: a visit is paid to its host.
    expect(named('ECOWAS envoys flew to Abuja on Saturday.')).toEqual([['ecowas', 'nigeria']]);
  });

  it('an organisation of no side is the target only when no one else is named: more often the forum than the target', () => {
    const registry = defineActors([...actors.list, { id: 'icj', name: 'International Court of Justice', aliases: ['ICJ'], kind: 'organization' }]);
    const named = (text: string) => extractStatements({ text, publishedAt: '2025-11-02' }, { actors: registry }).map((s) => [s.actor, s.target, s.targetBasis]);
    expect(named('Seoul asked the ICJ to rule that Pyongyang broke international law.')).toEqual([['south-korea', 'north-korea', 'named']]);
    expect(named('Pyongyang rejected the ICJ ruling.')).toEqual([['north-korea', 'icj', 'named']]);
  });

  it('so is a person of such an organisation: "sent a letter to UN Secretary-General Guterres accusing Pyongyang" is aimed at Pyongyang', () => {
    const registry = defineActors([
      ...actors.list,
      { id: 'un', name: 'United Nations', aliases: ['UN'], kind: 'organization' },
      { id: 'guterres', name: 'António Guterres', aliases: ['Guterres', 'UN Secretary-General'], kind: 'person', affiliation: 'un' },
    ]);
    const named = (text: string) => extractStatements({ text, publishedAt: '2025-11-02' }, { actors: registry }).map((s) => [s.actor, s.target, s.targetBasis]);
    expect(named('Seoul sent a letter to UN Secretary-General Guterres accusing Pyongyang of preparing a nuclear test.')).toEqual([['south-korea', 'north-korea', 'named']]);
    expect(named('Seoul sent a letter to UN Secretary-General Guterres on Monday.')).toEqual([['south-korea', 'guterres', 'named']]);
  });

  it('but one accused, blamed or warned as the object of the verb is the target ("accused the European Union of trying to turn Georgia …")', () => {
    const registry = defineActors([...actors.list, { id: 'eu', name: 'European Union', aliases: ['EU'], kind: 'organization' }]);
    const named = (text: string) => extractStatements({ text, publishedAt: '2025-11-02' }, { actors: registry }).map((s) => [s.actor, s.target, s.targetBasis]);
    expect(named('Pyongyang accused the European Union on Thursday of turning Seoul into a front line.')).toEqual([['north-korea', 'eu', 'named']]);
    expect(named('Pyongyang warned the EU against meddling in the affairs of the South.')).toEqual([['north-korea', 'eu', 'named']]);
    // Not the object of such a verb: a forum, as before.
    expect(named('Pyongyang told the EU that Seoul was preparing a provocation.')).toEqual([['north-korea', 'south-korea', 'named']]);
    // A verb with its preposition ("call on") aims at its object as a verb does.
    expect(named('Pyongyang called on the European Union not to follow the South in adopting new sanctions.')).toEqual([['north-korea', 'eu', 'named']]);
    // "thanks", which wink-nlp tags a noun after its subject, aims as "thank" does; so does "work with".
    expect(named('Pyongyang fired two missiles on Monday. Seoul said it thanks the European Union for its help with the talks.')[1]).toEqual(['south-korea', 'eu', 'named']);
    expect(named('Pyongyang fired two missiles on Monday. Seoul will work with the European Union on the talks.')[1]).toEqual(['south-korea', 'eu', 'named']);
    // Past an adverb ("work closely with"), and after an adjective with its preposition ("grateful to").
    expect(named('Pyongyang fired two missiles on Monday. Seoul will work closely with the European Union on the talks.')[1]).toEqual(['south-korea', 'eu', 'named']);
    expect(named('Pyongyang fired two missiles on Monday. Seoul said it was grateful to the European Union for its help with the talks.')[1]).toEqual(['south-korea', 'eu', 'named']);
    // And after a noun with its preposition ("expresses its gratitude to").
    expect(named('Pyongyang fired two missiles on Monday. Seoul expressed its gratitude to the European Union for its help with the talks.')[1]).toEqual(['south-korea', 'eu', 'named']);
  });

  describe("the document's counterpart, for a statement that names no target", () => {
    it('is the one other side the document names', () => {
      expect(withBasis('Seoul proposed talks with Pyongyang on Monday. Pyongyang fired two missiles into the sea on Tuesday.')).toEqual([
        ['south-korea', 'north-korea', 'named'],
        ['north-korea', 'south-korea', 'document'],
      ]);
    });

    it('is counted by side: a leader names their state', () => {
      expect(withBasis('Lee proposed talks with Kim Yo-jong. Pyongyang fired two missiles into the sea.')[1]).toEqual(['north-korea', 'south-korea', 'document']);
    });

    it('needs a side named at least counterpartDominance (3) times as often as any other', () => {
      const registry = defineActors([...actors.list, { id: 'japan', name: 'Japan', aliases: ['Tokyo'], kind: 'state' }]);
      const text = (seoul: number) => `Seoul warned Tokyo. ${'Seoul criticised Pyongyang. '.repeat(seoul - 1)}Pyongyang fired two missiles into the sea.`;
      const last = (t: string) => extractStatements({ text: t, publishedAt: '2025-11-02' }, { actors: registry }).at(-1);
      // South Korea named 3 times against Japan's once: the counterpart; 2 against 1: none.
      expect([last(text(3))?.target, last(text(3))?.targetBasis]).toEqual(['south-korea', 'document']);
      expect([last(text(2))?.target, last(text(2))?.targetBasis]).toEqual([null, null]);
    });

    it('is not a subject acting with the speaker', () => {
      expect(withBasis('North Korea and South Korea condemned the storm damage.')).toEqual([
        ['north-korea', null, null],
        ['south-korea', null, null],
      ]);
    });

    it('is not a go-between', () => {
      expect(withBasis('Pyongyang agreed to a truce mediated by Seoul.')).toEqual([['north-korea', null, null]]);
    });

    it("else, the side the speaker's side aims its statements at, when that side aims its own back", () => {
      const registry = defineActors([...actors.list, { id: 'japan', name: 'Japan', aliases: ['Tokyo'], kind: 'state' }]);
      const last = (t: string) => extractStatements({ text: t, publishedAt: '2025-11-02' }, { actors: registry }).at(-1);
      // Japan, the host, is named as often as either side: no side dominates the count of names.
      const hosted = 'Tokyo hosted the talks. Japan carried messages between the delegations. Tokyo welcomed the meeting. Seoul urged Pyongyang to return to the table. Pyongyang rejected the proposals of Seoul. Pyongyang fired two missiles into the sea.';
      expect([last(hosted)?.target, last(hosted)?.targetBasis]).toEqual(['south-korea', 'document']);
      // A side the speaker's side appeals to, which names it in no statement of its own, is no counterpart.
      const appealed = 'Seoul called on Tokyo to act. Seoul urged Tokyo to help. Pyongyang warned Seoul. Pyongyang condemned the drills. Seoul held drills on Tuesday.';
      expect([last(appealed)?.target, last(appealed)?.targetBasis]).toEqual([null, null]);
      // Nor is an organisation of no side that names the speaker's side back (a court, a forum): it is
      // not counted among the sides named either, which leaves Pyongyang the one other side.
      const court = defineActors([...registry.list, { id: 'icj', name: 'International Court of Justice', aliases: ['ICJ'], kind: 'organization' }]);
      const pleaded = 'Seoul asked the ICJ to act. Seoul told the ICJ it had a strong case. The ICJ ordered Seoul to answer. Pyongyang warned Seoul. Pyongyang fired two missiles. Seoul held drills on Tuesday.';
      const lastOf = extractStatements({ text: pleaded, publishedAt: '2025-11-02' }, { actors: court }).at(-1);
      expect([lastOf?.target, lastOf?.targetBasis]).toEqual(['north-korea', 'document']);
    });

    it('is not a person or an organisation of no side, however often named', () => {
      const registry = defineActors([
        ...actors.list,
        { id: 'choi-min-su', name: 'Choi Min-su', aliases: ['Choi'], kind: 'person' },
        { id: 'un', name: 'United Nations', aliases: ['UN'], kind: 'organization' },
      ]);
      const last = (t: string) => extractStatements({ text: t, publishedAt: '2025-11-02' }, { actors: registry }).at(-1);
      // The activist and the UN are named three times to Pyongyang's once: Seoul's words are aimed at Pyongyang.
      const detained = 'Pyongyang detained Choi Min-su on Monday. Choi was freed on Wednesday. Choi thanked his lawyers. Seoul said its citizens must be treated with dignity.';
      expect([last(detained)?.target, last(detained)?.targetBasis]).toEqual(['north-korea', 'document']);
      const debated = 'Pyongyang fired a missile. The UN met on Monday. The UN will meet again in March. The UN thanked its members. Seoul said its patience had limits.';
      expect([last(debated)?.target, last(debated)?.targetBasis]).toEqual(['north-korea', 'document']);
    });

    it('comes before an organisation of no side that is the only actor the statement names', () => {
      const registry = defineActors([...actors.list, { id: 'icj', name: 'International Court of Justice', aliases: ['ICJ', 'the court'], kind: 'organization' }]);
      const text = 'Pyongyang rejected the ruling. Pyongyang warned Seoul. Seoul fired back. Seoul said it would take the dispute to the ICJ.';
      const last = extractStatements({ text, publishedAt: '2025-11-02' }, { actors: registry }).at(-1);
      expect([last?.target, last?.targetBasis]).toEqual(['north-korea', 'document']);
      // With no counterpart in the document, the organisation stays the target.
      const alone = extractStatements({ text: 'Seoul said it would take the dispute to the ICJ.', publishedAt: '2025-11-02' }, { actors: registry }).at(-1);
      expect([alone?.target, alone?.targetBasis]).toEqual(['icj', 'named']);
      // An armed group registered as a group is a side, and stays the target it is named as.
      const rebels = defineActors([...actors.list, { id: 'm23', name: 'M23', aliases: ['the M23'], kind: 'group' }]);
      const fought = extractStatements({ text: 'Pyongyang warned Seoul. Pyongyang fired a missile. Seoul said its troops had clashed with the M23.', publishedAt: '2025-11-02' }, { actors: rebels }).at(-1);
      expect([fought?.target, fought?.targetBasis]).toEqual(['m23', 'named']);
    });

    it('does not come before an organisation of no side that is the object of the statement\'s verb ("Seoul thanked the ICJ"), unless asked to act ("asked the ICJ to")', () => {
      const registry = defineActors([...actors.list, { id: 'icj', name: 'International Court of Justice', aliases: ['ICJ', 'the court'], kind: 'organization' }]);
      const lastOf = (sentence: string) => extractStatements({ text: `Pyongyang rejected the ruling. Pyongyang warned Seoul. Seoul fired back. ${sentence}`, publishedAt: '2025-11-02' }, { actors: registry }).at(-1);
      const thanked = lastOf('Seoul thanked the ICJ for its swift hearing.');
      expect([thanked?.target, thanked?.targetBasis]).toEqual(['icj', 'named']);
      const asked = lastOf('Seoul asked the ICJ to hear the case quickly.');
      expect([asked?.target, asked?.targetBasis]).toEqual(['north-korea', 'document']);
    });

    it('is none for an unknown speaker', () => {
      const statements = withBasis('Lee offered talks. "The talks were useful," an official said.');
      expect(statements.at(-1)).toEqual([null, null, null]);
    });
  });
});
