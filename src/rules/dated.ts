import { isInnerHyphen, isNoun, isPossessive, joinsModifiers, type Token } from '../nlp/index.js';
import { runEnd, runStart } from './phrase.js';
import { CLAUSE_BREAK, opensRelative } from './scope.js';
import type { RuleContext, WorkingHit } from './context.js';

/**
 * dated — "commanded troops during the 1999 Kargil conflict", "a family split by the 1950-53 war", "a
 * documentary about the 1973 oil embargo": a confrontation hit of `params.dated.categories` on a noun whose
 * noun phrase opens with a year names a past event, as a name does, and counts 0 (modifier `dated:<year>`);
 * so does a hit that is a noun phrase with a year right after it, after "of" or "in" ("the war of 1982",
 * "after a short war in 1992"; "closed the land border in 1994" is an act), or after "of" and a month ("the
 * five-day war of August 2008"). The year must follow an article, a possessive or a preposition ("India's
 * 1998 nuclear tests"), so a count ("deployed 2000 troops") is no year. Engagement keeps its weight there:
 * "exchanged lists under a 1988 agreement" acts on the agreement. What an actor does about a past event
 * carries its own hit ("condemned the 2014 annexation of Crimea" keeps the condemnation). So does a hit of those categories in a relative clause that holds a year ("ending a
 * quarrel that erupted into deadly clashes in 2022", "China, which downgraded ties in 2021"): a past event
 * told beside the sentence's act (see `yearInRelative`); so does one in the phrase of a participle that
 * describes a noun and holds a year ("the remains of soldiers killed in the 2020 war", see
 * `yearOfParticiple`), and a hit that is the time frame of a record ("the largest such exchange of the war",
 * modifier `dated:<superlative>`), and so is one after a preposition of time and "the" whose noun phrase
 * is no clause's subject ("from 570 before the war", "the first inspection since the June war"; modifier
 * `dated:<preposition>`). An engagement hit in a relative clause opened by "who" that holds a year
 * is a person's past act told as who they are, and counts 0 too ("Lucia Ardenti, who negotiated the 2008
 * friendship treaty with Libya, died in Rome"). Off without `params.dated`.
 */
export function dated(context: RuleContext): void {
  const categories = context.lexicon.params.dated?.categories;
  if (categories === undefined) return;
  const tokens = context.analysis.tokens;
  for (const hit of context.hits) {
    if (hit.factor === 0) continue;
    const at = hit.pole === 'engagement' ? yearInRelative(tokens, hit.first, hit.last, true) : categories.includes(hit.category) ? pastEvent(tokens, hit) : undefined;
    if (at === undefined) continue;
    hit.factor = 0;
    hit.modifiers.push(`dated:${tokens[at]?.normal}`);
  }
}

/** The year or the superlative that makes a confrontation hit a past event or a time frame (see `dated`). */
function pastEvent(tokens: RuleContext['analysis']['tokens'], hit: WorkingHit): number | undefined {
  if (!isNoun(tokens[hit.last])) return yearInRelative(tokens, hit.first, hit.last) ?? yearOfParticiple(tokens, hit);
  // A year after the phrase dates a noun phrase only: "closed the land border in 1994" is an act.
  const yearAfterPhrase = isNoun(tokens[hit.first]) ? yearAfter(tokens, hit.last) : undefined;
  const timeFrame = isNoun(tokens[hit.first]) && !isClauseSubject(tokens, hit.last) ? timeFrameBefore(tokens, hit.first) : undefined;
  return yearOpening(tokens, hit.first) ?? yearAfterPhrase ?? yearInRelative(tokens, hit.first, hit.last) ?? superlativeBefore(tokens, hit.first) ?? timeFrame;
}

/**
 * The preposition of time (`TIME_FRAMES`) before "the" and at most `MODIFIERS_MAX` modifiers that opens the
 * noun phrase of the hit, which makes the hit the time frame of what the sentence tells ("from 570 before
 * the war", "the first inspection in Iran since the June war", "fled during the fighting"), or undefined.
 */
function timeFrameBefore(tokens: RuleContext['analysis']['tokens'], first: number): number | undefined {
  const article = runStart(tokens, first - 1, MODIFIERS_MAX, (t) => MODIFIER.has((tokens[t] as Token).pos)) - 1;
  return tokens[article]?.normal === 'the' && TIME_FRAMES.has(tokens[article - 1]?.normal ?? '') && tokens[article - 1]?.sentence === tokens[article]?.sentence ? article - 1 : undefined;
}

