import { isGerund, isNoun, isPossessive } from '../nlp/index.js';
import type { RuleContext, WorkingHit } from './context.js';
import { afterPlace, isSpeakingVerb } from './phrase.js';

/**
 * source — "talks ran aground on Monday, mediators said", "Qatar's chief negotiator told reporters",
 * "…, said a mediator": a hit on the head noun of the phrase that is the subject of a finite verb of
 * `params.sources.verbs`, right before it (perhaps with where the speaker is between: "Mediators in Geneva
 * said"), or that follows such a verb at the end of the sentence, names who is speaking, not an act, and
 * counts 0 (modifier `source:<verb>`), auxiliaries perhaps between ("mediators had told them"). A word
 * before the head says what kind of speaker it is and keeps its hit ("Aid officials said", "the peace
 * envoy said"), and so does a source after "according to", which is often a record whose kind is the
 * stance ("according to a complaint filed with the board"). A hit on a noun of `params.sources.media`
 * that is where words are said or written ("said in a joint statement", "issued a joint statement
 * accusing …") is their medium and counts 0 too (modifier `source:medium`). Off without `params.sources`.
 */
export function source(context: RuleContext): void {
  const verbs = context.lexicon.params.sources?.verbs;
  if (verbs === undefined || context.hits.length === 0) return;
  const tokens = context.analysis.tokens;
  const speaking = (t: number, sentence: number | undefined): boolean => isSpeakingVerb(tokens[t], sentence, verbs);
  const media = context.lexicon.params.sources?.media ?? [];
  const occasions = context.lexicon.params.sources?.occasions ?? [];
  for (const hit of context.hits) {
    if (media.includes(tokens[hit.last]?.lemma ?? '') && isMedium(tokens, hit)) {
      hit.factor = 0;
      hit.modifiers.push('source:medium');
      continue;
    }
    if (occasions.includes(tokens[hit.last]?.lemma ?? '') && isOccasion(tokens, hit, speaking)) {
      hit.factor = 0;
      hit.modifiers.push('source:occasion');
      continue;
    }
    // The head of the phrase speaks; a word before it says what kind of speaker ("Aid officials said").
    const after = hit.last + 1;
    const sentence = tokens[hit.first]?.sentence;
    if (!isNoun(tokens[hit.last]) || (isNoun(tokens[after]) && tokens[after]?.sentence === sentence)) continue;
    let verb: number | undefined;
    let placed = afterPlace(tokens, after);
    while (tokens[placed]?.pos === 'AUX' && tokens[placed]?.sentence === sentence) placed += 1;
    if (speaking(placed, sentence)) verb = placed;
    else if (isSentenceEnd(tokens, after) && speaking(phraseStart(tokens, hit.first) - 1, sentence)) verb = phraseStart(tokens, hit.first) - 1;
    if (verb === undefined) continue;
    hit.factor = 0;
    hit.modifiers.push(`source:${tokens[verb]?.normal}`);
  }
}

/**
 * Whether a hit on a noun of a written statement is the medium of what is said: after "in" and its
 * article or adjectives ("said in a joint statement"), or before an -ing verb, a comma perhaps between,
 * that says what it says ("issued a joint statement accusing Addis Ababa of …"). "signed a joint
 * declaration" is an act and keeps its hit.
 */
function isMedium(tokens: RuleContext['analysis']['tokens'], hit: WorkingHit): boolean {
  const before = phraseStart(tokens, hit.first) - 1;
  if (tokens[before]?.normal === 'in') return true;
  const next = tokens[hit.last + 1]?.normal === ',' ? hit.last + 2 : hit.last + 1;
  return isGerund(tokens[next]) && tokens[next]?.sentence === tokens[hit.last]?.sentence;
}

/**
 * Whether a hit on a noun of `params.sources.occasions` is the occasion of words said, after "during" or
 * "on" and its article or adjectives that follow a verb of saying and perhaps its object ("said during a
 * visit to Chiang Rai", "told reporters on a visit to the port"): where the words were said, not an act;
 * not a state or official visit, which is diplomacy itself.
 */
function isOccasion(tokens: RuleContext['analysis']['tokens'], hit: WorkingHit, speaking: (t: number, sentence: number | undefined) => boolean): boolean {
  const before = phraseStart(tokens, hit.first) - 1;
  if (!OCCASION_PREPOSITIONS.has(tokens[before]?.normal ?? '')) return false;
  // A state or official visit is diplomacy itself ("said during a state visit to Nairobi").
  for (let t = before + 1; t < hit.last; t += 1) if (DIPLOMATIC_OCCASIONS.has(tokens[t]?.normal ?? '')) return false;
  const sentence = tokens[hit.first]?.sentence;
  for (let t = before - 1; t >= before - 1 - OCCASION_OBJECT_MAX; t -= 1) if (speaking(t, sentence)) return true;
  return false;
}

const OCCASION_PREPOSITIONS: ReadonlySet<string> = new Set(['during', 'on']);
const DIPLOMATIC_OCCASIONS: ReadonlySet<string> = new Set(['state', 'official']);
/** Words between a verb of saying and the occasion's preposition: "told reporters" is 1, "told his Iranian counterpart" 3. */
const OCCASION_OBJECT_MAX = 3;

/** The first token of the noun phrase before token `t`: its articles, possessives, adjectives and names. */
function phraseStart(tokens: RuleContext['analysis']['tokens'], t: number): number {
  let start = t;
  while ((PHRASE.has(tokens[start - 1]?.pos ?? '') || isPossessive(tokens[start - 1])) && tokens[start - 1]?.sentence === tokens[t]?.sentence) start -= 1;
  return start;
}

/** Whether token `t` ends the sentence: "…, said a mediator." */
function isSentenceEnd(tokens: RuleContext['analysis']['tokens'], t: number): boolean {
  const token = tokens[t];
  return token === undefined || token.sentence !== tokens[t - 1]?.sentence || SENTENCE_END.has(token.normal);
}

const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?', ';']);

const PHRASE: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);
