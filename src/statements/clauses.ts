import { bracketAsideEnd, isHyphenatedPiece, isInflectedVerb, isPassiveParticiple, isPossessive, type Token } from '../nlp/index.js';
import { attributionWords } from './data.js';

/** Tokens between a subject and its verb that do not end the subject ("has not officially responded"). */
const PREDICATE_LEAD = new Set(['ADV', 'AUX', 'PART', 'CCONJ']);
/** A word right before a mention that makes it an object, not a subject ("in South Korea", "to manage the North"). */
const NOT_BEFORE_SUBJECT = new Set(['ADP', 'VERB', 'PART']);
/** Articles before a name the registry writes without one ("the United States"). */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/**
 * Conjunctions that open a clause, its subject next, though tagged as prepositions ("…, although
 * Thailand's army accused …", "After India struck …"): a verb after the name says which they are. Not
 * "before" and "until", whose clause tells of what has not happened ("will remain in abeyance until
 * Pakistan abjures terrorism").
 */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['although', 'though', 'whereas', 'while', 'unless', 'after', 'since']);
/** Longest appositive skipped between a subject and its verb ("Kim Yo-jong, North Korea's top official …,"). */
const MAX_APPOSITIVE = 16;

/** The tokens where registry mentions begin (a mention index's `byFirst`). */
export interface MentionStarts {
  has(token: number): boolean;
}

/** The verb a subject ending at token `last` governs, and where its predicate starts. */
export interface Predicate {
  /** First token of the predicate (a time phrase, an auxiliary, adverb or the verb). */
  readonly first: number;
  /** First token after a time phrase ("India on Wednesday closed"): an auxiliary, adverb or the verb. */
  readonly lead: number;
  readonly verb: number;
}

/**
 * The word before a mention starting at `first`, past an article the registry's name leaves out: "called
 * on the United States to take the measures" is an object as "called on Washington to" is.
 */
export function leadBefore(tokens: readonly Token[], first: number): Token | undefined {
  return tokens[leadIndexBefore(tokens, first)];
}

/** The index of `leadBefore`'s word. */
export function leadIndexBefore(tokens: readonly Token[], first: number): number {
  const before = tokens[first - 1];
  return before?.pos === 'DET' && ARTICLES.has(before.normal) ? first - 2 : first - 1;
}

/** Whether a mention starting at `first` comes right after a verb of saying ("said Putin had apologised", "urged Pyongyang to"). */
export function isAfterSaying(tokens: readonly Token[], first: number): boolean {
  return isSaying(leadBefore(tokens, first));
}

/** Whether a token is a verb of saying (`speechVerbs`: "said", "told", "warned"). */
export function isSaying(token: Token | undefined): boolean {
  return token?.pos === 'VERB' && attributionWords.speechVerbs.has(token.lemma);
}

/**
 * Finds the verb whose subject spans tokens `first`..`last`: skips one appositive set off by commas
 * ("Kim Yo-jong, North Korea's top official, issued …"), then auxiliaries, adverbs, particles and
 * conjunctions ("has personally and repeatedly stated"), and expects a verb, also after nouns the actor
 * acts through ("U.S. officials said", "Pakistan's Foreign Office rejected"). A possessive ("Seoul's
 * ability"), the object of a preposition ("some in South Korea worry") or of a verb ("to manage the
 * North could …") is no subject. `mentionStarts` holds the tokens where mentions begin: an agent phrase
 * holding one is that mention's ("South Korea's Defense Ministry said", with the ministry registered).
 */
