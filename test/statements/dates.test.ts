import { describe, expect, it } from 'vitest';
import { extractStatements, StancetrackError } from '../../src/index.js';
import { koreaActors as actors } from '../fixtures/actors.js';

// 2025-11-02 is a Sunday.
const timeOf = (text: string, publishedAt = '2025-11-02') => {
  const [s] = extractStatements({ text, publishedAt }, { actors });
  return s === undefined ? undefined : [s.time.date, s.time.granularity, s.time.basis];
};

type TimeOf = [date: string, granularity: string, basis: string];

/** The time of a statement ending in `phrase` is `expected`. */
const expectPhraseTime = (phrase: string, ...expected: TimeOf) => {
  expect(timeOf(`Lee offered talks to Pyongyang ${phrase}.`)).toEqual(expected);
};

describe('statement dates', () => {
  it.each([
    { form: 'full date', text: 'On August 18, 2025, Lee urged talks with Pyongyang.', expect: ['2025-08-18', 'day', 'explicit'] },
    { form: 'month and day, year from publication', text: 'On July 28, Pyongyang rejected the offer.', expect: ['2025-07-28', 'day', 'explicit'] },
    { form: 'weekday before publication', text: 'Lee vowed on Saturday to keep building trust.', expect: ['2025-11-01', 'day', 'relative'] },
    { form: 'weekday named on publication day moves to the past week', text: 'On Monday, Pyongyang rejected the offer.', expect: ['2025-10-27', 'day', 'relative'] },
    { form: 'last year', text: 'Last year, Pyongyang abolished its reunification agencies.', expect: ['2024', 'year', 'relative'] },
    { form: 'since a month', text: 'Since June, Lee has offered talks to Pyongyang.', expect: ['2025-06', 'month', 'explicit'] },
    { form: 'a month later than publication is last year’s', text: 'In December, Pyongyang rejected the offer.', expect: ['2024-12', 'month', 'explicit'] },
    { form: 'a month of last year, though this year’s has passed', text: 'Pyongyang rejected the offer in March last year.', expect: ['2024-03', 'month', 'relative'] },
    { form: 'a month "of last year"', text: 'Pyongyang rejected the offer in October of last year.', expect: ['2024-10', 'month', 'relative'] },
    { form: 'a day of a month of last year', text: 'Pyongyang rejected the offer on March 3 last year.', expect: ['2024-03-03', 'day', 'relative'] },
    { form: 'a month of next year, announced', text: 'Lee said talks with Pyongyang would resume in March next year.', expect: ['2025-11-02', 'day', 'published'] },
    { form: 'a start ahead ("from")', text: 'Lee said that from December 1 every ship from the North would be inspected.', expect: ['2025-11-02', 'day', 'published'] },
    { form: 'a deadline ahead ("before the end of")', text: 'Lee invited Pyongyang to talks before the end of December.', expect: ['2025-11-02', 'day', 'published'] },
    { form: 'a measure taking effect ahead', text: 'Lee announced sanctions on Pyongyang that take effect on December 1.', expect: ['2025-11-02', 'day', 'published'] },
    { form: 'a start before publication stays a date', text: 'Lee said that from October 1 every ship from the North had been inspected.', expect: ['2025-10-01', 'day', 'explicit'] },
    { form: 'a relative clause after the verb tells of another act', text: 'Lee said Seoul would not reopen the Kaesong complex, whose factories were shut on October 3.', expect: ['2025-11-02', 'day', 'published'] },
    { form: 'a relative clause of saying after the verb keeps its date', text: 'Lee rejected an accusation by Kim Yo-jong, who said on Friday that Seoul had lied.', expect: ['2025-10-31', 'day', 'relative'] },
    { form: 'a "where" clause may tell of the subject’s own doing', text: 'Lee flew to Tokyo, where he met Ishiba on Saturday.', expect: ['2025-11-01', 'day', 'relative'] },
    { form: 'the start of the month', text: 'Pyongyang rejected the offer at the start of the month.', expect: ['2025-11', 'month', 'explicit'] },
    { form: 'the end of last month', text: 'Pyongyang rejected the offer at the end of last month.', expect: ['2025-10', 'month', 'explicit'] },
    { form: 'the beginning of this month', text: 'At the beginning of this month, Pyongyang rejected the offer.', expect: ['2025-11', 'month', 'explicit'] },
    { form: 'a bare year after a preposition', text: 'In 2018, Pyongyang signed the military agreement.', expect: ['2018', 'year', 'explicit'] },
    { form: 'a year used as a modifier is not a date', text: 'Lee praised the 2018 agreement.', expect: ['2025-11-02', 'day', 'published'] },
    { form: 'a year after "of" naming something is not a date', text: 'Lee praised the declaration of 2018.', expect: ['2025-11-02', 'day', 'published'] },
    { form: 'a season of a year', text: 'In the summer of 2018, Lee offered talks to Pyongyang.', expect: ['2018', 'year', 'explicit'] },
    { form: 'a half of a year', text: 'In the first half of 2024, Lee offered talks to Pyongyang.', expect: ['2024', 'year', 'explicit'] },
    { form: 'the middle of a year', text: 'In mid-2024, Lee offered talks to Pyongyang.', expect: ['2024', 'year', 'explicit'] },
    { form: 'late in a year', text: 'In late 2024, Lee offered talks to Pyongyang.', expect: ['2024', 'year', 'explicit'] },
    { form: 'a season of a year, no comma after', text: 'In the summer of 2018 Lee offered talks to Pyongyang.', expect: ['2018', 'year', 'explicit'] },
    { form: 'no date → publication date', text: 'Lee praised the agreement.', expect: ['2025-11-02', 'day', 'published'] },
    { form: 'a future date is not when it was said', text: 'Lee proposed talks on March 3, 2026.', expect: ['2025-11-02', 'day', 'published'] },
  ])('$form', ({ text, expect: expected }) => {
    expect(timeOf(text)).toEqual(expected);
  });

  // Ranges without a digit or a date word are not parsed at all; these phrases have no digit, so each
  // one shows a cue the filter must keep.
  it.each<[string, ...TimeOf]>([
    ['yesterday', '2025-11-01', 'day', 'relative'],
    ['three days ago', '2025-10-30', 'day', 'relative'],
    ['last week', '2025-10-26', 'day', 'relative'],
    ['earlier this month', '2025-11', 'month', 'explicit'],
    ['tonight', '2025-11-02', 'day', 'relative'],
    ['last Tuesday', '2025-10-28', 'day', 'relative'],
    ['the day before yesterday', '2025-10-31', 'day', 'relative'],
    ['on the first of October', '2025-10-01', 'day', 'explicit'],
    ['in mid-October', '2025-10', 'month', 'explicit'],
    ['a year ago', '2024', 'year', 'relative'],
    ['on Friday night', '2025-10-31', 'day', 'relative'],
  ])('a date without digits: %s', expectPhraseTime);

  // chrono's time-of-day parsers are left out (dates.ts): a clock time or part of the day around a
  // date leaves the day as it is, and one on its own is no date.
  it.each<[string, ...TimeOf]>([
    ['at 3 p.m. on Tuesday', '2025-10-28', 'day', 'relative'],
    ['on Tuesday morning', '2025-10-28', 'day', 'relative'],
    ['at 10:30 GMT on October 1', '2025-10-01', 'day', 'explicit'],
    ['at 3 p.m.', '2025-11-02', 'day', 'published'],
    ['this morning', '2025-11-02', 'day', 'published'],
  ])('a time of day: %s', expectPhraseTime);

  // Words chrono would take for dates or clock times where they are none (NOT_DATES in dates.ts), and
  // the dates beside them that must stay.
  it.each<[string, ...TimeOf]>([
    ['on October 22 amid rising tensions', '2025-10-22', 'day', 'explicit'],
    ['on October 22 among other offers', '2025-10-22', 'day', 'explicit'],
    ['on October 22 American envoys said', '2025-10-22', 'day', 'explicit'],
    ['on October 22 PMO officials said', '2025-10-22', 'day', 'explicit'],
    ['at 9 am on October 22', '2025-10-22', 'day', 'explicit'],
    ['as envoys sat down', '2025-11-02', 'day', 'published'],
    ['under the midday sun', '2025-11-02', 'day', 'published'],
    ['as the couple wed', '2025-11-02', 'day', 'published'],
    ['as protesters began to march', '2025-11-02', 'day', 'published'],
    ['after meeting Sun Weidong', '2025-11-02', 'day', 'published'],
    ['according to the Sun', '2025-11-02', 'day', 'published'],
    ['on Friday, The Sun reported', '2025-10-31', 'day', 'relative'],
    ['on Sat., Nov. 1', '2025-11-01', 'day', 'explicit'],
    ['on Wed', '2025-10-29', 'day', 'relative'],
    ['since March', '2025-03', 'month', 'explicit'],
  ])('not a date, or a date beside one: %s', expectPhraseTime);

  // A date that names an agreement or an event is not when the statement was made, unless it was made
  // on, at or during that event; nor is a span of time before an event.
  it.each<[string, ...TimeOf]>([
    ['to restore the 9/19 military agreement', '2025-11-02', 'day', 'published'],
    ['citing the June 15 joint declaration', '2025-11-02', 'day', 'published'],
    ["citing Seoul's Sept. 19 pledge", '2025-11-02', 'day', 'published'],
    ['ahead of the Aug. 15 Liberation Day', '2025-11-02', 'day', 'published'],
    ['on the October 3 holiday', '2025-10-03', 'day', 'explicit'],
    ['on the 25th of June', '2025-06-25', 'day', 'explicit'],
    ['on June 15, the anniversary', '2025-06-15', 'day', 'explicit'],
    ['three days before the summit', '2025-11-02', 'day', 'published'],
    ['three days before', '2025-10-30', 'day', 'relative'],
    ['under the Panmunjom Declaration of 27 April 2018', '2025-11-02', 'day', 'published'],
    ['under the declaration of 27 April 2018', '2018-04-27', 'day', 'explicit'],
  ])('a date in a name or relative to an event: %s', expectPhraseTime);

  // A date after publication is not when a reported statement was made: a day written without a year,
  // or counted from one, is last year's; a date given in full, or announced ("next …"), is none.
  it.each<[string, ...TimeOf]>([
    ['three days before December 5', '2024-12-02', 'day', 'relative'],
    ['three days before 12/5', '2024-12-02', 'day', 'relative'],
    ['three days before December 5, 2025', '2025-11-02', 'day', 'published'],
    ['next week', '2025-11-02', 'day', 'published'],
    ['next month', '2025-11-02', 'day', 'published'],
    ['next Monday', '2025-11-02', 'day', 'published'],
    ['last Monday', '2025-10-27', 'day', 'relative'],
  ])('a date after publication: %s', expectPhraseTime);

  it('"that year" takes the last year the text wrote before it, "that month" the month of the statement before', () => {
    const times = (text: string) => extractStatements({ text, publishedAt: '2025-11-02' }, { actors }).map((s) => [s.time.date, s.time.granularity]);
    expect(times('The rift dates back to 2021. Pyongyang recalled its envoy from Seoul in August that year.')).toEqual([['2021-08', 'month']]);
    expect(times('In November 2021 Lee offered talks to Pyongyang. Pyongyang rejected the offer that month.')).toEqual([
      ['2021-11', 'month'],
      ['2021-11', 'month'],
    ]);
    // With no year before it, a month is counted from publication as before.
    expect(times('Pyongyang recalled its envoy from Seoul in August that year.')).toEqual([['2025-08', 'month']]);
  });

  it('a statement without a date of its own takes its actor’s last dated statement', () => {
    const statements = extractStatements({ text: 'On July 28, Kim Yo-jong issued a statement. "Seoul will get nothing from us," Kim said. Pyongyang stayed silent.', publishedAt: '2025-11-02' }, { actors });
    expect(statements.map((s) => [s.actor, s.time.date, s.time.basis])).toEqual([
      ['kim-yo-jong', '2025-07-28', 'explicit'],
      ['kim-yo-jong', '2025-07-28', 'explicit'],
      ['north-korea', '2025-11-02', 'published'],
    ]);
  });

  it('a statement without a date of its own or of its actor’s takes the day the story last told of, within a week of publication', () => {
    const text = 'Lee told a joint news conference in Seoul on Friday that the South would seek talks. Speaking at the same news conference, Kim Yo-jong said Pyongyang would study the offer.';
    expect(extractStatements({ text, publishedAt: '2025-11-02' }, { actors }).map((s) => [s.actor, s.time.date, s.time.basis])).toEqual([
      ['lee-jae-myung', '2025-10-31', 'relative'],
      ['kim-yo-jong', '2025-10-31', 'relative'],
    ]);
    // July 28 is a past event the story recounts, not the day of its later words.
    const recounted = 'Lee told a joint news conference in Seoul on July 28 that the South would seek talks. Kim Yo-jong said Pyongyang would study the offer.';
    expect(extractStatements({ text: recounted, publishedAt: '2025-11-02' }, { actors }).map((s) => [s.actor, s.time.date, s.time.basis])).toEqual([
      ['lee-jae-myung', '2025-07-28', 'explicit'],
      ['kim-yo-jong', '2025-11-02', 'published'],
    ]);
  });

  it('the day the story last told of reaches another actor\'s words in the same sentence or tied to that occasion (`occasionWords`), not a later sentence with no such tie', () => {
    const dates = (text: string) => extractStatements({ text, publishedAt: '2025-11-02' }, { actors }).map((s) => [s.actor, s.time.date, s.time.basis]);
    expect(dates('South Korea halted the leaflet launches on Friday, a step Pyongyang called a trick.')).toEqual([
      ['south-korea', '2025-10-31', 'relative'],
      ['north-korea', '2025-10-31', 'relative'],
    ]);
    expect(dates('South Korea halted the leaflet launches on Friday. Kim Yo-jong said Pyongyang would study the offer.')).toEqual([
      ['south-korea', '2025-10-31', 'relative'],
      ['kim-yo-jong', '2025-11-02', 'published'],
    ]);
    expect(dates('South Korea halted the leaflet launches on Friday. Kim Yo-jong also said Pyongyang would study the offer.')).toEqual([
      ['south-korea', '2025-10-31', 'relative'],
      ['kim-yo-jong', '2025-10-31', 'relative'],
    ]);
    // The day before publication is the story's event (`eventDays`): it reaches every later statement.
    expect(dates('South Korea halted the leaflet launches on Saturday. Kim Yo-jong said Pyongyang would study the offer.')).toEqual([
      ['south-korea', '2025-11-01', 'relative'],
      ['kim-yo-jong', '2025-11-01', 'relative'],
    ]);
  });

  it('"the same day" and "that day" are the day of the statement before, whoever made it and however long ago', () => {
    const text = 'On July 28, Lee offered talks to Pyongyang. Pyongyang rejected the offer the same day. Kim Yo-jong said that day that Seoul would get nothing.';
    expect(extractStatements({ text, publishedAt: '2025-11-02' }, { actors }).map((s) => [s.actor, s.time.date, s.time.basis])).toEqual([
      ['lee-jae-myung', '2025-07-28', 'explicit'],
      ['north-korea', '2025-07-28', 'explicit'],
      ['kim-yo-jong', '2025-07-28', 'explicit'],
    ]);
  });

  it('"the next day" is the day after the statement before', () => {
    const text = 'On July 28, Lee offered talks to Pyongyang. Pyongyang rejected the offer the next day.';
    expect(extractStatements({ text, publishedAt: '2025-11-02' }, { actors }).map((s) => s.time.date)).toEqual(['2025-07-28', '2025-07-29']);
  });

  it('but not words in the perfect, which tell of some time before', () => {
    const text = 'Lee told reporters on Friday that the South would seek talks. Kim Jong Un has repeatedly said that he is not interested in talks with Seoul.';
    expect(extractStatements({ text, publishedAt: '2025-11-02' }, { actors }).map((s) => [s.actor, s.time.date, s.time.basis])).toEqual([
      ['lee-jae-myung', '2025-10-31', 'relative'],
      ['kim-jong-un', '2025-11-02', 'published'],
    ]);
  });

  it('but not a month or a year, which says little of when the later words were said', () => {
    const statements = extractStatements({ text: 'In 2023, Kim Yo-jong rejected the offer. "Seoul will get nothing from us," Kim said.', publishedAt: '2025-11-02' }, { actors });
    expect(statements.map((s) => [s.actor, s.time.date, s.time.basis])).toEqual([
      ['kim-yo-jong', '2023', 'explicit'],
      ['kim-yo-jong', '2025-11-02', 'published'],
    ]);
  });

  it('"since" dates an action by when it began, but never words, which are said at a time', () => {
    const statements = extractStatements({ text: 'Pyongyang accused Seoul of holding its fishermen since 2023. North Korea has fired missiles since June.', publishedAt: '2025-11-02' }, { actors });
    expect(statements.map((s) => [s.kind, s.time.date, s.time.basis])).toEqual([
      ['reported', '2025-11-02', 'published'],
      ['action', '2025-06', 'explicit'],
    ]);
  });

  it('a "since" date followed by "when" is the day of what the clause after it tells ("since Friday, when Pyongyang charged …")', () => {
    const statements = extractStatements({ text: 'Tension has risen since Friday, when Pyongyang charged that drones from the South had dropped leaflets over the capital on Oct. 3.', publishedAt: '2024-10-15' }, { actors });
    expect(statements.map((s) => [s.actor, s.time.date])).toEqual([['north-korea', '2024-10-11']]);
  });

  it('"now" is no date: the words reported are in the present, and the actor’s last date stands', () => {
    const statements = extractStatements({ text: 'On Friday, Lee met the envoy in Seoul. Afterwards, Lee said the South was ready to talk right now.', publishedAt: '2025-11-02' }, { actors });
    expect(statements.map((s) => [s.time.date, s.time.basis])).toEqual([
      ['2025-10-31', 'relative'],
      ['2025-10-31', 'relative'],
    ]);
  });

  it('a deadline at a time of day ("until midnight on Saturday") is not when the statement was made', () => {
    expect(timeOf('Pyongyang expelled two Southern officials, giving them until midnight on Saturday to leave.')).toEqual(['2025-11-02', 'day', 'published']);
  });

  it('"Sun" speaking is a name, not Sunday', () => {
    const text = '"We are willing to work with Seoul," Sun said. "We will keep talking," said Sun.';
    expect(extractStatements({ text, publishedAt: '2025-11-05' }, { actors }).map((s) => s.time.date)).toEqual(['2025-11-05', '2025-11-05']);
  });

  it('a day after publication that a modal or a plan announces lies ahead: it dates no statement', () => {
    const text = 'Lee said the two sides would meet again in Panmunjom on November 5. Kim Jong Un said talks were scheduled for Monday. In December, Pyongyang rejected the offer.';
    expect(extractStatements({ text, publishedAt: '2025-11-02' }, { actors }).map((s) => [s.actor, s.time.date, s.time.basis])).toEqual([
      ['lee-jae-myung', '2025-11-02', 'published'],
      ['kim-jong-un', '2025-11-02', 'published'],
      ['north-korea', '2024-12', 'explicit'],
    ]);
    expect(timeOf('Lee said the envoys were to meet on Tuesday.')).toEqual(['2025-11-02', 'day', 'published']);
  });

  it('a month ahead that a modal far back in its clause announces dates no statement', () => {
    expect(timeOf('Lee said the two navies will hold their first joint rescue exercise under the new maritime agreement off Busan in December.')).toEqual(['2025-11-02', 'day', 'published']);
  });

  it('a date ahead that readiness or a hope announces ("ready to", "prepared to", "willing to", "looks forward to") dates no statement', () => {
    expect(timeOf('Lee said the commission was ready to meet again in December.')).toEqual(['2025-11-02', 'day', 'published']);
    expect(timeOf('Lee said Seoul was prepared to resume the talks in December.')).toEqual(['2025-11-02', 'day', 'published']);
    expect(timeOf('Lee said he looks forward to visiting Busan on December 3.')).toEqual(['2025-11-02', 'day', 'published']);
  });

  it('a month ahead that "could" or "may" announces dates no statement', () => {
    expect(timeOf('Lee said the talks could resume in December.')).toEqual(['2025-11-02', 'day', 'published']);
    expect(timeOf('Lee said the transfers may begin on December 3.')).toEqual(['2025-11-02', 'day', 'published']);
  });

  it('a month or a year still running at publication that a modal or a plan announces dates no statement', () => {
    expect(timeOf('Lee said the two sides would meet again later this year.')).toEqual(['2025-11-02', 'day', 'published']);
    expect(timeOf('Lee said the two sides would hold talks this month.')).toEqual(['2025-11-02', 'day', 'published']);
    expect(timeOf('Lee said the two sides had held talks this year.')).toEqual(['2025', 'year', 'explicit']);
  });

  it('a relative clause between subject and verb tells of another time, its own statement\'s, not carried on; an appositive participle may tell the statement’s', () => {
    const text = 'North Korea, which has held the line since April 2023, fired two missiles on Tuesday. Seoul, which signed the accord last month, said on Friday it would suspend it. Lee, who took office in June, said he would seek talks. Kim Yo-jong, speaking on Monday, said talks were useless.';
    expect(extractStatements({ text, publishedAt: '2025-11-02' }, { actors }).map((s) => [s.actor, s.time.date, s.time.basis])).toEqual([
      ['north-korea', '2023-04', 'explicit'],
      ['north-korea', '2025-10-28', 'relative'],
      ['south-korea', '2025-10', 'relative'],
      ['south-korea', '2025-10-31', 'relative'],
      ['lee-jae-myung', '2025-06', 'explicit'],
      // Not June; nor Seoul's Friday, told in the sentence before with nothing tying Lee's words to it.
      ['lee-jae-myung', '2025-11-02', 'published'],
      ['kim-yo-jong', '2025-10-27', 'relative'],
    ]);
  });

  it('a clause of its own in a sentence prefers the dates in its part of the sentence, else takes the sentence’s', () => {
    const statements = extractStatements({ text: 'The North declared the pact void in 2023, and the South suspended it fully last year. Pyongyang blew up two roads on Tuesday, and Seoul fired warning shots in response.', publishedAt: '2025-11-02' }, { actors });
    expect(statements.map((s) => [s.actor, s.time.date, s.time.basis])).toEqual([
      ['north-korea', '2023', 'explicit'],
      ['south-korea', '2024', 'relative'],
      ['north-korea', '2025-10-28', 'relative'],
      ['south-korea', '2025-10-28', 'relative'],
    ]);
  });

  it.each([
    { dateline: 'SEOUL, Aug. 18 (Yonhap) —', date: '2025-08-18' },
    { dateline: 'NEW DELHI, India, Aug. 17 (Reuters) - ', date: '2025-08-17' },
    { dateline: 'PYONGYANG, Aug. 16 --', date: '2025-08-16' },
  ])('a statement without a date of its own, nor one of its actor, takes the wire dateline’s: $dateline', ({ dateline, date }) => {
    const text = `${dateline} Lee urged Pyongyang to resume talks. "We hope the North will answer soon," a ministry official said. On Friday, Pyongyang rejected the offer.`;
    expect(extractStatements({ text, publishedAt: '2025-08-20' }, { actors }).map((s) => [s.time.date, s.time.basis])).toEqual([
      [date, 'explicit'],
      [date, 'explicit'],
      ['2025-08-15', 'relative'],
    ]);
  });

  it('dates the opening sentence by its own date, not by the dateline before it', () => {
    const text = 'SEOUL, Aug. 18 — Pyongyang rejected the latest offer of military talks from Seoul on Friday.';
    expect(extractStatements({ text, publishedAt: '2025-08-18' }, { actors }).map((s) => [s.actor, s.time.date, s.time.basis])).toEqual([['north-korea', '2025-08-15', 'relative']]);
  });

  it('a statement that opens the text starts after the dateline', () => {
    const text = 'SEOUL, Aug. 18 (Yonhap) - Pyongyang would pay a heavy price for any provocation, Seoul said on Monday.';
    expect(extractStatements({ text, publishedAt: '2025-08-18' }, { actors }).map((s) => [s.actor, s.text, s.span[0]])).toEqual([['south-korea', 'Pyongyang would pay a heavy price for any provocation', 26]]);
  });

  it('takes no dateline from an opening sentence that is none', () => {
    const text = 'Seoul, the capital, stayed calm. Pyongyang rejected the offer.';
    expect(extractStatements({ text, publishedAt: '2025-08-20' }, { actors }).map((s) => s.time.basis)).toEqual(['published', 'published']);
  });

  it.each(['2025-02-30', '02/11/2025', '', 20251102])('rejects publishedAt %j with E_DATE', (publishedAt) => {
    expect(() => extractStatements({ text: 'x', publishedAt: publishedAt as string }, { actors })).toThrow(StancetrackError);
    try {
      extractStatements({ text: 'x', publishedAt: publishedAt as string }, { actors });
    } catch (e) {
      expect((e as StancetrackError).code).toBe(typeof publishedAt === 'number' ? 'E_INPUT' : 'E_DATE');
    }
  });
});
