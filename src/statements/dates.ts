import * as chrono from 'chrono-node';
import { StancetrackError } from '../errors.js';
import type { StatementTime } from '../types.js';

/**
 * chrono 2.x's English parsers and refiners of clock times, parts of the day and time zones, by class
 * name (test/package.test.ts checks that the bundle in dist/ keeps these names).
 */
export const TIME_OF_DAY: ReadonlySet<string> = new Set([
  'ENTimeExpressionParser',
  'ENCasualTimeParser',
  'ENMergeDateTimeRefiner',
  'ExtractTimezoneOffsetRefiner',
  'ExtractTimezoneAbbrRefiner',
]);

/**
 * A year after a preposition or a part of a year; see `parser`. The match takes in the words before the
 * year (chrono drops a result of digits alone as unlikely), with the part's "the" and ordinal, so that
 * `isNoTime` does not take "the summer of 2018" for a name.
 */
const BARE_YEAR =
  /\b(?:(?:in|since|during|throughout|until)\s+(?:(?:early|mid|late)[-\s]?)?|(?:the\s+(?:(?:first|second|third|fourth|last)\s+)?)?(?:spring|summer|autumn|fall|winter|half|quarter|end|start|beginning|middle)\s+of\s+)((?:19|20)\d{2})\b(?![-–/]\d)/i;

/**
 * A part of a month counted from publication ("at the start of the month", "by the end of last
 * month"): a month, where chrono reads "the end of last month" as its last day and the start of one as
 * nothing. See `parser`.
 */
const PART_OF_MONTH = /\b(?:the\s+)?(?:start|beginning|end|middle|turn)\s+of\s+(the|this|last|next)\s+month\b/i;
const MONTH_SHIFT: Readonly<Record<string, number>> = { the: 0, this: 0, last: -1, next: 1 };

/**
 * A pattern whose answer for the last text it was asked about is kept: chrono asks each parser about
 * the same text in turn, and several parsers share a cue.
 */
class Cue {
  private text: string | undefined;
  private found = false;

  constructor(readonly pattern: RegExp) {}

  /** Whether `text` has the cue. */
  in(text: string): boolean {
    if (text !== this.text) {
      this.text = text;
      this.found = this.pattern.test(text);
    }
    return this.found;
  }
}

/** The word "month", which "the end of the month" and `PART_OF_MONTH` need. */
const MONTH_WORD = new Cue(/month/i);

/**
 * For chrono's costlier English parsers, by class name, a word or character every match of the
 * parser's pattern contains (test/statements/date-cues.test.ts looks for text where one is missing):
 * month and weekday names start with these letters, numeric formats have digits, "3 days ago" and
 * "two weeks later" have their last word, "last month" its first. chrono runs each parser's pattern
 * over the whole text; most news sentences with a date have one kind of date, so most parsers have
 * nothing to find, and the cue, a plain scan, says so for less than the pattern's try at every position.
 */
export const PARSER_CUES: ReadonlyMap<string, Cue> = (() => {
  const month = new Cue(/jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i);
  const digit = new Cue(/\d/);
  return new Map([
    ['ENWeekdayParser', new Cue(/sun|mon|tue|wed|thu|fri|sat|week/i)],
    ['ENMonthNameLittleEndianParser', month],
    ['ENMonthNameMiddleEndianParser', month],
    ['ENMonthNameParser', month],
    ['ENYearMonthNameParser', digit],
    ['ENYearMonthDayParser', digit],
    ['ENSlashMonthFormatParser', digit],
    ['ISOFormatParser', digit],
    ['SlashDateFormatParser', digit],
    ['ENTimeUnitAgoFormatParser', new Cue(/ago|before|earlier/i)],
    ['ENTimeUnitLaterFormatParser', new Cue(/later|after|from now|henceforth|forward|out/i)],
    ['ENRelativeDateFormatParser', new Cue(/this|last|past|next|after/i)],
    ['ENEndOfCurrentMonthParser', MONTH_WORD],
  ]);
})();

/** Matches nothing, and says so at once: a sticky pattern is tried at one position only. */
const NOTHING = /(?!)/y;

/** The parser, made to try its pattern only on text with its cue (see `PARSER_CUES`). */
export function gated(parser: chrono.Parser): chrono.Parser {
  const cue = PARSER_CUES.get(parser.constructor.name);
  if (cue === undefined) return parser;
  return {
    pattern: (context) => (cue.in(context.text) ? parser.pattern(context) : NOTHING),
    extract: (context, match) => parser.extract(context, match),
  };
}