/**
 * Prepositions of time that make the event after them a time frame: "before the war", "during the
 * fighting". Not "after", which names a cause as often ("suspended hours after the attack"), nor "until",
 * which mostly opens a clause ("until the aggression on Gaza ends").
 */
const TIME_FRAMES: ReadonlySet<string> = new Set(['before', 'since', 'during', 'throughout']);

/**
 * Whether the noun phrase ending at `last`, with what follows it of its own (a preposition and its
 * object), is the subject of a verb: "days after the diplomatic row over Taiwan erupted" tells of the row.
 */
function isClauseSubject(tokens: RuleContext['analysis']['tokens'], last: number): boolean {
  const end = runEnd(tokens, last + 1, tokens.length, (t) => NOUN_PHRASE_GOES_ON.has((tokens[t] as Token).pos));
  const after = tokens[end + 1];
  return after?.sentence === tokens[last]?.sentence && (after?.pos === 'VERB' || after?.pos === 'AUX');
}

/** Tags of the words a noun phrase may go on with after its noun: "the row over Taiwan", "the attack on the 12th". */
const NOUN_PHRASE_GOES_ON: ReadonlySet<string> = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * The year inside the relative clause the hit stands in, which tells of a past event beside the
 * sentence's act ("ending a quarrel that erupted into deadly clashes in 2022", "with China, which
 * downgraded ties in 2021", "settling the border where clashes killed about 100 in 2022"): the clause
 * opens with a relative word within `RELATIVE_REACH` tokens before the hit and runs to clause
 * punctuation; undefined when there is none or no year in it. With `person`, only "who" opens it: a
 * person's past act told as who they are.
 */
function yearInRelative(tokens: RuleContext['analysis']['tokens'], first: number, last: number, person = false): number | undefined {
  const sentence = tokens[first]?.sentence;
  let opener: number | undefined;
  for (let t = first - 1; t >= 0 && first - t <= RELATIVE_REACH; t -= 1) {
    const token = tokens[t];
    if (token === undefined || token.sentence !== sentence || CLAUSE_BREAK.has(token.normal)) return undefined;
    if (person ? token.normal === 'who' : opensRelative(token) || token.normal === 'where') {
      opener = t;
      break;
    }
  }
  return opener === undefined ? undefined : yearBeforeClauseEnd(tokens, opener + 1, last);
}

/**
 * The first year from token `from` on, in the sentence of the hit ending at `last` and within
 * `RELATIVE_REACH` tokens past it, before the clause punctuation after it or a word of `stops`; undefined
 * when there is none.
 */
function yearBeforeClauseEnd(tokens: RuleContext['analysis']['tokens'], from: number, last: number, stops: ReadonlySet<string> = NO_STOPS): number | undefined {
  const sentence = tokens[last]?.sentence;
  for (let t = from; t - last <= RELATIVE_REACH; t += 1) {
    const token = tokens[t];
    if (token === undefined || token.sentence !== sentence || (t > last && CLAUSE_BREAK.has(token.normal)) || stops.has(token.normal)) return undefined;
    if (YEAR.test(token.normal)) return t;
  }
  return undefined;
}

const NO_STOPS: ReadonlySet<string> = new Set();

/**
 * The year in the phrase of a participle that describes the noun before it, as a relative clause would
 * ("the remains of soldiers killed in the 2020 war", "nine people believed killed in Vukovar in 1991"): a
 * one-word verb hit right after a noun or "those" (or after one and a participle of report, "believed"),
 * with a preposition after it, and a year within `RELATIVE_REACH` tokens before the clause ends, not after
 * "since"; an act with its object after it ("troops killed 30 civilians", "killed at least 25") is none.
 */
function yearOfParticiple(tokens: RuleContext['analysis']['tokens'], hit: WorkingHit): number | undefined {
  if (hit.first !== hit.last || tokens[hit.first]?.pos !== 'VERB' || tokens[hit.last + 1]?.pos !== 'ADP' || QUANTIFYING.has(tokens[hit.last + 2]?.normal ?? '')) return undefined;
  const before = tokens[hit.first - 1]?.pos === 'VERB' && tokens[hit.first - 1]?.normal.endsWith('ed') ? hit.first - 2 : hit.first - 1;
  if (!isNoun(tokens[before]) && tokens[before]?.normal !== 'those') return undefined;
  return yearBeforeClauseEnd(tokens, hit.last + 1, hit.last, HELD_SINCE);
}

/** Words that end the search for a participle's year: "detained in Beijing since March 2023" is held still, since then. */
const HELD_SINCE: ReadonlySet<string> = new Set(['since']);

