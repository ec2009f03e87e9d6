import { isJoiner } from '../lexicon/compile.js';
import { beforeAdverbs, bracketAsideEnd, isGerund, isNoun, isNounPhraseWord, isPassiveParticiple, type Token } from '../nlp/index.js';
import type { RuleContext, WorkingHit } from './context.js';
import { countNothingWithin, firstAtOrAfter, trigger } from './context.js';
import { endsInPrepositionalPhrase, runEnd, runStart } from './phrase.js';

/**
 * object — "undermined the ceasefire", "sabotaged the peace talks", "blocked humanitarian aid", "a threat
 * to regional peace", "attacks on aid workers": an engagement hit in the object of a confrontation verb
 * of the categories in `params.objects.categories` (or after such a noun and "of", "on", "to",
 * "against") names what the act harms, rejects or criticises, not an act of engagement, and counts 0
 * (modifier `object:<verb>`); the verb says what happened. Negation still governs the verb: "did not
 * undermine the peace agreement" and "refrain from any action that might undermine the ceasefire" lean
 * engagement through the negated verb alone. The object is the noun phrase right after the verb (or
 * the preposition), with "of" inside it ("the resumption of talks"), up to a verb, other prepositions,
 * clause punctuation or `REACH` tokens: "warned against talks" and "threatened to resume talks" have
 * none, nor does "warned the deal would collapse", whose noun phrase is the subject of a clause (an
 * auxiliary follows it). The means after the object, or after a noun act with none, counts 0 as well
 * (see `meansEnd`), and so does the subject of such a verb in the passive ("the ceasefire was
 * undermined"; see `passiveSubject`). Off without `params.objects`.
 */
export function object(context: RuleContext): void {
  const categories = context.lexicon.params.objects?.categories;
  if (categories === undefined) return;
  const { hits } = context;
  const tokens = context.analysis.tokens;
  for (const act of hits) {
    if (act.pole !== 'confrontation' || act.factor === 0 || !categories.includes(act.category)) continue;
    const patient = passiveSubject(tokens, act);
    if (patient !== undefined) countNothingWithin(context, patient[0], patient[1], 'engagement', `object:${trigger(context, act)}`);
    const start = objectStart(tokens, act);
    // A noun with no object may still have its means ("lodged a strong protest through diplomatic channels").
    const end = start === undefined ? act.last : throughHits(context, start, objectEnd(tokens, start));
    // A noun phrase with an auxiliary after it is the subject of a clause the verb reports, no object:
    // "warned the deal would collapse".
    if (start !== undefined && tokens[act.last]?.pos === 'VERB' && tokens[end + 1]?.pos === 'AUX' && !hasThat(tokens, start, end)) continue;
    const means = meansEnd(tokens, end);
    if (start === undefined && means === undefined) continue;
    countNothingWithin(context, start ?? act.last + 1, means ?? end, 'engagement', `object:${trigger(context, act)}`);
  }
}

/** Whether "that" stands among tokens `start`..`end`: "warned the delegation that Mogadishu would" has its clause after it. */
function hasThat(tokens: readonly Token[], start: number, end: number): boolean {
  for (let t = start; t <= end; t += 1) if (tokens[t]?.normal === 'that') return true;
  return false;
}

/**
 * The subject of a hostile act in the passive as a token range, the noun phrase right before its
 * auxiliaries ("the ceasefire was undermined", "the reconciliation process to be sabotaged", "let the
 * pact be used against"): what the act is done to, as an object is; `undefined` when the act is no
 * passive or no noun phrase stands there.
 */
function passiveSubject(tokens: readonly Token[], act: WorkingHit): readonly [number, number] | undefined {
  const first = tokens[act.first];
  const passive = (first?.lemma === 'be' && first.pos === 'AUX' && tokens[act.first + 1]?.pos === 'VERB') || isPassiveParticiple(tokens, act.first);
  if (!passive) return undefined;
  const end = beforeAuxiliaries(tokens, act);
  if (tokens[end]?.sentence !== first?.sentence) return undefined;
  const start = runStart(tokens, end, REACH, (t) => isNounPhraseWord(tokens[t]));
  return start <= end ? [start, end] : undefined;
}