/**
 * chrono's English casual parser without its time-of-day parts, plus one parser for bare years, which
 * chrono leaves alone: after a preposition ("in 2024", "since 2019", "in mid-2024", "in late 2024") or a
 * part of a year ("the summer of 2018", "the first half of 2025"); years used as modifiers ("the 2018
 * agreement", "the declaration of 2018") stay unparsed; and one for parts of a month counted from
 * publication (`PART_OF_MONTH`).
 *
 * A statement's time is a day at most, so the parsers of clock times and parts of the day ("at 3 p.m.",
 * "this morning") and the refiners that merge times into dates or read time zones only cost: date
 * parsing was a third of `analyze`, and these parts a sixth of chrono's time. Without them "Tuesday
 * morning" is found as "Tuesday", the same day. They are dropped by class name; under a minifier that
 * renames classes nothing is dropped and only the speed is lost.
 */
const parser = (() => {
  const custom = chrono.casual.clone();
  custom.parsers = custom.parsers.filter((p) => !TIME_OF_DAY.has(p.constructor.name)).map(gated);
  custom.refiners = custom.refiners.filter((r) => !TIME_OF_DAY.has(r.constructor.name));
  custom.parsers.push({
    pattern: () => BARE_YEAR,
    extract: (_context, match) => ({ year: Number(match[1]) }),
  });
  custom.parsers.push({
    pattern: (context) => (MONTH_WORD.in(context.text) ? PART_OF_MONTH : NOTHING),
    extract: (context, match) => {
      const reference = context.reference.instant;
      const shifted = new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth() + (MONTH_SHIFT[(match[1] ?? '').toLowerCase()] ?? 0), 1, 12));
      return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1 };
    },
  });
  custom.refiners.push({ refine: (context, results) => withRelativeYears(context.text, results) });
  return custom;
})();

/**
 * The results with a month (or a day of one) followed by a year counted from publication merged into
 * one date: chrono reads "in March last year" as two, "March" (the nearest March, in the year of
 * publication) and "last year", so "recalled its ambassador in March last year" was dated a year late
 * by its month, or by the year alone, whichever stood nearer the verb.
 */
function withRelativeYears(text: string, results: chrono.ParsingResult[]): chrono.ParsingResult[] {
  const merged: chrono.ParsingResult[] = [];
  for (const result of results) {
    const previous = merged.at(-1);
    if (previous !== undefined && isRelativeYear(result) && previous.start.isCertain('month') && !previous.start.isCertain('year')) {
      const between = text.slice(previous.index + previous.text.length, result.index);
      if (MONTH_YEAR_GAP.test(between)) {
        previous.text = text.slice(previous.index, result.index + result.text.length);
        previous.start.assign('year', result.start.get('year') ?? 0);
        previous.start.addTags(result.start.tags());
        continue;
      }
    }
    merged.push(result);
  }
  return merged;
}

/** A year counted from publication, alone ("last year", "this year", "next year"). */
function isRelativeYear(result: chrono.ParsingResult): boolean {
  return result.start.isCertain('year') && !result.start.isCertain('month') && RELATIVE_YEAR.test(result.text);
}

const RELATIVE_YEAR = /^(?:last|this|next|past|previous) year$/i;
/** What may stand between the month and its year: "in December of last year", where chrono reads "of" with the month. */
const MONTH_YEAR_GAP = /^\s*(?:of\s+)?$/i;

const RELATIVE_TAGS = /relativeDate|casualReference|ENCasual|Relative|TimeUnit/;

/**
 * Parses a publication date `YYYY-MM-DD` into a UTC noon instant (noon keeps weekday arithmetic away
 * from day boundaries).
 *
 * @throws StancetrackError `E_DATE` naming the field when the value is not a real calendar date.
 */
export function parsePublished(value: unknown, field: string): Date {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12)) : undefined;
  if (match === null || date === undefined || isoDay(date) !== value) {
    throw new StancetrackError('E_DATE', `${field}: expected a calendar date YYYY-MM-DD, found ${JSON.stringify(value)}`);
  }
  return date;
}

/** A date expression found in a range of a document: where it is and what it resolves to. */
interface FoundDate {
  readonly start: number;
  readonly end: number;
  readonly time: StatementTime;
  /** Whether the date starts a span that runs on ("held since 2023"): when an act began, not when words were said. */
  readonly since: boolean;
}

