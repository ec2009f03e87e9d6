import type { Match } from '../lexicon/match.js';
import { isNounPhraseWord, isParticipleBeforeNoun, type Token } from '../nlp/index.js';
import type { RuleContext } from './context.js';
import { insertHit, isInsideHit } from './context.js';
import { runStart } from './phrase.js';
import { CLAUSE_BREAK } from './scope.js';

/**
 * repatriation — "handed four Lebanese shepherds detained near the Blue Line back to the Lebanese army",
 * "sent six North Korean fishermen home", "handed back 23 sailors": people given back to their side are a
 * concession (CAMEO 084, return persons), an engagement hit of its own on the verb
 * (`params.repatriations.weight` and `category`), which negation and refusal then treat like any other
 * ("refused to hand the fishermen back"). The people are a word of `modifiers.returnees` ending the
 * object of a verb of `params.repatriations.verbs` (the words between noun-phrase words or participles
 * before a noun, "42 captured Congolese soldiers", at most `OBJECT_WORDS`), the verb inside no hit and
 * starting no negator that is an act of its own (see `isTaken`); a word of
 * `params.repatriations.particles` stands right after the verb or after the people within
 * `params.repatriations.reach` tokens, past a clause that describes them ("fishermen who had drifted
 * across the maritime border in the spring back to the North") but not past clause punctuation; after a
 * verb of `params.repatriations.handovers`, "to" will do ("handed 41 Syrian detainees held on
 * immigration charges to Syrian officials"), and after one of its `returns` nothing more is needed
 * ("returned a North Korean soldier who had crossed the line by mistake"). Migrants are no such people:
 * sending them back is no concession. Off without `params.repatriations`.
 */
export function repatriation(context: RuleContext): void {
  const people = context.markers.returnee;
  const params = context.lexicon.params.repatriations;
  if (people.length === 0 || params === undefined) return;
  const tokens = context.analysis.tokens;
  for (const returnee of people) {
    const object = runStart(tokens, returnee.first - 1, OBJECT_WORDS, (t) => isNounPhraseWord(tokens[t]) || isParticipleBeforeNoun(tokens, t));
    const particleFirst = params.particles.includes(tokens[object - 1]?.normal ?? '');
    const verbAt = particleFirst ? object - 2 : object - 1;
    const verb = tokens[verbAt];
    if (verb === undefined || verb.pos !== 'VERB' || !params.verbs.includes(verb.lemma) || isTaken(context, verbAt)) continue;
    if (!particleFirst && params.returns?.includes(verb.lemma) !== true && !particleAfter(tokens, returnee, params.particles, params.reach) && !(params.handovers?.includes(verb.lemma) === true && particleAfter(tokens, returnee, TO, params.reach))) continue;
    insertHit(context, { first: verbAt, last: verbAt, term: verb.lemma, pole: 'engagement', category: params.category, weight: params.weight }, [], ['repatriation']);
  }
}

/** Whether one of `particles` follows the people within `reach` tokens of their sentence, before any clause punctuation. */
function particleAfter(tokens: readonly Token[], returnee: Match, particles: readonly string[], reach: number): boolean {
  const sentence = tokens[returnee.last]?.sentence;
  for (let t = returnee.last + 1; t <= returnee.last + reach; t += 1) {
    const token = tokens[t];
    if (token === undefined || token.sentence !== sentence || CLAUSE_BREAK.has(token.normal)) return false;
    if (particles.includes(token.normal)) return true;
  }
  return false;
}

/**
 * Whether the verb at `t` is inside a hit already, or starts a negator that is an act of its own when it
 * governs nothing ("handed back 23 sailors", "hand the fishermen back": `hand back`, see `negation`); a
 * negator with no such act leaves the return to this rule ("returned two Indian farmers": `return the`,
 * whose determiner a number stands in for, undoes hostile acts only).
 */
function isTaken(context: RuleContext, t: number): boolean {
  return isInsideHit(context, t) || context.markers.negator.some((negator) => negator.first === t && context.lexicon.modifiers.negators[negator.pattern.index]?.alone !== undefined);
}

const TO: readonly string[] = ['to'];

/** Words before the people in the verb's object at most: "six North Korean" is 3, "23 Central African" 3. */
const OBJECT_WORDS = 4;
