import type { Match } from '../lexicon/match.js';
import { isNounPhraseWord, type Token } from '../nlp/index.js';
import { insertHit, isInsideHit, trigger, type RuleContext, type WorkingHit } from './context.js';

/**
 * defiance — "No threat from Belgrade will deter us", "no amount of pressure from Washington will change
 * that": "no" before the subject of a modal ("will", "is going to") and a verb of effect
 * (`params.defiance.verbs`: "change", "deter", "stop", …) with the speaker or the matter as its object
 * says that whatever another side tries will fail, not that anyone renounces it. The hostile acts the
 * subject names count 0 (modifier `defied:<verb>`), where negation would have turned them into
 * engagement, and the verb counts for confrontation with `weight` and `category`, the defiance of whoever
 * would try (modifier `defiance:no`), unless a hit stands there already ("deter") or the sentence names a
 * bond that the verb would change ("no political disagreement can change the ties that bind our two
 * nations", which affirms it). A subject naming an act of engagement ("no agreement will change that") is
 * left to negation. Off without `params.defiance`.
 */
export function defiance(context: RuleContext): void {
  const params = context.lexicon.params.defiance;
  if (params === undefined) return;
  const tokens = context.analysis.tokens;
  for (const negator of context.markers.negator) {
    if (negator.first !== negator.last || tokens[negator.first]?.normal !== 'no') continue;
    const verb = effectVerbAfter(tokens, negator.last, params.verbs);
    if (verb === undefined) continue;
    const subject = context.hits.filter((hit) => hit.first > negator.last && hit.last < verb);
    if (subject.some((hit) => hit.pole === 'engagement' && hit.factor !== 0)) continue;
    const token = tokens[verb] as Token;
    // What the verb would change is not what "no" negates: "can change the friendship between our peoples".
    for (const hit of context.hits) if (hit.first > verb) takeNegatorOff(context, hit, negator);
    for (const hit of subject) {
      hit.factor = 0;
      hit.modifiers.push(`defied:${token.normal}`);
    }
    // Said of a bond the sentence names ("no political disagreement can change the ties that bind our
    // two nations"), it affirms the bond: only the hostile acts drop out.
    const bond = context.hits.some((hit) => hit.pole === 'engagement' && hit.factor !== 0 && hit.negators.length === 0 && !subject.includes(hit));
    if (!bond && !isInsideHit(context, verb)) insertHit(context, { first: verb, last: verb, term: token.lemma, pole: 'confrontation', category: params.category, weight: params.weight }, [], ['defiance:no']);
  }
}

/** Takes the negator off a hit it governs, and its modifier with it. */
function takeNegatorOff(context: RuleContext, hit: WorkingHit, negator: Match): void {
  const at = hit.negators.indexOf(negator);
  if (at === -1) return;
  hit.negators.splice(at, 1);
  const modifier = hit.modifiers.indexOf(`negation:${trigger(context, negator)}`);
  if (modifier !== -1) hit.modifiers.splice(modifier, 1);
}

/**
 * The verb of effect (a lemma of `verbs`) after the subject that "no" at `from` opens, its modal and any
 * adverbs between ("no amount of pressure from Brussels will ever stop us"), when a pronoun, a determiner
 * or "that" (tagged a conjunction) follows it as its object ("us", "our", "that"); `undefined` otherwise. The subject is a noun phrase and
 * its prepositional phrases, `SUBJECT_REACH` tokens at most.
 */
function effectVerbAfter(tokens: readonly Token[], from: number, verbs: readonly string[]): number | undefined {
  const sentence = tokens[from]?.sentence;
  for (let t = from + 1; t <= from + SUBJECT_REACH && tokens[t]?.sentence === sentence; t += 1) {
    const token = tokens[t] as Token;
    // "is going to" stands for "will": "no court in Santiago is going to change that".
    const goingTo = token.pos === 'AUX' && tokens[t + 1]?.normal === 'going' && tokens[t + 2]?.normal === 'to';
    if (goingTo || (token.pos === 'AUX' && MODALS.has(token.normal))) {
      let verb = goingTo ? t + 3 : t + 1;
      while (tokens[verb]?.pos === 'ADV') verb += 1;
      const object = tokens[verb + 1];
      return tokens[verb]?.pos === 'VERB' && verbs.includes(tokens[verb]?.lemma ?? '') && (object?.pos === 'PRON' || object?.pos === 'DET' || object?.normal === 'that') ? verb : undefined;
    }
    if (!isNounPhraseWord(token) && token.pos !== 'ADP') return undefined;
  }
  return undefined;
}

const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'can', 'could', 'shall']);

/** Tokens of the subject after "no" at most: "amount of pressure from the European Commission" is 7. */
const SUBJECT_REACH = 8;