/** Which of a range's dates may date a statement (see `dateFinder`). */
export interface DateChoice {
  /** The part of the range whose dates are preferred: a clause's own part of its sentence. */
  readonly within?: readonly [number, number] | undefined;
  /** Dates never taken: a relative clause between a subject and its verb ("North Korea, which has held the line since 2023, fired …"). */
  readonly aside?: readonly [number, number] | undefined;
  /** Whether the statement is words (said at a time, not since one: "since" dates are passed over). */
  readonly speech?: boolean;
}

/**
 * Finds the date a piece of a document gives for when something happened, relative to the publication
 * date: the date expression nearest to `anchor` (a character offset in `text`) within `[from, to)`.
 * Dates after publication are not when a reported statement was made: a weekday or a day without a
 * year (or a day counted from one) is moved back into the past ("on Saturday" in a Sunday paper is the
 * day before), a fully given or announced future date ("March 3, 2026", "next Monday") is ignored.
 * Each range is parsed once per document (several statements share a sentence), and a range with no
 * date cue is not parsed at all.
 */
export function dateFinder(text: string, published: Date): (from: number, to: number, anchor: number, choice?: DateChoice) => StatementTime | undefined {
  const parsed = new Map<string, readonly FoundDate[]>();
  return (from, to, anchor, choice = {}) => {
    const key = `${from}:${to}`;
    let found = parsed.get(key);
    if (found === undefined) {
      found = parseRange(text, from, to, published);
      parsed.set(key, found);
    }
    return (choice.within === undefined ? undefined : nearest(found, anchor, choice, choice.within)) ?? nearest(found, anchor, choice);
  };
}

/**
 * The time of the date nearest to `anchor`, among those inside `within` when given (a clause's own
 * part of its sentence: "The North declared it void in 2023, and the South suspended it fully last
 * year." dates the South's act by "last year", though "2023" stands nearer its verb), and outside the
 * choice's aside ("Seoul, which signed the accord last month, said on Friday …" is Friday's). Words
 * (`speech`) are said at a time, not since one: "since" dates are passed over ("accused Baku of
 * holding detainees since 2023").
 */
function nearest(found: readonly FoundDate[], anchor: number, { speech = false, aside }: DateChoice, within?: readonly [number, number]): StatementTime | undefined {
  let best: { time: StatementTime; distance: number } | undefined;
  for (const { start, end, time, since } of found) {
    if ((speech && since) || (within !== undefined && (start < within[0] || end > within[1])) || (aside !== undefined && start >= aside[0] && end <= aside[1])) continue;
    const distance = Math.min(Math.abs(start - anchor), Math.abs(end - anchor));
    if (best === undefined || distance < best.distance) best = { time, distance };
  }
  return best?.time;
}

function parseRange(text: string, from: number, to: number, published: Date): readonly FoundDate[] {
  const slice = text.slice(from, to);
  if (!DATE_CUE.test(slice)) return [];
  const found: FoundDate[] = [];
  const masked = slice.replace(NOT_DATES, (word) => 'x'.repeat(word.length));
  for (const result of parser.parse(masked, { instant: published, timezone: 0 }, { forwardDate: false })) {
    if (isNoTime(masked, result)) continue;
    const time = toTime(result, published, masked);
    if (time === undefined) continue;
    // "since Friday, when the ministry charged …" names the day the words were said.
    const since = (SINCE.test(masked.slice(0, result.index)) || SINCE_START.test(result.text)) && !WHEN_AFTER.test(masked.slice(result.index + result.text.length));
    found.push({ start: from + result.index, end: from + result.index + result.text.length, time, since });
  }
  return found;
}

/**
 * Whether a date chrono found is not when the statement was made:
 * - followed by a word, part of a name after "the" or a possessive ("restore the Sept. 19 military
 *   agreement", "citing the June 15 declaration", "Seoul's 9/19 pledge", "ahead of the Aug. 15
 *   holiday"), as a year is in "the 2018 agreement"; said on, at or during the named event ("on the
 *   October 3 holiday") it is the statement's date;
 * - followed by a word, a span of time before an event ("three days before the summit"), which chrono
 *   counts back from publication as it does "three days ago";
 * - after a capitalised name and "of", which dates what the name names, whatever follows ("the
 *   Athens Declaration of 7 December 2023", "the Simla Agreement of 1972").
 * A word that carries the date on ("the first of October", "the 3rd and 4th") keeps it a date.
 */
