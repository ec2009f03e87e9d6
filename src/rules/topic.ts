import type { Match } from '../lexicon/match.js';
import { isInflectedVerb, isNounPhraseWord, type Token } from '../nlp/index.js';
import type { RuleContext } from './context.js';
import { countNothingWithin, firstAtOrAfter, trigger } from './context.js';
import { afterPlace } from './phrase.js';
import { CLAUSE_BREAK, opensRelative } from './scope.js';

/**
 * topic — "a new history of the 1930 tariff", "a study on the effects of last year's sanctions", "an
 * exhibition of testimonies about the genocide": a hit inside what a work or record is about
 * (`modifiers.topics`: history, study, documentary, exhibition, …) names a subject, not an act, and
 * counts 0 (modifier `topic:<noun>`), and so does a hit in its title ("a documentary called 'Trade
 * War'"). The work's noun must be followed by "of", "on", "about", "over", "into" or "titled",
 * "entitled", "called", "named", and the hit reached within `REACH` tokens without a verb or clause
 * punctuation between: "the book accused Beijing" and "a study on sanctions, then the attack" keep
 * their hits. One description of what the work is about may follow it, verbs and all: a relative clause
 * ("a documentary about the 1939 Winter War, when Soviet troops invaded Finland, premiered"), what the work
 * shows, or its title (see `topicReach`). A work that is the subject of a verb of depicting has what
 * follows that verb for its subject too (see `depicted`).
 */
export function topic(context: RuleContext): void {
  const works = context.markers.topic;
  if (works.length === 0) return;
  const tokens = context.analysis.tokens;
  depicted(context, works);
  for (const hit of context.hits) {
    if (hit.factor === 0) continue;
    const work = works[firstAtOrAfter(works, hit.first) - 1];
    // Past where the work is shown: "an exhibition in Warsaw on the German invasion".
    const opener = work === undefined ? -1 : afterPlace(tokens, work.last + 1);
    if (work === undefined || !OPENERS.has(tokens[opener]?.normal ?? '')) continue;
    const reach = topicReach(tokens, opener + 1, hit.first);
    if (reach === undefined || hit.first - work.last > reach) continue;
    hit.factor = 0;
    hit.modifiers.push(`topic:${trigger(context, work)}`);
  }
}

/**
 * How far from the work's noun a hit at token `to` may stand and still be in what the work is about, given
 * the tokens from `from` (after the opener) to it, or `undefined` when they take it out: what the work is
 * about is a noun phrase, or a list of them (see `separatesSubjects`), with no verb or clause punctuation,
 * within `REACH` tokens; after it may come one description of it, a relative clause ("a documentary about
 * the 1939 Winter War, when Soviet troops invaded Finland", "the 1992 Rome peace accords that ended the civil
 * war"), a participle after a comma ("the anniversary of the Comprehensive Peace Agreement, signed in 2005 to
 * end Sudan's second civil war"), a phrase of what the work shows ("an exhibition on the 1963 Shifta War, with
 * photographs of Somali insurgents") or its title (", titled 'Blockade and Independence'"), which may hold
 * verbs and runs to clause punctuation not followed by a noun phrase, within `DESCRIPTION_REACH` more.
 */
function topicReach(tokens: readonly Token[], from: number, to: number): number | undefined {
  let described = false;
  for (let t = from; t < to; t += 1) {
    const token = tokens[t];
    if (token === undefined) return undefined;
    const breaks = CLAUSE_BREAK.has(token.normal);
    const comma = token.normal === ',';
    if (!described && (comma || !breaks) && opensDescription(tokens, comma ? t + 1 : t, comma)) {
      described = true;
      if (comma) t += 1;
      continue;
    }
    if (breaks && !(described ? token.normal === ',' && isNounPhraseWord(tokens[t + 1]) : separatesSubjects(tokens, t, to))) return undefined;
    if (!described && (token.pos === 'VERB' || token.pos === 'AUX')) return undefined;
  }
  return described ? REACH + DESCRIPTION_REACH : REACH;
}

/**
 * Whether a description of what a work is about opens at token `t`: a relative word, a preposition and
 * one ("under which"), a participle `afterComma` ("signed in Naivasha"), or a word of `DESCRIBERS`.
 */
function opensDescription(tokens: readonly Token[], t: number, afterComma: boolean): boolean {
  const token = tokens[t];
  if (token === undefined) return false;
  if (afterComma && isInflectedVerb(token)) return true;
  return opensClause(token) || DESCRIBERS.has(token.normal) || (token.pos === 'ADP' && opensClause(tokens[t + 1]));
}