export function predicateAfter(tokens: readonly Token[], first: number, last: number, mentionStarts: MentionStarts): Predicate | undefined {
  // A possessive before the subject is the subject's owner ("South Korea's Defense Ministry said"), not a
  // verb's; after a verb of saying, "that" may be left out ("officials said Kim warned …").
  const before = tokens[first - 1];
  const lead = leadBefore(tokens, first);
  const saying = isSaying(lead);
  // A name after the agent it acts through ("the Government of Japan protested", "the Foreign Ministry in
  // Moscow summoned") is the subject when that agent phrase is.
  const agentStart = agentPhraseBefore(tokens, first);
  const opener = agentStart === undefined ? lead : tokens[agentStart - 1];
  const objectBefore = NOT_BEFORE_SUBJECT.has(opener?.pos ?? '') && !isPossessive(opener) && !saying && !CLAUSE_OPENERS.has(opener?.normal ?? '');
  if (objectBefore || coordinatedObject(tokens, first) || inContentClause(tokens, first)) return undefined;
  if (agentStart !== undefined) return verbFrom(tokens, last + 1, tokens[last]?.sentence);
  // A name owned by another ("China's Taiwan Affairs Office") names no one acting through the nouns after it.
  const agents = isPossessive(before) ? undefined : mentionStarts;
  if (saying) {
    // "urged Pyongyang to resume talks": the object of the saying, with an infinitive of its own.
    const predicate = subjectPredicate(tokens, last, agents);
    return predicate !== undefined && !infinitive(tokens, predicate) ? predicate : undefined;
  }
  return subjectPredicate(tokens, last, agents);
}

/**
 * The predicate of a relative clause set off by a comma after the name ending at token `last` ("Brazil,
 * which helped broker the declaration", "Rubio, who visited Georgetown in March"): what the named actor
 * did. Not a passive or a copula ("Cambodia, which was shelled"), whose subject is acted on, and not
 * "that", whose antecedent may be the whole phrase before the name.
 */
export function relativePredicate(tokens: readonly Token[], last: number): Predicate | undefined {
  if (tokens[last + 1]?.normal !== ',' || !RELATIVE_SUBJECTS.has(tokens[last + 2]?.normal ?? '')) return undefined;
  const predicate = verbFrom(tokens, last + 3, tokens[last]?.sentence);
  if (predicate === undefined || isPassiveParticiple(tokens, predicate.verb)) return undefined;
  return predicate;
}

const RELATIVE_SUBJECTS: ReadonlySet<string> = new Set(['which', 'who']);

/** Whether "to" stands between a predicate's start and its verb ("to resume", "not to test"). */
function infinitive(tokens: readonly Token[], predicate: Predicate): boolean {
  for (let t = predicate.first; t < predicate.verb; t += 1) if (tokens[t]?.normal === 'to') return true;
  return false;
}

/**
 * The predicate of a subject ending at token `last` (see `predicateAfter`), also through agent nouns
 * unless `mentionStarts` is undefined.
 */
function subjectPredicate(tokens: readonly Token[], last: number, mentionStarts: MentionStarts | undefined): Predicate | undefined {
  const sentence = tokens[last]?.sentence;
  // A short aside in brackets after the name ("The Caribbean Community (CARICOM) issued …").
  const bracket = bracketAsideEnd(tokens, last + 1, MAX_BRACKETED);
  if (bracket !== undefined) return subjectPredicate(tokens, bracket, mentionStarts);
  const agents = (from: number) => (mentionStarts === undefined ? undefined : throughAgents(tokens, from, sentence, mentionStarts));
  // An owner acts through its agents ("Pakistan's army said", "North Korea's state media accused"); a
  // possessive before anything else ("Seoul's ability") is no subject.
  if (isPossessive(tokens[last + 1])) return agents(last + 2);
  const direct = verbFrom(tokens, last + 1, sentence) ?? agents(last + 1) ?? pastCommonNouns(tokens, last + 1, sentence, mentionStarts);
  if (direct !== undefined || tokens[last + 1]?.normal !== ',') return direct;
  // Otherwise the subject is itself the appositive ("His counterpart, Kim Jong Un, has …").
  return afterAppositive(tokens, last + 1, sentence) ?? verbFrom(tokens, last + 2, sentence);
}

/**
 * The verb after "and" and common nouns that join the subject without naming another actor ("Israeli troops
 * and tanks took control", "police and soldiers"): the actor named first acts with them. Not a name,
 * which may be another actor the registry does not know.
 */
