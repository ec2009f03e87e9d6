import type { Token } from '../nlp/index.js';
import { insertHit, isInsideHit, trigger, type RuleContext, type WorkingHit } from './context.js';

/**
 * readiness — "Egypt would keep its air defences and southern forces fully ready", "We will keep our
 * militias trained and our coast ready", "the PLA is ready at every moment": the bare "ready" of an
 * entry in `params.readiness.terms`, with no "to" or "for" after it, said of a military word of
 * `params.readiness.nouns` (before it in its clause, with only noun-phrase words, auxiliaries and a verb
 * of `params.readiness.verbs` such as "keep", "stay" or "be" between) is a force held ready, deterrence:
 * the engagement hit counts 0 (modifier `readiness`) and a confrontation hit of `params.readiness.category`
 * and `weight` takes its place (modifier `readiness:<noun>`). When the military word is a hit of its own
 * ("Our fighter jets stay ready"), that hit is the posture, and "ready" only counts 0. "Ready to talk",
 * "ready for dialogue" and a "ready" said of anyone else are left alone. Off without `params.readiness`.
 */
export function readiness(context: RuleContext): void {
  const params = context.lexicon.params.readiness;
  if (params === undefined) return;
  const tokens = context.analysis.tokens;
  for (let h = 0; h < context.hits.length; h += 1) {
    const hit = context.hits[h] as WorkingHit;
    if (hit.pole !== 'engagement' || hit.factor === 0 || !params.terms.includes(hit.term) || AFTER_READY.has(tokens[hit.last + 1]?.normal ?? '')) continue;
    const noun = militaryBefore(tokens, hit.first, params.nouns, params.verbs);
    if (noun === undefined) continue;
    hit.factor = 0;
    hit.modifiers.push('readiness');
    if (isInsideHit(context, noun)) continue;
    insertHit(context, { first: hit.first, last: hit.last, term: hit.term, pole: 'confrontation', category: params.category, weight: params.weight }, [], [`readiness:${trigger(context, { first: noun, last: noun })}`]);
    h += 1;
  }
}

/** Words after "ready" that make it a readiness for something: "ready to sit down", "ready for talks". */
const AFTER_READY: ReadonlySet<string> = new Set(['to', 'for']);

/**
 * The military word of `nouns` that "ready" at `t` is said of: before it in its sentence, within
 * `REACH` tokens, with only noun-phrase words, auxiliaries and verbs of `verbs` between; `undefined` if none.
 */
function militaryBefore(tokens: readonly Token[], t: number, nouns: readonly string[], verbs: readonly string[]): number | undefined {
  const sentence = tokens[t]?.sentence;
  for (let u = t - 1; u >= 0 && t - u <= REACH && tokens[u]?.sentence === sentence; u -= 1) {
    const token = tokens[u] as Token;
    if (nouns.includes(token.normal)) return u;
    if (token.pos === 'VERB' ? !verbs.includes(token.lemma) : !BETWEEN.has(token.pos)) return undefined;
  }
  return undefined;
}

const REACH = 10;
/** Parts of speech between the military word and "ready": "its air defences and southern forces fully", "is". */
const BETWEEN: ReadonlySet<string> = new Set(['ADJ', 'ADV', 'DET', 'CCONJ', 'NOUN', 'PROPN', 'PRON', 'AUX', 'NUM', 'PART']);