/** Whether `token` opens a relative clause, or one of time or place, on what a work is about. */
function opensClause(token: Token | undefined): boolean {
  return token !== undefined && (opensRelative(token) || CIRCUMSTANTIALS.has(token.normal));
}

/** Words that open a clause of time or place on what a work is about: "when Soviet troops invaded Finland", "where the treaty was signed". */
const CIRCUMSTANTIALS: ReadonlySet<string> = new Set(['when', 'where']);

/** Words that open what a work shows or is called: "with photographs of Somali insurgents", "featuring war drums", "titled 'Blockade'". */
const DESCRIBERS: ReadonlySet<string> = new Set(['with', 'featuring', 'titled', 'entitled', 'called']);

/** Tokens a description of what a work is about may add to `REACH`. */
const DESCRIPTION_REACH = 14;

/**
 * Whether the comma at `t` separates the items of a list of subjects before the hit, a noun: "plenary
 * sessions on maritime security, nuclear deterrence and the wars in Ukraine and Gaza".
 */
function separatesSubjects(tokens: readonly Token[], t: number, hit: number): boolean {
  return tokens[t]?.normal === ',' && isNounPhraseWord(tokens[t + 1]) && tokens[hit]?.pos !== 'VERB';
}

/** What opens what a work is about: a preposition, or the word that gives its title ("a documentary called 'Trade War'"). */
const OPENERS: ReadonlySet<string> = new Set(['of', 'on', 'about', 'over', 'into', 'titled', 'entitled', 'called', 'named']);

/**
 * Tokens from the work's noun to the hit: "study on the economic effects of last year's sanctions" is 9,
 * "exhibition on the 1980 shipyard strikes and the birth of the Solidarity movement" 12.
 */
const REACH = 14;

/**
 * What a work depicts when it is the subject of a verb of `params.topics.verbs` ("an exhibition opening at
 * the national museum this week recalls the night when Soviet troops stormed the tower", "a new
 * exhibition documents the 1904 genocide", "a doctoral thesis examines wildcat strikes"): the verb
 * within `SUBJECT_REACH` tokens after the work's noun, no semicolon or conjunction between ("the
 * exhibition closed, and a colonel recalls" is another subject's verb; commas may set off a phrase on
 * the work: "a new biography of Thomas Sankara, launched in Ouagadougou, recounts his feud", "a biography
 * of Nyerere, covering his role in the negotiations"), and the hits after it to the end of the sentence
 * (or a semicolon) count 0 (modifier `topic:<noun>`).
 */
function depicted(context: RuleContext, works: readonly Match[]): void {
  const verbs = context.lexicon.params.topics?.verbs;
  if (verbs === undefined) return;
  const tokens = context.analysis.tokens;
  for (const work of works) {
    const sentence = tokens[work.last]?.sentence;
    let verb: number | undefined;
    for (let t = work.last + 1; t <= work.last + SUBJECT_REACH; t += 1) {
      const token = tokens[t];
      if (token === undefined || token.sentence !== sentence || token.normal === ';' || token.pos === 'CCONJ') break;
      if (isVerbOf(tokens, t, verbs)) {
        verb = t;
        break;
      }
    }
    if (verb === undefined) continue;
    let end = verb;
    while (tokens[end + 1]?.sentence === sentence && tokens[end + 1]?.normal !== ';') end += 1;
    for (const pole of POLES) countNothingWithin(context, verb + 1, end, pole, `topic:${trigger(context, work)}`);
  }
}

const POLES = ['confrontation', 'engagement'] as const;

/**
 * Whether token `t` is one of the verbs: tagged so, or an -s form wink-nlp tags as a plural noun with an
 * article or a number after it ("the Hiroshima Peace Memorial Museum traces the 1945 bombing").
 */
function isVerbOf(tokens: readonly Token[], t: number, verbs: readonly string[]): boolean {
  const token = tokens[t] as Token;
  const tagged = token.pos === 'VERB' || (token.pos === 'NOUN' && token.normal.endsWith('s') && OBJECT_OPENERS.has(tokens[t + 1]?.pos ?? ''));
  return tagged && verbs.includes(token.lemma);
}

const OBJECT_OPENERS: ReadonlySet<string> = new Set(['DET', 'NUM']);

/** Tokens from the work's noun to its verb: "exhibition opening at Vilnius's national museum this week recalls" is 10. */
const SUBJECT_REACH = 12;
