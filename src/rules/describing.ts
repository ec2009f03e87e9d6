import { isHyphenatedPiece, isNoun, type Token } from '../nlp/index.js';
import type { RuleContext, WorkingHit } from './context.js';
import { trigger } from './context.js';
import { isAttributiveParticiple } from './phrase.js';
import { breaksClause } from './scope.js';

/**
 * describing — "let IAEA inspectors return to the bombed sites", "will keep its ambassador in Caracas to
 * assist detained Chileans", "reached a deal on the disputed islands": a hostile act's participle in
 * front of a noun (see `isAttributiveParticiple`) says what became of what an engagement act of its
 * clause reaches; it is no act of the clause and counts 0 (modifier `describes:<noun>`). The engagement
 * hit stands before it within `REACH` tokens, no clause punctuation and no negator between ("to return
 * the deported children" undoes the deportation), and is no appeal, which asks another side to act
 * ("urged the kingdom to free jailed activists"). A participle with no such act before it keeps its hit
 * ("the bombed hospital was closed").
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