/** The token before a passive act's "be" and the auxiliaries, "to" and adverbs before it ("would not be", "to be", "has never been"). */
function beforeAuxiliaries(tokens: readonly Token[], act: WorkingHit): number {
  let t = tokens[act.first]?.lemma === 'be' ? act.first - 1 : beforeAdverbs(tokens, act.first) - 1;
  while (t >= 0 && (AUXILIARY_GROUP.has(tokens[t]?.pos ?? '') || tokens[t]?.normal === 'to')) t -= 1;
  return t;
}

/**
 * The object's end, moved on to the end of a hit that starts inside it: a stance phrase is one unit of
 * the object even where wink-nlp tags its words as no noun phrase's ("working against closer ties
 * between the two countries", where "ties" is read as a verb).
 */
function throughHits(context: RuleContext, start: number, end: number): number {
  let last = end;
  for (let h = firstAtOrAfter(context.hits, start); h < context.hits.length && (context.hits[h]?.first ?? Infinity) <= end; h += 1) last = Math.max(last, context.hits[h]?.last ?? last);
  return last;
}

/** Tags of the words of a verb group before "be": auxiliaries, "not" and adverbs ("would not", "has never"). */
const AUXILIARY_GROUP: ReadonlySet<string> = new Set(['AUX', 'PART', 'ADV']);

/**
 * The end of the means after an object or a noun act ("violated Somalia's sovereignty by signing an
 * illegal memorandum of understanding", "lodged a strong protest through diplomatic channels"): "by" and
 * a gerund with its own object, or "through" or "via" and a noun phrase, which is how the act was done,
 * not an act of engagement; `undefined` when none follows the object ending at token `end`.
 */
function meansEnd(tokens: readonly Token[], end: number): number | undefined {
  const next = tokens[end + 1]?.normal;
  if (next === 'by' && isGerund(tokens[end + 2])) return objectEnd(tokens, end + 3);
  if (next !== undefined && MEANS.has(next)) return objectEnd(tokens, end + 2);
  return undefined;
}

/**
 * Where the object of the act's verb starts: right after a verb, or after a noun and its preposition
 * ("threat to"), a quotation perhaps closing between ('"a gross violation" of the agreements').
 */
function objectStart(tokens: readonly Token[], act: WorkingHit): number | undefined {
  const last = tokens[act.last];
  if (last === undefined) return undefined;
  // An act that ends in its preposition has its object next: "be used against any neighbour", "directed against".
  if (last.pos === 'VERB' || last.pos === 'ADP') return act.last + 1;
  // A verb's phrase that ends in its object's noun has that noun's "of" next: "cancelled a planned
  // meeting of the cooperation council".
  if (tokens[act.first]?.pos === 'VERB') return isNounPhraseWord(last) && tokens[act.last + 1]?.normal === 'of' ? act.last + 2 : act.last + 1;
  // An act that ends inside its own object has the rest of that noun phrase next: "a breach of the
  // ceasefire agreement".
  if (isNounPhraseWord(last) && endsInPrepositionalPhrase(tokens, act) && isNounPhraseWord(tokens[act.last + 1])) return act.last + 1;
  let link = act.last + 1;
  while (isJoiner(tokens[link]?.normal ?? '')) link += 1;
  if ((last.pos === 'NOUN' || last.pos === 'PROPN') && NOUN_LINKS.has(tokens[link]?.normal ?? '')) return link + 1;
  return undefined;
}

