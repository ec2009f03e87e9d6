import type { Match } from '../lexicon/match.js';
import { isNounPhraseWord, type Token } from '../nlp/index.js';
import type { RuleContext } from './context.js';
import { countNothingWithin, firstAtOrAfter, trigger } from './context.js';
import { afterPlace } from './phrase.js';
import { CLAUSE_BREAK } from './scope.js';

/**
 * topic — "a new history of the 1930 tariff", "a study on the effects of last year's sanctions", "an
 * exhibition of testimonies about the genocide": a hit inside what a work or record is about
 * (`modifiers.topics`: history, study, documentary, exhibition, …) names a subject, not an act, and
 * counts 0 (modifier `topic:<noun>`), and so does a hit in its title ("a documentary called 'Trade
 * War'"). The work's noun must be followed by "of", "on", "about", "over", "into" or "titled",
 * "entitled", "called", "named", and the hit reached within `REACH` tokens without a verb or clause
 * punctuation between: "the book accused Beijing" and "a study on sanctions, then the attack" keep
 * their hits. A work that is the subject of a verb of depicting has what follows that verb for its
 * subject too (see `depicted`).
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
    if (work === undefined || hit.first - work.last > REACH || !OPENERS.has(tokens[opener]?.normal ?? '')) continue;
    let open = true;
    for (let t = opener + 1; t < hit.first && open; t += 1) {
      const token = tokens[t];
      open = token !== undefined && token.pos !== 'VERB' && token.pos !== 'AUX' && (!CLAUSE_BREAK.has(token.normal) || separatesSubjects(tokens, t, hit.first));
    }
    if (!open) continue;
    hit.factor = 0;
    hit.modifiers.push(`topic:${trigger(context, work)}`);
  }
}

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