function pastCommonNouns(tokens: readonly Token[], and: number, sentence: number | undefined, mentionStarts: MentionStarts | undefined): Predicate | undefined {
  if (tokens[and]?.normal !== 'and' || mentionStarts === undefined) return undefined;
  let t = and + 1;
  while (t - and <= MAX_JOINED_NOUNS && tokens[t]?.sentence === sentence && JOINED_POS.has(tokens[t]?.pos ?? '') && !mentionStarts.has(t)) t += 1;
  return t > and + 1 && tokens[t - 1]?.pos === 'NOUN' ? verbFrom(tokens, t, sentence) : undefined;
}

/** Words of the common nouns joined to a subject: "armoured vehicles" is 2. */
const MAX_JOINED_NOUNS = 2;
const JOINED_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN']);

/** Words of a bracketed aside between a name and its verb: an abbreviation, a party, an age ("(R-Texas)"). */
const MAX_BRACKETED = 4;

/** The verb after an appositive opened by the comma at token `comma` and closed by the next one. */
function afterAppositive(tokens: readonly Token[], comma: number, sentence: number | undefined): Predicate | undefined {
  let close = comma + 1;
  while (close - comma < MAX_APPOSITIVE && tokens[close] !== undefined && tokens[close]?.normal !== ',' && tokens[close]?.sentence === sentence) close += 1;
  return tokens[close]?.normal === ',' ? verbFrom(tokens, close + 1, sentence) : undefined;
}

/** Words of an agent phrase between a mention and its verb ("military officials", "state news agency"). */
const MAX_AGENT_WORDS = 3;
/** Word classes of an agent phrase; proper nouns for the capitalised names of offices ("Foreign Ministry"). */
const AGENT_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN']);

/** Words of the name after an agent noun ("Kremlin aide Yuri Ushakov told"), hyphens included. */
const MAX_AGENT_NAME = 4;

/**
 * The verb after the nouns a named actor acts through ("U.S. officials said", "Pakistani military
 * officials rejected", "North Korea's Foreign Ministry said"): adjectives and nouns ending in an agent
 * noun, perhaps followed by the agent's name ("Kremlin aide Yuri Ushakov told"), none of them the start
 * of another mention (a registered agent acts for itself).
 */
function throughAgents(tokens: readonly Token[], from: number, sentence: number | undefined, mentionStarts: MentionStarts): Predicate | undefined {
  let agent = -1;
  let words = 0;
  for (let t = from; tokens[t]?.sentence === sentence; t += 1) {
    // A hyphenated word is one word of the phrase, whatever its pieces are tagged ("Sudan's army-led government").
    if (isHyphenatedPiece(tokens, t)) continue;
    if (words === MAX_AGENT_WORDS || !AGENT_POS.has(tokens[t]?.pos ?? '')) break;
    words += 1;
    if (mentionStarts.has(t)) return undefined;
    if (attributionWords.agentNouns.has(tokens[t]?.lemma ?? '')) agent = t;
  }
  if (agent === -1) return undefined;
  const afterName = nameEnd(tokens, officeNameEnd(tokens, agent, sentence, mentionStarts), sentence, mentionStarts);
  if (afterName === undefined) return undefined;
  // An appositive may follow ("An Israeli official, speaking on condition of anonymity, said …").
  return verbFrom(tokens, afterName, sentence) ?? pastCommonNouns(tokens, afterName, sentence, mentionStarts) ?? (tokens[afterName]?.normal === ',' ? afterAppositive(tokens, afterName, sentence) : undefined);
}

/**
 * Where the capitalised name of an office ending at the agent noun `agent` ends, after an "of" and
 * proper nouns ("Ministry of Information", "Ministry of Foreign Affairs"): the token after it.
 */