/**
 * The last token of the noun phrase starting at `start`, with the phrases "of" joins on ("the
 * territorial integrity of the Federal Republic of Somalia") and those a comma or a conjunction adds
 * with another "of" ("a violation of the Charter of the United Nations, of international law and of
 * the Treaty"): each phrase after an "of" may be `REACH` tokens.
 */
function objectEnd(tokens: readonly Token[], start: number): number {
  for (let from = start; ; ) {
    const end = runEnd(tokens, from, REACH, (t) => {
      const token = tokens[t] as Token;
      // Adverbs too: "the already fragile Doha truce"; and a gerund after a noun's "of" with its object
      // ("Seoul's talk of restoring trust"; after a name it says what the name is accused of: "accused
      // Algiers of treating …", the accusation rule's).
      return isNounPhraseWord(token) || (isGerund(token) && tokens[t - 1]?.normal === 'of' && tokens[t - 2]?.pos === 'NOUN') || token.pos === 'ADV' || token.normal === '-' || (token.pos === 'CCONJ' && CONJUNCT_OPENERS.has(tokens[t + 1]?.pos ?? ''));
    });
    if (end < from) return end;
    const of = ofAfter(tokens, pastBrackets(tokens, end) + 1);
    if (of !== undefined) from = of + 1;
    // A noun's infinitive says what it is to do, and is part of what the act harms or rejects: "objecting
    // to their agreement to resume trade through the Lipulekh Pass".
    else if (isNoun(tokens[end]) && tokens[end + 1]?.normal === 'to' && tokens[end + 2]?.pos === 'VERB') from = end + 3;
    else return withParticiple(tokens, end);
  }
}

/**
 * The object's end with the participle right after its noun, which describes it ("a violation of the
 * Declaration of Principles signed in Khartoum", "breached the truce agreed in March"): what was signed
 * or agreed there is what the act harms.
 */
function withParticiple(tokens: readonly Token[], end: number): number {
  const noun = tokens[end];
  const next = tokens[end + 1];
  const describes = next?.pos === 'VERB' && next.normal.endsWith('ed') && next.sentence === noun?.sentence && (noun.pos === 'NOUN' || noun.pos === 'PROPN');
  return describes ? end + 1 : end;
}

/**
 * The closing bracket of a short aside in brackets right after token `end` ("of Security Council
 * resolution 1701 (2006) and of the cessation of hostilities arrangements"), else `end`.
 */
function pastBrackets(tokens: readonly Token[], end: number): number {
  return bracketAsideEnd(tokens, end + 1, BRACKETED) ?? end;
}

/** Tokens of an aside in brackets inside an object at most: a year, an acronym, a short name. */
const BRACKETED = 4;

/** The "of" at token `t`, or after a comma, a conjunction or both there (", and of"); `undefined` if none. */
function ofAfter(tokens: readonly Token[], t: number): number | undefined {
  let k = t;
  if (tokens[k]?.normal === ',') k += 1;
  if (tokens[k]?.pos === 'CCONJ') k += 1;
  return tokens[k]?.normal === 'of' && tokens[k]?.sentence === tokens[t]?.sentence ? k : undefined;
}

/** Prepositions that join a noun of harm to what it harms: "violations of", "attacks on", "a threat to", "protests against". */
const NOUN_LINKS: ReadonlySet<string> = new Set(['of', 'on', 'to', 'against']);

/** Prepositions of means; wink-nlp's normal form of "through" is "thru". */
const MEANS: ReadonlySet<string> = new Set(['through', 'thru', 'via']);

/**
 * What may follow "and" / "or" inside the object: the start of a second noun phrase ("the truce and the
 * talks", "its aid and its trade"). A bare noun is left out, since wink-nlp tags verbs as nouns there
 * ("will sanction the club and talk to the players").
 */
const CONJUNCT_OPENERS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'PRON', 'NUM']);

/** Tokens of an object noun phrase at most, counted from its last "of": "the fragile ceasefire and the peace talks in Doha" stops at "in". */
const REACH = 8;
