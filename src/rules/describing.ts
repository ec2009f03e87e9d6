import { isGerund, isHyphenatedPiece, isInflectedVerb, isNoun, type Token } from '../nlp/index.js';
import type { RuleContext, WorkingHit } from './context.js';
import { countNothingWithin, trigger } from './context.js';
import { isAttributiveParticiple, nounPhraseEnd, nounPhraseWithOfEnd } from './phrase.js';
import { breaksClause } from './scope.js';

/**
 * describing — "let IAEA inspectors return to the bombed sites", "will keep its ambassador in Caracas to
 * assist detained Chileans", "reached a deal on the disputed islands": a hostile act's participle in
 * front of a noun (see `isAttributiveParticiple`) says what became of what an engagement act of its
 * clause reaches; it is no act of the clause and counts 0 (modifier `describes:<noun>`). The engagement
 * hit stands before it within `REACH` tokens, no clause punctuation and no negator between ("to return
 * the deported children" undoes the deportation), and is no appeal, which asks another side to act
 * ("urged the kingdom to free jailed activists"). A participle with no such act before it keeps its hit
 * ("the bombed hospital was closed"). A past participle after such an act's object tells that object's
 * past, and the hostile hits of what it tells count 0 too: "released 19 Congolese soldiers captured
 * during fighting near Goma" (see `isPostnominalParticiple`).
 */
export function describing(context: RuleContext): void {
  const tokens = context.analysis.tokens;
  const { hits } = context;
  for (let h = 1; h < hits.length; h += 1) {
    const hit = hits[h] as WorkingHit;
    if (hit.pole !== 'confrontation' || hit.factor === 0 || !isDescribingParticiple(tokens, hit)) continue;
    if (!actsOnIt(context, h)) continue;
    hit.factor = 0;
    hit.modifiers.push(`describes:${trigger(context, { first: hit.last + 1, last: hit.last + 1 })}`);
  }
  for (const act of hits) {
    if (act.pole !== 'engagement' || act.factor === 0 || APPEALS.has(act.category) || tokens[act.first]?.pos !== 'VERB') continue;
    // Past the act's object, if it has one after it: "swapped dozens of soldiers captured during …".
    const participle = nounPhraseWithOfEnd(tokens, act.last + 1, OBJECT_WORDS) + 1;
    if (!isPostnominalParticiple(tokens, participle)) continue;
    countNothingWithin(context, participle, relativeEnd(tokens, participle), 'confrontation', `describes:${trigger(context, { first: participle - 1, last: participle - 1 })}`);
  }
}

/**
 * The last token of the reduced relative clause at participle `t`: its prepositional phrases, up to
 * `PHRASES` of them ("captured during last year's clashes at Ras Kamboni"); what follows is the
 * sentence's again ("called the visit of a US delegation led by Usha Vance highly aggressive").
 */
function relativeEnd(tokens: readonly Token[], t: number): number {
  let end = t;
  for (let phrases = 0; phrases < PHRASES && tokens[end + 1]?.pos === 'ADP'; phrases += 1) {
    // A gerund may head the phrase alone: "captured during fighting".
    const phrase = isGerund(tokens[end + 2]) ? end + 2 : nounPhraseEnd(tokens, end + 2, OBJECT_WORDS);
    if (phrase < end + 2) break;
    end = phrase;
  }
  return end;
}

/** Prepositional phrases of a reduced relative clause at most: "during fighting near Goma" is 2. */
const PHRASES = 3;

/** Words of an act's object at most: "19 Congolese soldiers" is 3. */
const OBJECT_WORDS = 5;

/**
 * Whether token `t` is a past participle after a common noun (after a name it may be a clause of its own:
 * "the pledge Sheinbaum made to Trump"), with a preposition after it, where an engagement act, a verb
 * (not a noun: "the release of the two aid workers detained in Asmara" keeps the detention), or its
 * object ends: a reduced relative clause telling what became of the people or things the act reaches
 * ("released 19 Congolese soldiers captured during fighting near Goma", "swapped dozens of soldiers
 * captured during last year's clashes"). What it tells (see `relativeEnd`) is their past, no act of the
 * clause: its confrontation hits count 0 (modifier `describes:<noun>`).
 */
function isPostnominalParticiple(tokens: readonly Token[], t: number): boolean {
  const token = tokens[t];
  return isInflectedVerb(token) && tokens[t - 1]?.pos === 'NOUN' && tokens[t + 1]?.pos === 'ADP' && token?.sentence === tokens[t - 1]?.sentence;
}

/** Whether the hit is one participle ("bombed", "detained") right before a noun, in front of it as an adjective is. */
function isDescribingParticiple(tokens: readonly Token[], hit: WorkingHit): boolean {
  return hit.first === hit.last && isAttributiveParticiple(tokens, hit.first) && !isNamedDoer(tokens, hit.first) && isNoun(tokens[hit.last + 1]);
}

/**
 * Whether the participle at `t` is the last piece of a hyphenated word that names who did it, in the
 * speaker's words: "Pakistan-occupied Kashmir", "the US-proposed sanctions" keep their hit; an adverb's
 * piece names no one ("the long-disputed Yenga area").
 */
function isNamedDoer(tokens: readonly Token[], t: number): boolean {
  return isHyphenatedPiece(tokens, t) && !ADVERB_PIECES.has(tokens[t - 2]?.pos ?? '');
}

/** Tags of a hyphenated participle's first piece that says how or how long: "long-disputed", "hotly-contested". */
const ADVERB_PIECES: ReadonlySet<string> = new Set(['ADJ', 'ADV']);

/** Whether an engagement hit that counts stands before hit `h` within `REACH` tokens, no clause punctuation between. */
function actsOnIt(context: RuleContext, h: number): boolean {
  const tokens = context.analysis.tokens;
  const hit = context.hits[h] as WorkingHit;
  for (let k = h - 1; k >= 0; k -= 1) {
    const act = context.hits[k] as WorkingHit;
    if (hit.first - act.last > REACH) return false;
    // An appeal asks another side to act and reaches nothing itself ("urged the kingdom to free jailed activists").
    if (act.pole === 'engagement' && act.factor !== 0 && !APPEALS.has(act.category)) {
      if (breaksClause(tokens, act.last + 1, hit.first)) return false;
      // A negator between undoes the participle's act rather than describing with it: "to return the deported children".
      return !context.markers.negator.some((negator) => negator.first > act.last && negator.last < hit.first);
    }
  }
  return false;
}

/** Tokens from the engagement act to the participle at most: "let IAEA inspectors return to the bombed" is 4 after the act. */
const REACH = 8;
/** Categories of asking, not acting (CAMEO 02 appeal, 10 demand). */
const APPEALS: ReadonlySet<string> = new Set(['appeal', 'demand']);