function officeNameEnd(tokens: readonly Token[], agent: number, sentence: number | undefined, mentionStarts: MentionStarts): number {
  if (tokens[agent + 1]?.normal !== 'of' || tokens[agent]?.pos !== 'PROPN') return agent + 1;
  let t = agent + 2;
  while (t - agent <= MAX_AGENT_WORDS + 1 && tokens[t]?.sentence === sentence && tokens[t]?.pos === 'PROPN' && !mentionStarts.has(t)) t += 1;
  return t > agent + 2 ? t : agent + 1;
}

/** Where a person's name starting at token `from` ends (`from` itself when there is none), or `undefined` for a registered name. */
function nameEnd(tokens: readonly Token[], from: number, sentence: number | undefined, mentionStarts: MentionStarts): number | undefined {
  let t = from;
  // After a hyphen the rest of the name may be tagged as any word ("Byoung-sam": "sam" a noun).
  while (t - from < MAX_AGENT_NAME && tokens[t]?.sentence === sentence && (tokens[t]?.pos === 'PROPN' || isHyphenatedPiece(tokens, t))) {
    if (mentionStarts.has(t)) return undefined;
    t += 1;
  }
  return t;
}

/** Words of an agent phrase before "of" or "in" and the name it belongs to ("Ministry of Foreign Affairs of"). */
const MAX_AGENT_BEFORE = 5;

/**
 * Where an agent phrase joined to the name starting at token `first` by "of", "in" or "from" begins,
 * with its determiner: "the Government of Japan", "The Ministry of Foreign Affairs of Rwanda", "the
 * Foreign Ministry in Moscow", "Officials from Rwanda". `undefined` when the words before "of" hold no
 * agent noun ("the people of Japan").
 */
function agentPhraseBefore(tokens: readonly Token[], first: number): number | undefined {
  const link = tokens[first - 1]?.normal;
  if (link !== 'of' && link !== 'in' && link !== 'from') return undefined;
  const sentence = tokens[first]?.sentence;
  let start: number | undefined;
  let agent = false;
  for (let t = first - 2; t >= 0 && first - 2 - t < MAX_AGENT_BEFORE && tokens[t]?.sentence === sentence; t -= 1) {
    const token = tokens[t] as Token;
    if (!AGENT_POS.has(token.pos) && (token.normal !== 'of' || link === 'from')) break;
    start = t;
    agent ||= attributionWords.agentNouns.has(token.lemma);
  }
  if (start === undefined || !agent || tokens[start]?.normal === 'of') return undefined;
  const opening = tokens[start - 1]?.pos === 'DET' ? start - 1 : start;
  // "from" names where the agents come from only when they open the phrase: "the withdrawal of troops
  // from Congo" is troops leaving it.
  return link === 'from' && tokens[opening - 1]?.pos === 'ADP' ? undefined : opening;
}

/** Determiners, numbers and adjectives before a subject's name ("all Ethiopian troops"). */
const MAX_SUBJECT_LEAD = 3;

/**
 * Whether the subject starting at token `first` opens a clause that is what a claim says or a demand
 * asks (`contentNouns`, `directiveVerbs`): "the false allegation that Rwanda supports the rebels",
 * "demanding that all Ethiopian troops leave". Its verb is no act of the subject's.
 */
function inContentClause(tokens: readonly Token[], first: number): boolean {
  let t = first - 1;
  while (first - t <= MAX_SUBJECT_LEAD && ['DET', 'NUM', 'ADJ'].includes(tokens[t]?.pos ?? '')) t -= 1;
  if (tokens[t]?.normal !== 'that') return false;
  const head = tokens[t - 1];
  if (head?.pos === 'NOUN') return attributionWords.contentNouns.has(head.lemma);
  return head?.pos === 'VERB' && attributionWords.directiveVerbs.has(head.lemma);
}

/**
 * "between India and Pakistan": the second of two coordinated objects of a preposition; not when the
 * preposition joins them to the agent they act through ("the foreign ministers of Congo and Rwanda signed").
 */
function coordinatedObject(tokens: readonly Token[], first: number): boolean {
  if (tokens[first - 1]?.pos !== 'CCONJ') return false;
  for (let t = first - 2; t >= Math.max(0, first - 6); t -= 1) {
    const pos = tokens[t]?.pos;
    if (pos === 'ADP') return agentPhraseBefore(tokens, t + 1) === undefined;
    if (pos !== 'PROPN' && pos !== 'NOUN' && pos !== 'DET') return false;
  }
  return false;
}

