import { isGerund, isPossessive, type Token } from '../nlp/index.js';
import type { Match } from '../lexicon/match.js';
import type { RuleContext, WorkingHit } from './context.js';
import { trigger } from './context.js';
import { runEnd } from './phrase.js';

/**
 * hazard — "monsoon floods have killed hundreds of people", "condolences over flash floods that killed
 * 30", "homes destroyed by the cyclone": a confrontation hit of the categories in
 * `params.hazards.categories` whose cause is a natural hazard (`modifiers.hazards`: flood, earthquake,
 * storm, epidemic, …) is no act of any actor and counts 0 (modifier `hazard:<word>`). The hazard is
 * the verb's subject, right before it with at most auxiliaries, adverbs, numbers, "that", "which" or
 * a comma between ("the earthquake, which killed"), or its cause or agent right after it, "in", "by",
 * "from" or "when" and a short noun phrase between ("killed in the floods", "destroyed by last week's
 * cyclone", "homes destroyed when Typhoon Yagi flooded the Mekong",
 * "the death toll from the earthquake"), or the subject of a verb of causing whose object the hit is ("a
 * blizzard forced the closure of the crossing"), or the subject opening the sentence of an -ing clause
 * after a comma ("Typhoon Gaemi made landfall, killing 10") or of a clause a conjunction opens before that
 * comma ("… as wildfires tore through the hills, killing 100"). "Troops killed villagers during the floods"
 * keeps its weight: the troops did it. Off without `params.hazards`.
 */
export function hazard(context: RuleContext): void {
  const categories = context.lexicon.params.hazards?.categories;
  const hazards = context.markers.hazard;
  if (categories === undefined || hazards.length === 0) return;
  const tokens = context.analysis.tokens;
  for (const hit of context.hits) {
    if (hit.pole !== 'confrontation' || hit.factor === 0 || !categories.includes(hit.category)) continue;
    const cause = hazards.find(
      (h) => !isVerbUse(tokens, h) && (isSubject(tokens, h, hit.first) || isCause(tokens, hit, h) || isSubjectOfParticiple(tokens, h, hit) || isJoinedVerb(tokens, h, hit) || isCausedObject(tokens, h, hit)),
    );
    if (cause === undefined) continue;
    hit.factor = 0;
    hit.modifiers.push(`hazard:${trigger(context, cause)}`);
  }
}

/**
 * Whether a hazard's word is the past of a verb of an actor's act, not the hazard: "gunmen stormed the
 * town, killing 10" ("storm"). Only the -ed form: wink-nlp tags some plural hazards verbs ("where floods
 * destroyed 2,000 homes").
 */
function isVerbUse(tokens: readonly Token[], hazard: Match): boolean {
  const token = tokens[hazard.first] as Token;
  return hazard.first === hazard.last && token.pos === 'VERB' && token.normal.endsWith('ed');
}

/**
 * Whether the hit is a verb joined by "and" to an earlier verb of the same clause whose subject is the
 * hazard: the two share it ("the earthquake that struck Port Vila and killed at least fourteen people",
 * "the landslide buried the village and killed 30").
 */
function isJoinedVerb(tokens: readonly Token[], hazard: Match, hit: WorkingHit): boolean {
  if (tokens[hit.first]?.pos !== 'VERB' || tokens[hit.first - 1]?.normal !== 'and' || hazard.last >= hit.first) return false;
  for (let t = hit.first - 2; t > hazard.last; t -= 1) {
    if (tokens[t]?.pos === 'PUNCT') return false;
    if (tokens[t]?.pos === 'VERB' && isSubject(tokens, hazard, t)) return true;
  }
  return false;
}

/**
 * Whether the hit is the object of a verb of causing whose subject is the hazard, with at most a few
 * determiners, adjectives or numbers between: "a blizzard forced the closure of the crossing", "flooding
 * forced the closure of two crossings". The hazard closed the crossing; nobody acted against anyone.
 */
function isCausedObject(tokens: readonly Token[], hazard: Match, hit: WorkingHit): boolean {
  let verb = hit.first - 1;
  while (verb > hazard.last && hit.first - verb <= OBJECT_GAP && OBJECT_PHRASE.has(tokens[verb]?.pos ?? '')) verb -= 1;
  return verb > hazard.last && CAUSATIVES.has(tokens[verb]?.lemma ?? '') && isSubject(tokens, hazard, verb);
}

/**
 * Whether the hazard stands right before the verb at `first` as its subject ("floods have killed", "the
 * quake, which destroyed"), its name, a phrase of place after it or not ("Typhoon Yagi killed", "the floods
 * in Rio Grande do Sul, which killed").
 */
function isSubject(tokens: readonly Token[], hazard: Match, first: number): boolean {
  if (hazard.last >= first) return false;
  const from = pastPlace(tokens, pastName(tokens, hazard.last + 1, first), first);
  if (first - from > SUBJECT_GAP) return false;
  for (let t = from; t < first; t += 1) {
    const token = tokens[t] as Token;
    if (!SUBJECT_LINKS.has(token.pos) && !SUBJECT_RELATIVES.has(token.normal)) return false;
    // A comma only before a relative ("the quake, which killed"): "troops entered after the floods,
    // killing 10" has the troops for its subject.
    if (token.pos === 'PUNCT' && !SUBJECT_RELATIVES.has(tokens[t + 1]?.normal ?? '')) return false;
  }
  return true;
}

/**
 * The index past the name a storm is given, right after its word ("Typhoon Yagi", "Hurricane Melissa"):
 * up to `NAME_WORDS` proper nouns before `limit`; `from` itself when none stands there.
 */
function pastName(tokens: readonly Token[], from: number, limit: number): number {
  return runEnd(tokens, from, Math.min(NAME_WORDS, limit - from), (t) => tokens[t]?.pos === 'PROPN') + 1;
}