/** Words after a preposition that make it a quantity, not a place or time: "killed at least 25". */
const QUANTIFYING: ReadonlySet<string> = new Set(['least', 'most', 'than']);

/**
 * The superlative of the noun phrase whose "of the" the hit follows, which makes the hit the time frame
 * of a record ("the largest such exchange of the war", "one of the deadliest attacks of the conflict"):
 * a word ending in "-est" or one of `ORDINALS` within `MODIFIERS_MAX` words of the phrase before "of the".
 */
function superlativeBefore(tokens: RuleContext['analysis']['tokens'], first: number): number | undefined {
  if (tokens[first - 1]?.normal !== 'the' || tokens[first - 2]?.normal !== 'of') return undefined;
  for (let t = first - 3; t >= 0 && first - 3 - t <= MODIFIERS_MAX; t -= 1) {
    const token = tokens[t];
    if (token === undefined || !(MODIFIER.has(token.pos) || token.pos === 'DET')) return undefined;
    if (token.pos === 'ADJ' && (token.normal.endsWith('est') || ORDINALS.has(token.normal))) return t;
  }
  return undefined;
}

/** Words that rank a record as a superlative does: "the first exchange of the war". */
const ORDINALS: ReadonlySet<string> = new Set(['first', 'last']);

/** Tokens from the relative word to the hit, and from the hit to the year, at most: "where clashes killed about 100 in 2022". */
const RELATIVE_REACH = 8;

/** The index of the year that opens the noun phrase ending before `first`, or undefined. */
function yearOpening(tokens: RuleContext['analysis']['tokens'], first: number): number | undefined {
  const sentence = tokens[first]?.sentence;
  for (let t = first - 1, modifiers = 0; t >= 0 && modifiers <= MODIFIERS_MAX; t -= 1) {
    const token = tokens[t];
    if (token === undefined || token.sentence !== sentence) return undefined;
    if (YEAR.test(token.normal)) {
      // A span the tokenizer splits at its dash ("the 1991–1995 war") opens with its first year.
      const start = DASHES.has(tokens[t - 1]?.normal ?? '') && YEAR.test(tokens[t - 2]?.normal ?? '') ? t - 2 : t;
      const before = tokens[start - 1];
      return before !== undefined && (OPENERS.has(before.pos) || isPossessive(before)) ? start : undefined;
    }
    // The hyphen inside a modifier is part of it: "the 1918 Georgian-Armenian war"; so is the "and"
    // between two names: "the 1974 Dublin and Monaghan bombings".
    if (isInnerHyphen(tokens, t) || joinsModifiers(tokens, t, true)) continue;
    if (!MODIFIER.has(token.pos)) return undefined;
    modifiers += 1;
  }
  return undefined;
}

/**
 * The index of the year that "of" or "in" puts right after the noun at `last` ("the war of 1982", "a short
 * war in 1992"), or "of" and a month ("the war of August 2008"), or undefined. Not "in" and a month: "the
 * sanctions imposed in March 2025" tell of this year's acts as often as of history.
 */
function yearAfter(tokens: RuleContext['analysis']['tokens'], last: number): number | undefined {
  const link = tokens[last + 1];
  const at = link?.normal === 'of' && MONTHS.has(tokens[last + 2]?.normal ?? '') ? last + 3 : last + 2;
  const year = tokens[at];
  if (link === undefined || year === undefined || year.sentence !== link.sentence || !YEAR_LINKS.has(link.normal) || !YEAR.test(year.normal)) return undefined;
  return at;
}

/** Month names, which may stand between "of" and a year. */
const MONTHS: ReadonlySet<string> = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** Prepositions that put a year after the event they date. */
const YEAR_LINKS: ReadonlySet<string> = new Set(['of', 'in']);

/** A year, a decade or a span of years: "1999", "1990s", "1950-53", "2014-2015". */
const YEAR = /^(1[89]|20)\d\d(s|[-–]\d\d(\d\d)?)?$/;

/** The dashes of a span of years written out in full ("1991–1995"), which the tokenizer splits off. */
const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);

/** Words between the year and the hit: "the 1999 Kargil conflict", "India's 1998 nuclear tests". */
const MODIFIER: ReadonlySet<string> = new Set(['ADJ', 'PROPN', 'NOUN']);
const MODIFIERS_MAX = 3;

/** Tags that may stand before the year: "the", "its", "during". */
const OPENERS: ReadonlySet<string> = new Set(['DET', 'PRON', 'ADP']);