/** A short time phrase between subject and verb ("India on Wednesday closed …"). */
const MAX_TIME_PHRASE = 4;
/** A time phrase without a preposition between subject and verb ("Seoul last week proposed …"). */
const TIME_SHIFTERS: ReadonlySet<string> = new Set(['last', 'this', 'earlier', 'late']);
const TIME_UNITS: ReadonlySet<string> = new Set(['week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night']);

function verbFrom(tokens: readonly Token[], from: number, sentence: number | undefined): Predicate | undefined {
  // An adverb may open the time phrase ("Gil also on Sunday dismissed …").
  let t = tokens[from]?.pos === 'ADV' && tokens[from + 1]?.pos === 'ADP' ? from + 1 : from;
  if (tokens[t]?.pos === 'ADP') {
    let end = t + 1;
    while (end - t <= MAX_TIME_PHRASE && ['PROPN', 'NUM', 'NOUN', 'DET'].includes(tokens[end]?.pos ?? '')) end += 1;
    if (end > t + 1 && tokens[end]?.sentence === sentence) t = end;
  } else if (TIME_SHIFTERS.has(tokens[t]?.normal ?? '') && TIME_UNITS.has(tokens[t + 1]?.lemma ?? '')) t += 2;
  const lead = t;
  while (tokens[t] !== undefined && tokens[t]?.sentence === sentence && PREDICATE_LEAD.has(tokens[t]?.pos ?? '')) t += 1;
  const verb = tokens[t];
  if (verb === undefined || verb.sentence !== sentence || verb.pos !== 'VERB') return undefined;
  return { first: from, lead, verb: t };
}

/** Words of a predicate read for a no-comment phrase. */
const MAX_NO_COMMENT = 8;

/**
 * Whether a predicate says its actor said nothing ("did not immediately respond", "declined to comment",
 * "could not be reached"; `noCommentPhrases`): its lemmas, without determiners, auxiliaries other than
 * "be" and adverbs other than "immediately", open with one of the phrases. A wire's note that there was
 * no comment is no statement of the actor's, and as one it would be neutral, or read a negated
 * "offer" in "did not immediately respond to the offer" as a rejection.
 */
export function saysNothing(tokens: readonly Token[], predicate: Predicate): boolean {
  const sentence = tokens[predicate.first]?.sentence;
  const lemmas: string[] = [];
  // After a time phrase or the like ("Ethiopia's ambassador to Somalia declined to comment").
  for (let t = predicate.lead; lemmas.length < MAX_NO_COMMENT && tokens[t]?.sentence === sentence; t += 1) {
    const { pos, lemma } = tokens[t] as Token;
    if (pos === 'DET' || (pos === 'AUX' && lemma !== 'be') || (pos === 'ADV' && lemma !== 'immediately')) continue;
    lemmas.push(lemma);
  }
  return attributionWords.noCommentPhrases.some((phrase) => phrase.every((word, i) => lemmas[i] === word));
}

/** Whether the token is part of a plain noun phrase ("the official", "a senior diplomat"). */
export function isNounPhraseToken(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'DET' || token.pos === 'ADJ' || token.pos === 'NOUN' || token.pos === 'PROPN');
}

/**
 * The conjunctions "and" after which the predicate whose verb is at token `verb` goes on with another
 * verb of the same subject, up to token `last`, with that verb (token indices): "Abiy arrived in
 * Mogadishu on Thursday, and pledged that …", "Brazil said it stood in full solidarity with Guyana and
 * called on Venezuela to …"; and before such an "and", the commas of a list of predicates (see
 * `listedJoins`).
 * Each such verb is an act of its own, which may be aimed at another party. The verb after "and" must be
 * finite ("called", "was preparing", "would keep": not "agreed to meet and discuss", whose second verb is
 * the first one's object), and an object must stand before the conjunction ("signed and ratified the
 * treaty" is one act). Past a relative pronoun or the subject of another actor's clause ("said that
 * Venezuela had seized the ship and detained its crew"), "and" joins that clause's verbs, and the search
 * stops. `subjectOf` says, for a token where a mention starts, whether it is a subject of another actor.
 */