/** Words of a hazard's name at most: "Tropical Storm Sara". */
const NAME_WORDS = 2;

/**
 * The index past a phrase of place that opens at `from` ("in western Afghanistan", "in Rio Grande do Sul"),
 * and a second one naming where the first was ("at a religious festival in Allahabad"), before `limit`;
 * `from` itself when none does. A short lower-case word between two names is part of the name ("do" in
 * "Rio Grande do Sul").
 */
function pastPlace(tokens: readonly Token[], from: number, limit: number): number {
  const past = pastOnePlace(tokens, from, limit);
  return past === from ? from : pastOnePlace(tokens, past, limit);
}

function pastOnePlace(tokens: readonly Token[], from: number, limit: number): number {
  if (!PLACE_PREPOSITIONS.has(tokens[from]?.normal ?? '')) return from;
  let t = from + 1;
  while (t < limit && t - from <= PLACE_GAP && (CAUSE_PHRASE.has(tokens[t]?.pos ?? '') || isNameJoiner(tokens, t))) t += 1;
  return t > from + 1 ? t : from;
}

function isNameJoiner(tokens: readonly Token[], t: number): boolean {
  return (tokens[t]?.normal.length ?? 0) <= 3 && tokens[t - 1]?.pos === 'PROPN' && tokens[t + 1]?.pos === 'PROPN';
}

/**
 * Whether the hit is an -ing form in a clause after a comma ("…, killing at least 10 people", "…,
 * shutting schools and killing 10") whose sentence opens with the hazard as its subject ("Typhoon Gaemi
 * made landfall on Wednesday, …", "The heavy monsoon rains lashed the coast, …").
 */
function isSubjectOfParticiple(tokens: readonly Token[], hazard: Match, hit: WorkingHit): boolean {
  const verb = tokens[hit.first] as Token;
  if (!isGerund(verb) || hazard.last >= hit.first) return false;
  const sentence = verb.sentence;
  let comma = -1;
  for (let t = hit.first - 1; t > hazard.last && tokens[t]?.sentence === sentence; t -= 1) {
    if (tokens[t]?.normal === ',') {
      comma = t;
      break;
    }
  }
  // The hazard heads the subject: "the flood relief convoy" is a convoy.
  if (comma === -1 || tokens[hazard.last + 1]?.pos === 'NOUN') return false;
  // Or heads a relative clause the comma closes, wherever it stands: "saddened by the floods that swept
  // through Mai Mahiu, killing dozens of people".
  if (SUBJECT_RELATIVES.has(tokens[hazard.last + 1]?.normal ?? '') && isClauseUpTo(tokens, hazard.last + 2, comma)) return true;
  for (let t = hazard.first - 1; t >= 0 && tokens[t]?.sentence === sentence; t -= 1) {
    const token = tokens[t] as Token;
    // Or the subject of a clause that a conjunction opens and the comma closes: "declared a state of
    // catastrophe as wildfires tore through the hills, killing more than 100"; "after the floods,
    // killing 10" has no clause there, and the sentence's subject did the killing.
    if (CLAUSE_OPENERS.has(token.normal)) return isClauseUpTo(tokens, hazard.last + 1, comma);
    if (!CAUSE_PHRASE.has(token.pos) && !isPossessive(token)) return false;
  }
  return true;
}

/** Whether the words from `from` to the comma at `to` hold a verb and no other comma: the rest of a clause. */
function isClauseUpTo(tokens: readonly Token[], from: number, to: number): boolean {
  let verb = false;
  for (let t = from; t < to; t += 1) {
    if (tokens[t]?.normal === ',') return false;
    verb ||= tokens[t]?.pos === 'VERB';
  }
  return verb;
}

/** Conjunctions that open a clause whose subject a hazard may be: "as wildfires tore through", "when the cyclone struck". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['as', 'when', 'while', 'after']);

/**
 * Whether the hazard follows the hit after "in", "by", "from" or "when" and a short noun phrase ("killed
 * in the floods", "destroyed when Typhoon Yagi flooded").
 */
function isCause(tokens: readonly Token[], hit: WorkingHit, hazard: Match): boolean {
  const preposition = tokens[hit.last + 1];
  if (preposition === undefined || !CAUSE_PREPOSITIONS.has(preposition.normal) || hazard.first <= hit.last + 1 || hazard.first - hit.last - 2 > CAUSE_GAP) return false;
  for (let t = hit.last + 2; t < hazard.first; t += 1) {
    const token = tokens[t] as Token;
    if (!CAUSE_PHRASE.has(token.pos) && !isPossessive(token)) return false;
  }
  return true;
}

/** Verbs whose object a hazard brings about ("forced the closure"), and what may stand between them. */
const CAUSATIVES: ReadonlySet<string> = new Set(['force', 'cause', 'prompt', 'trigger']);
const OBJECT_PHRASE: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM']);
const OBJECT_GAP = 3;

/** Between a hazard and its verb: "floods have already killed", "floods that killed", "the quake, which killed". */
const SUBJECT_LINKS: ReadonlySet<string> = new Set(['AUX', 'ADV', 'NUM', 'PUNCT']);
const SUBJECT_RELATIVES: ReadonlySet<string> = new Set(['that', 'which']);
const SUBJECT_GAP = 3;
/** Prepositions of a place phrase after a hazard, and the words it may hold. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'across', 'along', 'near', 'off']);
const PLACE_GAP = 5;

const CAUSE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'by', 'from', 'when']);
/** Words between the preposition and the hazard: "in the floods", "by last week's powerful cyclone". */
const CAUSE_PHRASE: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN']);
const CAUSE_GAP = 4;
