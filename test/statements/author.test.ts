import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, defineActors, extractStatements, StancetrackError } from '../../src/index.js';

const actors = defineActors([
  { id: 'chad', name: 'Chad', aliases: ["N'Djamena", 'Chadian'], kind: 'state' },
  { id: 'sudan', name: 'Sudan', aliases: ['Khartoum', 'Sudanese'], kind: 'state' },
  { id: 'mahamat-deby', name: 'Mahamat Déby', aliases: ['Déby'], kind: 'person', affiliation: 'chad', pronouns: ['he'] },
  { id: 'african-union', name: 'African Union', aliases: ['AU'], kind: 'organization' },
]);

const STATEMENT = [
  'Statement by the Ministry of Foreign Affairs of the Republic of Chad',
  '',
  'Sudan once again accused Chad of supplying arms to the militias.',
  '',
  'The Government categorically rejects these allegations. We call on Khartoum to return to the negotiating table.',
  '',
  '"We will not be dragged into this war," President Déby told the cabinet.',
  '',
  "N'Djamena, 19 August 2025",
].join('\n');

const extract = (text: string, author?: string, options = {}) =>
  extractStatements({ text, publishedAt: '2025-08-20', ...(author === undefined ? {} : { author }) }, { actors, ...options });
const brief = (text: string, author?: string) => extract(text, author).map((s) => [s.actor, s.kind, s.attribution.method, s.text]);