export function sameSubjectJoins(tokens: readonly Token[], verb: number, last: number, subjectOf: (t: number) => boolean): { join: number; verb: number }[] {
  const joins: { join: number; verb: number }[] = [];
  let from = verb;
  // Words in quotation marks are quoted, not the subject's predicates: 'were "safe and guarded"'.
  let quoted = false;
  // The commas since `from` that may open another item of a list of predicates (see `listedJoins`).
  let commas: number[] = [];
  for (let t = verb + 1; t <= last; t += 1) {
    const token = tokens[t] as Token;
    if (RELATIVE_OPENERS.has(token.normal) || subjectOf(t)) break;
    quoted = quotedAfter(quoted, token.normal);
    if (quoted || t - from < 2) continue;
    if (token.normal === ',') commas.push(t);
    if (token.normal !== 'and') continue;
    const next = finiteVerbAfter(tokens, t + 1, last);
    if (next === undefined) continue;
    for (const listed of listedJoins(tokens, commas, t)) joins.push(listed);
    joins.push({ join: t, verb: next });
    from = next;
    t = next;
    commas = [];
  }
  return joins;
}

/**
 * Of the `commas` before the "and" at token `and`, those that open another verb of a list of predicates
 * ("recalled its ambassador to Mali, did the same with its envoy in Niger and postponed …"): a finite
 * verb right after the comma with its object after it, not a participle's agent (", backed by its
 * allies, and …").
 */
function listedJoins(tokens: readonly Token[], commas: readonly number[], and: number): { join: number; verb: number }[] {
  const joins: { join: number; verb: number }[] = [];
  for (const comma of commas) {
    if (comma <= (joins.at(-1)?.verb ?? -1)) continue;
    const verb = finiteVerbAfter(tokens, comma + 1, and - 1);
    if (verb !== undefined && OBJECT_OPENERS.has(tokens[verb + 1]?.pos ?? '')) joins.push({ join: comma, verb });
  }
  return joins;
}

/**
 * Whether the words after a token stand in quotation marks, given whether the token stood in them: a
 * straight double quotation mark opens and closes in turn, a curly one says which it does.
 */
function quotedAfter(quoted: boolean, normal: string): boolean {
  if (normal === '"') return !quoted;
  if (normal === '“' || normal === '”') return normal === '“';
  return quoted;
}

/** What may start a verb's object: "did the same", "closed its border", "expelled two diplomats". */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ', 'NUM']);

/** Words opening a relative clause, whose verbs are its antecedent's. */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose']);
/** Auxiliaries that make a verb group finite ("was preparing", "would keep", "has asked"). */
const FINITE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'shall', 'can', 'could', 'may', 'might', 'must', 'should']);

/**
 * The finite verb starting at token `from` (after adverbs: "and also called"), as a token index: a verb
 * inflected but not in "-ing" ("called", "warns"), or a verb after a finite auxiliary ("was preparing").
 */
function finiteVerbAfter(tokens: readonly Token[], from: number, last: number): number | undefined {
  let t = from;
  while (t <= last && tokens[t]?.pos === 'ADV') t += 1;
  const first = tokens[t];
  if (first === undefined || t > last) return undefined;
  if (first.pos === 'VERB') return isInflectedVerb(first) ? t : undefined;
  if (first.pos !== 'AUX' || !FINITE_AUXILIARIES.has(first.normal)) return undefined;
  for (let v = t + 1; v <= last && v - t <= 3; v += 1) {
    const token = tokens[v] as Token;
    if (token.pos === 'VERB') return v;
    if (!PREDICATE_LEAD.has(token.pos)) return undefined;
  }
  return undefined;
}