function isNoTime(text: string, result: chrono.ParsedResult): boolean {
  const before = text.slice(0, result.index);
  if (NAME_OF.test(before) || DEADLINE.test(before)) return true;
  if (!NOUN_AFTER.test(text.slice(result.index + result.text.length))) return false;
  return SPAN_BEFORE.test(result.text) || (DETERMINER_BEFORE.test(before) && !AT_EVENT.test(before));
}

const SPAN_BEFORE = /\bbefore$/i;
/** "until" or "by" and a time of day right before a date: a deadline set, not when it was set ("giving them until midnight on Saturday to leave"). */
const DEADLINE = /\b(?:until|by)\s+(?:midnight|noon)\s+(?:on\s+)?$/i;
/** A capitalised name and "of" right before a date: the date belongs to the name ("the Athens Declaration of 7 December 2023"). */
const NAME_OF = /\S\s+\p{Lu}[\p{L}-]*\s+of\s+$/u;
const SINCE = /\bsince\s+$/i;
const SINCE_START = /^since\b/i;
const WHEN_AFTER = /^\s*,?\s*when\b/i;
const DETERMINER_BEFORE = /(?:\bthe|\bits|\btheir|['’]s)\s+$/i;
const AT_EVENT = /\b(?:on|at|during)\s+the\s+$/i;
const NOUN_AFTER = /^\s+(?!(?:of|and|or|to|through|until|till)\b)\p{L}/iu;

/**
 * Words chrono 2.10 takes for dates or clock times where edited English means something else. Each is
 * masked with as many letters before parsing, so offsets stay and the word counts like any other:
 * - "am" or "pm" opening a longer word ("amid", "American", "PMO"): chrono's check for a clock time
 *   after a day lacks a word boundary, so "on August 22 amid protests" had no date;
 * - verbs and nouns spelled like a weekday or a month, in lower case ("sat down", "the sun", "the couple
 *   wed", "began to march"): edited text capitalises days and months;
 * - "Sun" before a capitalised word, the surname ("Sun Weidong"), as the speaker of a verb of saying
 *   ("…," Sun said; said Sun), and after "the", the newspaper ("according to the Sun"; before a word,
 *   `isNoTime` already takes it for a name);
 * - "now", which chrono resolves to the publication instant: in news it is the present of the words
 *   reported ("was ready "right now""), not when they were said, and it hid the actor's last date.
 * A real "am"/"pm" (a word of its own, or "a.m.") and capitalised day and month names are left alone.
 */
const NOT_DATES = /\b[AaPp][Mm](?=\p{L})|\b(?:sat|sun|wed|march)\b|\bSun(?= \p{Lu}\p{Ll}| (?:said|says|told|added|noted|warned|stressed|replied)\b)|(?<=\b(?:[Tt]he|said) )Sun\b|\b[Nn]ow\b/gu;

/**
 * What every date chrono resolves to a day, month or year contains: a digit, a month or weekday name
 * (or its abbreviation), a casual day word (today, yesterday, …) or a unit of time ("last week",
 * "a year ago"). Text without any of these is not parsed; test/statements/dates.test.ts checks the
 * filter on date phrases without digits, and on the benchmark corpus it changed no statement's date.
 */
const DATE_CUE =
  /\d|\b(?:(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b|january|february|march|april|may\b|june|july|august|september|october|november|december|(?:mon|tues?|wed|thu|thurs?|fri|sat|sun)\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|tomorrow|yesterday|ago\b|weeks?\b|weekend|months?\b|years?\b|days?\b|fortnight|decades?\b|quarters?\b)/i;

/** The time chrono's result gives, moved into the past or dropped when after publication; `text` is what chrono read. */
function toTime(result: chrono.ParsedResult, published: Date, text: string): StatementTime | undefined {
  const c = result.start;
  const weekdayOnly = c.isCertain('weekday') && !c.isCertain('day');
  const granularity = c.isCertain('day') || weekdayOnly ? 'day' : c.isCertain('month') ? 'month' : c.isCertain('year') ? 'year' : undefined;
  if (granularity === undefined) return undefined;
  let date = new Date(Date.UTC(c.get('year') ?? 0, (c.get('month') ?? 1) - 1, c.get('day') ?? 1, 12));
  const relative = weekdayOnly || [...(c.tags?.() ?? [])].some((tag) => RELATIVE_TAGS.test(tag));
  // A plan announced for a day ahead ("would meet again on October 25", "talks will resume on Monday"),
  // or for a month or a year still running at publication ("would meet again later this year"), is when
  // the plan falls, not when the statement was made.
  const ahead = granularity === 'day' ? date > published : endOf(date, granularity) >= published;
  if (ahead && isAnnounced(text.slice(Math.max(0, result.index - ANNOUNCEMENT_REACH), result.index))) return undefined;
  if (startOf(date, granularity) > published) {
    if (weekdayOnly) {
      // "next Monday" announces a plan; a weekday alone ("on Monday") is the one just past.
      if (NEXT.test(result.text)) return undefined;
      date = new Date(date.getTime() - 7 * DAY);
    } else if (!c.isCertain('year') || dayWithoutYear(result.text)) date = new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate(), 12));
    else return undefined;
  }
  const iso = isoDay(date);
  return { date: granularity === 'day' ? iso : granularity === 'month' ? iso.slice(0, 7) : iso.slice(0, 4), granularity, basis: relative ? 'relative' : 'explicit' };
}

const DAY = 86_400_000;
const NEXT = /\bnext\b/i;

/**
 * A modal, a word of plans, of readiness or of hope before a date, in its clause ("will", "would … on",
 * "scheduled for", "were to meet on", "ready to meet again in October", "looks forward to visiting Busan
 * on July 17"): the date is announced.
 */
const ANNOUNCED = /\b(?:will|would|shall|could|may|might|scheduled|due|planned|plans?|set to|expected to|(?:ready|prepared|willing) to|look(?:s|ing)? forward to|(?:is|are|was|were) to)\b[^.;!?,]*$/i;
/**
 * A word that sets a date ahead as a start or a deadline, right before it ("scanned from April 1",
 * "talks before the end of March", "takes effect on Monday"): when a measure starts or a step is due,
 * not when the statement was made.
 */
const SCHEDULED = /\b(?:from|before|by|until|till|starting|beginning|effective|as of|no later than|takes? effect|comes? into force|enters? into force)\s+(?:on\s+)?(?:the\s+)?$/i;
/** Whether the words before a date ahead announce it or set it as a start or a deadline. */
function isAnnounced(before: string): boolean {
  return ANNOUNCED.test(before) || SCHEDULED.test(before);
}

/** Characters before a date read for `ANNOUNCED` and `SCHEDULED`. */
const ANNOUNCEMENT_REACH = 100;

/**
 * Whether a date expression names a month (or a numeric month/day) and no year: chrono gives a span
 * counted from such a day ("three days before December 5") a certain year, the nearest one, which may
 * lie after publication; it is moved back like the day itself would be.
 */
function dayWithoutYear(text: string): boolean {
  return MONTH_WRITTEN.test(text) && !YEAR_WRITTEN.test(text);
}

const MONTH_WRITTEN = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b\d{1,2}\/\d{1,2}\b/i;
const YEAR_WRITTEN = /\b\d{4}\b|['’]\d{2}\b/;

/** The last day of the month or year `date` falls in. */
function endOf(date: Date, granularity: 'month' | 'year'): Date {
  return granularity === 'month' ? new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0, 12)) : new Date(Date.UTC(date.getUTCFullYear(), 11, 31, 12));
}

function startOf(date: Date, granularity: StatementTime['granularity']): Date {
  if (granularity === 'day') return date;
  return new Date(Date.UTC(date.getUTCFullYear(), granularity === 'month' ? date.getUTCMonth() : 0, 1));
}

/** The day `days` days after `date` (before it when negative), as `YYYY-MM-DD`. */
export function isoDayShifted(date: Date, days: number): string {
  return isoDay(new Date(date.getTime() + days * DAY));
}

/** `YYYY-MM-DD` of a UTC date. */
export function isoDay(date: Date): string {
  // Formatted by hand: toISOString costs about a microsecond, a noticeable share of extraction.
  const year = date.getUTCFullYear();
  if (year < 0 || year > 9999) return date.toISOString().slice(0, 10);
  return `${String(year).padStart(4, '0')}-${twoDigits(date.getUTCMonth() + 1)}-${twoDigits(date.getUTCDate())}`;
}

function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