describe("a document's author", () => {
  it('speaks the sentences no other speaker or subject claims; headers and place-and-date lines say nothing', () => {
    expect(brief(STATEMENT, 'chad')).toEqual([
      ['sudan', 'reported', 'explicit', 'once again accused Chad of supplying arms to the militias.'],
      ['chad', 'quote', 'author', 'The Government categorically rejects these allegations.'],
      ['chad', 'quote', 'author', 'We call on Khartoum to return to the negotiating table.'],
      ['mahamat-deby', 'quote', 'alias', 'We will not be dragged into this war'],
    ]);
  });

  it('gives way in a transcript to the speaker whose label a sentence stands under; a question from the floor is no one\'s', () => {
    const registry = defineActors([
      { id: 'chad', name: 'Chad', aliases: ["N'Djamena"], kind: 'state' },
      { id: 'chad-mfa', name: 'Ministry of Foreign Affairs of Chad', kind: 'organization', affiliation: 'chad' },
      { id: 'sudan', name: 'Sudan', aliases: ['Khartoum', 'Sudanese'], kind: 'state' },
      { id: 'mahamat-deby', name: 'Mahamat Déby', aliases: ['Déby'], kind: 'person', affiliation: 'chad', pronouns: ['he'] },
    ]);
    const transcript = [
      'Transcript of the press conference of the Minister, 19 August 2025',
      '',
      'DÉBY: We call on Khartoum to return to the negotiating table. Chad will reopen the Adré crossing next week.',
      '',
      'QUESTION: Will the Government expel the Sudanese ambassador?',
      '',
      'DÉBY: We have no plans to expel anyone.',
    ].join('\n');
    const rows = (text: string) =>
      extractStatements({ text, publishedAt: '2025-08-20', author: 'chad-mfa' }, { actors: registry }).map((s) => [s.actor, s.attribution.method, s.text]);
    expect(rows(transcript)).toEqual([
      ['mahamat-deby', 'author', 'We call on Khartoum to return to the negotiating table.'],
      ['mahamat-deby', 'author', 'will reopen the Adré crossing next week.'],
      ['mahamat-deby', 'author', 'We have no plans to expel anyone.'],
    ]);
    // A label that names no actor and asks no question ("PRESS RELEASE:") changes nothing.
    expect(rows('PRESS RELEASE: The Government calls on Khartoum to return to the negotiating table.')).toEqual([
      ['chad-mfa', 'author', 'PRESS RELEASE: The Government calls on Khartoum to return to the negotiating table.'],
    ]);
  });

  it('speaks a sentence of eight words or more in which wink-nlp tags no verb ("thanks" as a noun), not a short one', () => {
    const text = ['The Government thanks our partners for their swift expressions of solidarity.', '', 'Glory to the heroes of the nation.', '', "N'Djamena, 19 August 2025."].join('\n');
    expect(brief(text, 'chad')).toEqual([['chad', 'quote', 'author', 'The Government thanks our partners for their swift expressions of solidarity.']]);
  });

  it('is "it" going on after a sentence that names another actor only as an object; a subject named earlier keeps its "it"', () => {
    const text = 'The Government will not sign any agreement with the African Union while the border is closed. It demands the reopening of the crossings.';
    expect(brief(text, 'chad').map(([actor, , method]) => [actor, method])).toEqual([
      ['chad', 'author'],
      ['chad', 'author'],
    ]);
    expect(brief(text).map(([actor]) => actor)).toEqual(['african-union']);
    const subject = 'The African Union closed its liaison office on Monday. It called on both sides to show restraint.';
    expect(brief(subject, 'chad').map(([actor]) => actor)).toEqual(['african-union', 'african-union']);
  });

  it('is the actor of an alias it shares with others ("the Ministry" of two ministries)', () => {
    const ministries = defineActors([
      ...actors.list,
      { id: 'chad-mfa', name: 'Ministry of Foreign Affairs of Chad', aliases: ['the Ministry'], kind: 'organization', affiliation: 'chad' },
      { id: 'sudan-mfa', name: 'Ministry of Foreign Affairs of Sudan', aliases: ['the Ministry'], kind: 'organization', affiliation: 'sudan' },
    ]);
    const text = 'The Ministry will keep the nation informed of developments.';
    const actorIn = (author?: string) => extractStatements({ text, publishedAt: '2025-08-20', ...(author === undefined ? {} : { author }) }, { actors: ministries }).map((s) => s.actor);
    expect(actorIn('chad-mfa')).toEqual(['chad-mfa']);
    expect(actorIn('sudan-mfa')).toEqual(['sudan-mfa']);
    expect(actorIn()).toEqual([null]);
  });

  it('is the actor of a description its name implies ("The Ministry" of the Ministry of Foreign Affairs of Chad), named nowhere before', () => {
    const ministries = defineActors([...actors.list, { id: 'chad-mfa', name: 'Ministry of Foreign Affairs of Chad', kind: 'organization', affiliation: 'chad' }]);
    const actorIn = (author: string) => extractStatements({ text: 'The Ministry also notes with regret that the border remains closed.', publishedAt: '2025-08-20', author }, { actors: ministries }).map((s) => [s.actor, s.attribution.method]);
    expect(actorIn('chad-mfa')).toEqual([['chad-mfa', 'author']]);
  });

  it("speaks for its state: the state doing or saying something outside quotations is the author ('Chad reaffirms …' in its ministry's statement)", () => {
    const ministries = defineActors([...actors.list, { id: 'chad-mfa', name: 'Ministry of Foreign Affairs of Chad', kind: 'organization', affiliation: 'chad' }]);
    const speakers = (author?: string) =>
      extractStatements({ text: 'Chad reaffirms its commitment to dialogue. Sudan closed the border. "Chad will never bow," Déby said.', publishedAt: '2025-08-20', ...(author === undefined ? {} : { author }) }, { actors: ministries }).map((s) => [
        s.actor,
        s.attribution.method,
      ]);
    expect(speakers('chad-mfa')).toEqual([
      ['chad-mfa', 'author'],
      ['sudan', 'explicit'],
      ['mahamat-deby', 'alias'],
    ]);
    expect(speakers()).toEqual([
      ['chad', 'explicit'],
      ['sudan', 'explicit'],
      ['mahamat-deby', 'alias'],
    ]);
  });

  it('without an author, those sentences have no speaker and give no statement', () => {
    expect(brief(STATEMENT)).toEqual([
      ['sudan', 'reported', 'explicit', 'once again accused Chad of supplying arms to the militias.'],
      ['mahamat-deby', 'quote', 'alias', 'We will not be dragged into this war'],
    ]);
  });

  it("dates the author's words by the text's place-and-date line, not by dates inside them, and aims them at the counterpart", () => {
    const text = "The Government rejects the false claims of 17 August about Sudan.\n\nN'Djamena, 19 August 2025";
    const [first] = extract(text, 'chad');
    expect(first).toMatchObject({ actor: 'chad', target: 'sudan', targetBasis: 'named', time: { date: '2025-08-19', granularity: 'day', basis: 'explicit' }, attribution: { method: 'author', confidence: 0.8 } });
  });

  it("dates an author's sentence by a date in a phrase opening it before a comma, the time of the act it tells of; not by one after its verb", () => {
    const dates = (text: string) => extract(text, 'chad').map((s) => s.time.date);
    expect(dates('In June, we reopened the crossing to Sudanese traders.')).toEqual(['2025-06']);
    expect(dates('At our meeting yesterday, we asked Khartoum to release the drivers.')).toEqual(['2025-08-19']);
    expect(dates('We reopened the crossing to Sudanese traders in June.')).toEqual(['2025-08-20']);
    // A clause before the comma is no phrase: its date is not the act's.
    expect(dates('Although the talks failed in June, we remain ready to talk.')).toEqual(['2025-08-20']);
  });

  it("dates its side's act in the present by the document, a date in it being of what the act speaks of; not what it relays", () => {
    const dates = (text: string) => extract(text, 'mahamat-deby').map((s) => s.time.date);
    expect(dates('Chad condemns the attack on the Adré customs post on 17 August.')).toEqual(['2025-08-20']);
    expect(dates("N'Djamena welcomes the release of the drivers on 18 August.")).toEqual(['2025-08-20']);
    // A verb that relays tells of the act it relays, dated in it.
    expect(dates('Chad recalls that it condemned, in June, the closure of the Adré crossing.')).toEqual(['2025-06']);
  });

  it('a header ending in place and date dates them too; without one, publication does', () => {
    const header = 'Excerpt from the speech delivered by President Mahamat Déby, Abéché, August 18, 2025\n\nWe extend our hand to our Sudanese brothers.';
    expect(extract(header, 'mahamat-deby')[0]?.time).toEqual({ date: '2025-08-18', granularity: 'day', basis: 'explicit' });
    expect(extract('We extend our hand to our Sudanese brothers.', 'mahamat-deby')[0]?.time).toEqual({ date: '2025-08-20', granularity: 'day', basis: 'published' });
  });

  it('is the first-person subject outside quotations, so what "we" ask of another side stays the author\'s', () => {
    expect(brief('We call on the Sudanese Government to show the political will that has been missing.', 'chad')).toEqual([
      ['chad', 'quote', 'author', 'We call on the Sudanese Government to show the political will that has been missing.'],
    ]);
    // A sentence whose only clause of its own is the author's "we" is the author's whole.
    expect(brief('The cooperation of the Sudanese authorities has been good, and we hope it will be even better.', 'chad')).toEqual([
      ['chad', 'quote', 'author', 'The cooperation of the Sudanese authorities has been good, and we hope it will be even better.'],
    ]);
    // Beside another actor's clause, "we" has a clause of its own.
    expect(brief('Sudan closed the crossing on Monday, and we protested at once.', 'chad').map(([actor, kind, method]) => [actor, kind, method])).toEqual([
      ['sudan', 'action', 'explicit'],
      ['chad', 'reported', 'author'],
    ]);
    // What "I" or "we" say another side answered is the author's account, not that side's words.
    expect(brief('I must say that the Sudanese authorities have responded to our goodwill with walls.', 'chad').map(([actor, kind, method]) => [actor, kind, method])).toEqual([
      ['chad', 'quote', 'author'],
    ]);
  });

  it("dates what the author's side says or does without a date of its own by the document, not by an earlier statement", () => {
    const statements = extract('On 3 August, Chad protested to Khartoum. Chad remains ready to negotiate.', 'chad');
    expect(statements.map((s) => s.time.date)).toEqual(['2025-08-03', '2025-08-20']);
  });

  it('aims what names no target at the side the text names most, though less than three times as often as another', () => {
    const text = 'The Government rejects the claims of Khartoum. Sudan must stop arming the militias. We thank the African Union for its support. We will never give up.';
    expect(extract(text, 'chad').at(-1)).toMatchObject({ text: 'We will never give up.', target: 'sudan', targetBasis: 'document' });
  });

  it("reports what the author's side does as its account, not as an action", () => {
    const kinds = (author?: string) => extract('Chad remains ready to negotiate. Sudan closed the border.', author).map((s) => [s.actor, s.kind]);
    expect(kinds('chad')).toEqual([
      ['chad', 'reported'],
      ['sudan', 'action'],
    ]);
    expect(kinds()).toEqual([
      ['chad', 'action'],
      ['sudan', 'action'],
    ]);
  });

  it("keeps the author's words when quotations of unknown speakers are dropped", () => {
    expect(extract('We call on Khartoum to return to the table.', 'chad', { unknownSpeakers: 'drop' }).map((s) => s.actor)).toEqual(['chad']);
  });

  it('is scored like any statement', () => {
    const [statement] = analyze({ text: 'We call on Khartoum to return to the negotiating table.', publishedAt: '2025-08-20', author: 'chad' }, { actors });
    expect(statement?.stance.label).toBe('engagement');
  });

  it('must be an actor of the registry', () => {
    const error = (() => {
      try {
        extract('We call on Khartoum to talk.', 'tchad');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(StancetrackError);
    expect(error).toMatchObject({ code: 'E_INPUT', message: expect.stringContaining('document.author: expected the id of an actor in the registry, found "tchad"') });
  });

  it('keeps its invariants on any mix of official-text sentences: spans that slice the text, author statements that overlap no other, the same result twice', () => {
    const pieces = [
      'Statement by the Ministry of Foreign Affairs',
      'We call on Khartoum to return to the negotiating table.',
      'The Government rejects these allegations.',
      'It will never do so.',
      'Sudan closed the border on Monday, and we protested at once.',
      '"We will not be dragged into this war," President Déby said.',
      'The cooperation has been good, and we hope it will be better.',
      "N'Djamena, 19 August 2025",
      'Dear citizens,',
      'Chad remains ready to negotiate with the AU.',
      '“I reiterate my hand,” he said.',
    ];
    const documents = fc.record({
      text: fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 8 }).chain((chosen) => fc.constantFrom(' ', '\n\n', '\n').map((gap) => chosen.join(gap))),
      author: fc.constantFrom(undefined, 'chad', 'sudan', 'mahamat-deby'),
    });
    fc.assert(
      fc.property(documents, ({ text, author }) => {
        const statements = extract(text, author);
        expect(extract(text, author)).toEqual(statements);
        statements.forEach((s, i) => {
          expect(s.id.endsWith(`#${i}`)).toBe(true);
          expect(s.text).toBe(text.slice(s.span[0], s.span[1]));
          expect(s.text).toBe(s.text.trim());
          if (s.attribution.method !== 'author') return;
          expect([s.actor, s.attribution.confidence]).toEqual([author, 0.8]);
          const others = statements.filter((o) => o !== s && o.span[0] < s.span[1] && o.span[1] > s.span[0]);
          expect(others.filter((o) => o.attribution.method === 'author' || s.kind === 'quote')).toEqual([]);
        });
        if (author === undefined) expect(statements.filter((s) => s.attribution.method === 'author')).toEqual([]);
      }),
      { seed: 20251203, numRuns: 150 },
    );
  });
});
