import { indexPatterns, type PatternIndex, type PatternSpec } from '../lexicon/compile.js';
import { matchPatterns, type Match } from '../lexicon/match.js';
import { termKey } from '../lexicon/util.js';
import { isInnerHyphen, isPossessive, type Analysis, type Nlp, type Token } from '../nlp/index.js';
import { AUTHOR_CONFIDENCE } from './author.js';
import { CLAUSE_OPENERS, isAfterSaying, predicateAfter } from './clauses.js';
import type { AttributionWords } from './data.js';
import type { QuoteSpan } from './quotes.js';
import type { ActorInput, Actors, AttributionMethod } from './types.js';
import { firstIndexWhereNot } from '../util/search.js';

/** How the words of a mention name an actor. */
type MentionForm = 'name' | 'alias' | 'short' | 'description' | 'title' | 'pronoun';

/** A place in the text that names (or may name) an actor. */
export interface Mention {
  /** Inclusive token range. */
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly form: MentionForm;
  readonly inQuote: boolean;
  /** The resolved actor id, or null. */
  actor: string | null;
  /**
   * The actors an unresolved name could be ("Kim" before any full name: Kim Yo-jong or Kim Jong Un);
   * empty when resolved, for pronouns and for descriptions ("the ministry" may be another country's).
   */
  candidates: readonly string[];
  method: AttributionMethod;
  confidence: number;
}

/** One name, alias or title of the registry, and the actors it can name. */
interface NameSpec {
  readonly actors: string[];
  readonly form: 'name' | 'alias' | 'short' | 'description' | 'title';
  /** Written in capitals as one word ("US", "UK", "ROK"): it names only in capitals, so "us" is no "US". */
  readonly acronym: boolean;
}

/** Names compiled into one pattern index, each pattern's index pointing into `names`. */
interface CompiledNames {
  readonly index: PatternIndex;
  readonly names: readonly NameSpec[];
}

/**
 * The registry compiled for one NLP pipeline: its own names, aliases, titles and descriptions, and what
 * they imply, kept apart so that it never takes the place of a registered term ("The Ministry of Foreign
 * Affairs of Belarus"): the descriptions its organisations' and groups' names imply (see
 * `describingHeads`) and its states' demonyms (`demonyms`, which name a state only before agent nouns).
 */
interface CompiledActors extends CompiledNames {
  readonly implied: CompiledNames;
}

const compiledCache = new WeakMap<Actors, WeakMap<Nlp, CompiledActors>>();

/** Confidence given to each way of resolving a mention. */
/** The index of the first mention starting at or after character `offset` (mentions are in text order). */
export function firstMentionFrom(mentions: readonly Mention[], offset: number): number {
  return firstIndexWhereNot(mentions.length, (i) => (mentions[i] as Mention).start < offset);
}

export const CONFIDENCE = { name: 1, alias: 0.95, short: 0.85, title: 0.85, sharedShort: 0.75, description: 0.75, pronoun: 0.7 } as const;

function compileActors(actors: Actors, nlp: Nlp, words: AttributionWords): CompiledActors {
  let byNlp = compiledCache.get(actors);
  if (byNlp === undefined) {
    byNlp = new WeakMap();
    compiledCache.set(actors, byNlp);
  }
  const cached = byNlp.get(nlp);
  if (cached !== undefined) return cached;
  const registered = new NameTable();
  for (const actor of actors.list) {
    registered.add(actor.name, actor.id, 'name');
    for (const alias of actor.aliases ?? []) registered.add(alias, actor.id, isShortName(alias, actor) ? 'short' : isDescription(alias) ? 'description' : 'alias');
    for (const role of actor.roles ?? []) registered.add(role.title, actor.id, 'title');
  }
  // Implied descriptions are of the description form, demonyms of the alias form (see `findMentions`).
  const implied = new NameTable();
  for (const actor of actors.list) {
    for (const head of describingHeads(actor, words)) {
      for (const term of [`the ${head}`, ...words.memberNouns.flatMap((member) => [`a ${head} ${member}`, `the ${head} ${member}`])]) {
        if (!registered.has(term)) implied.add(term, actor.id, 'description');
      }
    }
    if (actor.kind !== 'state') continue;
    for (const term of [actor.name, ...(actor.aliases ?? [])]) {
      for (const demonym of words.demonyms.get(term.toLowerCase()) ?? []) if (!registered.has(demonym)) implied.add(demonym, actor.id, 'alias');
    }
  }
  const compiled = { ...registered.compile(nlp), implied: implied.compile(nlp) };
  byNlp.set(nlp, compiled);
  return compiled;
}

/** Terms by their key, each with the actors it names: a term given to several actors names each. */
class NameTable {
  private readonly byKey = new Map<string, { term: string; spec: NameSpec }>();

  add(term: string, actor: string, form: NameSpec['form']): void {
    const key = termKey(term);
    const existing = this.byKey.get(key);
    if (existing === undefined) this.byKey.set(key, { term, spec: { actors: [actor], form, acronym: ACRONYM.test(term) } });
    else if (!existing.spec.actors.includes(actor)) existing.spec.actors.push(actor);
  }

  has(term: string): boolean {
    return this.byKey.has(termKey(term));
  }

  compile(nlp: Nlp): CompiledNames {
    const entries = [...this.byKey.values()];
    // Every title is a candidate for every actor holding it; which one is meant is decided by date.
    const specs: PatternSpec[] = entries.map((e, index) => ({ kind: 'actor', term: e.term, exact: true, priority: 1, index, isIdiom: false }));
    return { index: indexPatterns(specs, nlp), names: entries.map((e) => e.spec) };
  }
}

const ACRONYM = /^\p{Lu}{2,}$/u;

/** A one-word alias of a person that is part of the person's name ("Lee", "Kim"). */
function isShortName(alias: string, actor: ActorInput): boolean {
  const words = termKey(alias).split(/[\s-]+/);
  return actor.kind === 'person' && words.length === 1 && termKey(actor.name).split(/[\s-]+/).includes(words[0] as string);
}

/**
 * An alias that is "the" and lower-case words ("the ministry", "the army"): it describes an actor
 * rather than naming one, so another actor of the same kind may be meant ("North Korea's Foreign
 * Ministry … the ministry said").
 */
function isDescription(alias: string): boolean {
  return /^the(?:\s+\p{Ll}[\p{Ll}'’-]*)+$/u.test(alias.trim());
}

/**
 * The nouns of `descriptionHeads` in an organisation's or a group's name and aliases ("Taiwan's defence
 * ministry", "People's Liberation Army"): "the ministry", "the army" describe it as a registered
 * description would, and so do "a ministry official", "the army spokesman" (`memberNouns`).
 */
function describingHeads(actor: ActorInput, words: AttributionWords): Set<string> {
  const heads = new Set<string>();
  if (actor.kind !== 'organization' && actor.kind !== 'group') return heads;
  for (const term of [actor.name, ...(actor.aliases ?? [])]) {
    for (const word of termKey(term).split(/[\s-]+/)) if (words.descriptionHeads.has(word)) heads.add(word);
  }
  return heads;
}

/** Whether a token from `first` to `last` is already part of a mention. */
function anyTaken(taken: Uint8Array, first: number, last: number): boolean {
  for (let t = first; t <= last; t += 1) if (taken[t] !== 0) return true;
  return false;
}

/**
 * Whether agent nouns (`agentNouns`) follow token `last`, after at most `AGENT_MODIFIERS` nouns or
 * adjectives: "Russian border guards", "Kenyan police officers", "Chinese warships".
 */
function beforeAgent(tokens: readonly Token[], last: number, words: AttributionWords): boolean {
  for (let t = last + 1; t <= last + 1 + AGENT_MODIFIERS; t += 1) {
    const token = tokens[t];
    if (token === undefined || token.sentence !== tokens[last]?.sentence) return false;
    if (words.agentNouns.has(token.lemma)) return true;
    if (token.pos !== 'NOUN' && token.pos !== 'ADJ') return false;
  }
  return false;
}

/**
 * Whether token `first` opens a clause's subject: the sentence's first word, or after punctuation, a
 * conjunction, a conjunction that opens a clause (`CLAUSE_OPENERS`), "the" or an indefinite article
 * that opens the clause ("Russian troops held drills", ", and Chinese warships sailed", "a day after
 * Israeli jets bombed", "A Venezuelan navy vessel entered"), not inside an object
 * ("the arrest of three Beninese customs officers") or reported words ("said Belarusian officers had
 * found").
 */
function opensClause(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  // An indefinite article opening the clause itself: "A Venezuelan navy vessel entered waters claimed by
  // Guyana", not "the arrest of a Beninese officer".
  if (before !== undefined && before.sentence === tokens[first]?.sentence && INDEFINITES.has(before.normal)) return startsClause(tokens, first - 1);
  return startsClause(tokens, first) || (before?.pos === 'DET' && before.normal === 'the');
}

/** Whether token `first` is a clause's first word: the sentence's, or after punctuation or a conjunction (`CLAUSE_OPENERS` too). */
function startsClause(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  return before === undefined || before.sentence !== tokens[first]?.sentence || before.pos === 'PUNCT' || before.pos === 'CCONJ' || CLAUSE_OPENERS.has(before.normal);
}

const INDEFINITES: ReadonlySet<string> = new Set(['a', 'an']);

/** Nouns and adjectives between a demonym and its agent noun: "border" in "Russian border guards". */
const AGENT_MODIFIERS = 2;

/**
 * Finds every mention of a registry actor and every pronoun, left to right, and resolves each:
 * full names and unique aliases directly; short names shared by several actors to the nearest earlier
 * full mention of one of them, descriptions ("the ministry") to the nearest earlier full mention of
 * their actor (none before it: unresolved), and pronouns to the nearest earlier compatible mention
 * (in an earlier sentence, that sentence's compatible subject if it has one), outside quotations;
 * titles by the actors holding them on `date`. In a document with an `author`, a first-person subject
 * outside quotations ("We call on…", `authorPronouns`) is the author. Quotations must be sorted by position.
 */
export function findMentions(analysis: Analysis, actors: Actors, nlp: Nlp, quotes: readonly QuoteSpan[], words: AttributionWords, date: string, author?: string): Mention[] {
  const compiled = compileActors(actors, nlp, words);
  const { tokens, text } = analysis;
  // `author`: a first-person subject, the document's author's.
  const found: { first: number; last: number; spec?: NameSpec; pronoun?: string; author?: string }[] = [];
  const taken = new Uint8Array(tokens.length);
  // The registry's own terms first; what they imply only where none of them stands.
  const addMatches = (names: CompiledNames, keep: (match: Match, spec: NameSpec | undefined) => boolean): void => {
    for (const match of matchPatterns(names.index, tokens)) {
      const spec = names.names[match.pattern.index];
      if (anyTaken(taken, match.first, match.last) || !keep(match, spec)) continue;
      if (spec?.acronym === true && !ACRONYM.test(text.slice((tokens[match.first] as Token).start, (tokens[match.last] as Token).end))) continue;
      found.push({ first: match.first, last: match.last, spec });
      taken.fill(1, match.first, match.last + 1);
    }
  };
  addMatches(compiled, () => true);
  // A demonym names its state only before agent nouns at the start of a clause.
  addMatches(compiled.implied, (match, spec) => spec?.form === 'description' || (opensClause(tokens, match.first) && beforeAgent(tokens, match.last, words)));
  tokens.forEach((token, i) => {
    if (taken[i] !== 0 || token.pos !== 'PRON') return;
    if (words.pronouns.has(token.normal) && (!words.sayingOnlyPronouns.has(token.normal) || namesActor(tokens, i, words))) found.push({ first: i, last: i, pronoun: token.normal });
    else if (author !== undefined && words.authorPronouns.has(token.normal)) found.push({ first: i, last: i, author });
  });
  found.sort((a, b) => a.first - b.first);
  const startsName = new Set(found.filter((f) => f.spec !== undefined && f.spec.form !== 'title').map((f) => f.first));
  const starts = new Set(found.map((f) => f.first));

  const mentions: Mention[] = [];
  // The latest resolved mention outside quotations per actor (full names and aliases only) and per
  // pronoun it could be the antecedent of: each lookup is constant time, so long documents stay linear.
  const lastFull = new Map<string, Mention>();
  const lastForPronoun = new Map<string, Mention>();
  // The latest such mention that is a subject ("Hun Manet thanked Anutin", "the Eritrean ministry said"):
  // a pronoun in a later sentence refers to the subject of the sentence its antecedent is in rather than
  // to an object after it ("… thanked Anutin for the decision. He said …" is Hun Manet).
  const lastSubjectForPronoun = new Map<string, Mention>();
  let quote = 0;
  for (const f of found) {
    // A title right before a name ("President Lee Jae Myung", "President Donald Trump") is part of that
    // name's mention: the name is resolved, not the title.
    if (f.spec?.form === 'title' && startsName.has(f.last + 1)) continue;
    if (f.spec !== undefined) f.last = extendOverName(tokens, f.last, f.spec, actors);
    const first = tokens[f.first] as Token;
    const last = tokens[f.last] as Token;
    while (quote < quotes.length && (quotes[quote] as QuoteSpan).innerEnd <= first.start) quote += 1;
    const current = quotes[quote];
    const mention: Mention = {
      first: f.first,
      last: f.last,
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      form: f.spec?.form ?? 'pronoun',
      inQuote: current !== undefined && first.start >= current.innerStart && first.start < current.innerEnd,
      actor: null,
      candidates: [],
      method: 'alias',
      confidence: 0,
    };
    if (f.author !== undefined) {
      if (!mention.inQuote) resolveAsAuthor(mention, f.author);
    } else if (f.pronoun !== undefined) {
      const subject = lastSubjectForPronoun.get(f.pronoun);
      const antecedent = antecedentOf(tokens, f.first, lastForPronoun.get(f.pronoun), subject);
      // In the author's own text, a pronoun whose nearest candidate is no subject but an object in an
      // earlier sentence is the author going on ("The Government … with the AFC/M23. It demands …").
      const earlierObject = antecedent !== undefined && antecedent !== subject && tokens[antecedent.first]?.sentence !== first.sentence;
      if (author !== undefined && !mention.inQuote && earlierObject && canReferTo(f.pronoun, actors.get(author), words)) resolveAsAuthor(mention, author);
      else resolveFrom(mention, antecedent, 'pronoun', CONFIDENCE.pronoun);
    } else if (f.spec !== undefined && !(f.spec.form === 'title' && indefinite(tokens, f.first))) resolveName(mention, f.spec, lastFull, actors, date, ownerBefore(tokens, mentions[mentions.length - 1], f.first), author);
    mentions.push(mention);
    if (mention.inQuote || mention.actor === null || mention.form === 'pronoun') continue;
    if (mention.form !== 'short' && mention.form !== 'description') lastFull.set(mention.actor, mention);
    const actor = actors.get(mention.actor);
    let subject: boolean | undefined;
    let reported: boolean | undefined;
    for (const pronoun of words.pronouns.keys()) {
      if (!canReferTo(pronoun, actor, words)) continue;
      lastForPronoun.set(pronoun, mention);
      subject ??= predicateAfter(tokens, mention.first, mention.last, starts) !== undefined;
      // The subject of what a speaker reports does not take the place of that speaker: "Aliyev said
      // Putin had apologised to him. He said …" is Aliyev going on.
      reported ??= subject && isAfterSaying(tokens, mention.first);
      if (subject && !(reported && isSameSentence(tokens, lastSubjectForPronoun.get(pronoun), mention))) lastSubjectForPronoun.set(pronoun, mention);
    }
  }
  return mentions;
}

/** Whether mention `a` is in the same sentence as mention `b`. */
function isSameSentence(tokens: readonly Token[], a: Mention | undefined, b: Mention): boolean {
  return a !== undefined && tokens[a.first]?.sentence === tokens[b.first]?.sentence;
}

/**
 * The antecedent of a pronoun at token `at`: the latest compatible mention; but when that mention is in
 * an earlier sentence that also holds a compatible subject, the latest such subject.
 */
function antecedentOf(tokens: readonly Token[], at: number, latest: Mention | undefined, subject: Mention | undefined): Mention | undefined {
  if (latest === undefined || subject === undefined || subject === latest) return latest;
  const sentence = tokens[latest.first]?.sentence;
  return sentence === tokens[subject.first]?.sentence && sentence !== tokens[at]?.sentence ? subject : latest;
}

/** Words between an indefinite article and a title ("a coalition spokesman", "an unnamed senior official"). */
const MAX_TITLE_LEAD = 3;

/**
 * Whether the title at token `first` follows an indefinite article ("A coalition spokesman said"): one
 * holder among many, not the actor registered with that title.
 */
function indefinite(tokens: readonly Token[], first: number): boolean {
  let t = first - 1;
  while (first - t <= MAX_TITLE_LEAD && ['ADJ', 'NOUN', 'PROPN'].includes(tokens[t]?.pos ?? '')) t -= 1;
  return tokens[t]?.normal === 'a' || tokens[t]?.normal === 'an';
}

/**
 * Whether the pronoun at token `at` names an actor though it is one of `sayingOnlyPronouns`: before a verb
 * of saying or reporting, after adverbs ("It called on Mogadishu to…", "…," it said), or as its sentence's
 * first word before a verb in the past tense that is none of `impersonalVerbs` ("It scrambled jets and put
 * missile units on alert"; not "It took three hours").
 */
function namesActor(tokens: readonly Token[], at: number, words: AttributionWords): boolean {
  let t = at + 1;
  while (tokens[t]?.pos === 'ADV') t += 1;
  const verb = tokens[t];
  if (verb?.pos !== 'VERB') return false;
  if (words.speechVerbs.has(verb.lemma) || words.reportingVerbs.has(verb.lemma)) return true;
  const opensSentence = tokens[at - 1]?.sentence !== tokens[at]?.sentence;
  return opensSentence && verb.lemma !== verb.normal && !verb.normal.endsWith('s') && !words.impersonalVerbs.has(verb.lemma);
}

/**
 * The actor of the mention right before token `first`, or before its possessive: the owner of what
 * follows ("the Russian president", "Russia's president").
 */
function ownerBefore(tokens: readonly Token[], previous: Mention | undefined, first: number): string | null {
  if (previous === undefined || previous.form === 'pronoun') return null;
  const adjacent = previous.last === first - 1 || (previous.last === first - 2 && isPossessive(tokens[first - 1]));
  return adjacent ? previous.actor : null;
}

/**
 * Resolves a name, alias or title. A title held on `date` is narrowed to the holders of the `owner`
 * named right before it ("the Russian president", with "Russian" an alias of Russia); a state or an
 * organisation with no registered holder is the actor itself ("Japan's top government spokesman" is
 * Japan, not Chad's spokesman). An alias several actors share is the document's `author` when it is one of them ("The
 * Ministry will keep the nation informed" in a statement of one of several ministries called "the
 * Ministry"): an official text speaks of itself so.
 */
function resolveName(mention: Mention, spec: NameSpec, lastFull: ReadonlyMap<string, Mention>, actors: Actors, date: string, owner: string | null, author: string | undefined): void {
  let candidates = spec.actors;
  if (spec.form === 'title') {
    candidates = candidates.filter((id) => holdsTitle(actors.get(id), mention.text, date));
    // An owner named before the title ("North Korea's president") picks its holders; a state or an
    // organisation only its own ("Japan's spokesman" is not Chad's), a person the nearest it can
    // ("Haftar's spokesman" may be registered with Haftar's government).
    const owned = owner === null ? candidates : candidates.filter((id) => actors.get(id)?.affiliation === owner);
    if (owned.length > 0 || (owner !== null && actors.get(owner)?.kind !== 'person')) candidates = owned;
    // With none of its own registered, the state or organisation speaks through its officer, as through
    // an agent noun ("Pakistan's army"): "Zambia's president spoke by telephone" is Zambia's act.
    if (candidates.length === 0 && owner !== null && actors.get(owner)?.kind !== 'person') candidates = [owner];
  }
  const single = candidates.length === 1 ? candidates[0] : author !== undefined && candidates.includes(author) ? author : undefined;
  if (single !== undefined && spec.form !== 'description') {
    mention.actor = single;
    mention.method = spec.form === 'name' ? 'explicit' : 'alias';
    mention.confidence = CONFIDENCE[spec.form];
    return;
  }
  let nearest: Mention | undefined;
  for (const id of candidates) {
    const last = lastFull.get(id);
    if (last !== undefined && (nearest === undefined || last.first > nearest.first)) nearest = last;
  }
  resolveFrom(mention, nearest, 'nearest-mention', spec.form === 'description' ? CONFIDENCE.description : CONFIDENCE.sharedShort);
  // An official text describes its author so before or without naming it ("The Ministry also notes …").
  if (mention.actor === null && author !== undefined && candidates.includes(author)) resolveAsAuthor(mention, author);
  if (mention.actor === null && spec.form !== 'description') mention.candidates = candidates;
}

/** Whether `pronoun` can refer to `actor`: the actor's own pronouns, else those of its kind. */
function canReferTo(pronoun: string, actor: ActorInput | undefined, words: AttributionWords): boolean {
  if (actor === undefined) return false;
  return actor.pronouns === undefined ? words.pronouns.get(pronoun)?.includes(actor.kind) === true : actor.pronouns.includes(pronoun);
}

/** Resolves a mention to the document's author (a first-person subject, or "it" going on in its text). */
function resolveAsAuthor(mention: Mention, author: string): void {
  mention.actor = author;
  mention.method = 'author';
  mention.confidence = AUTHOR_CONFIDENCE;
}

function resolveFrom(mention: Mention, antecedent: Mention | undefined, method: AttributionMethod, confidence: number): void {
  if (antecedent === undefined) return;
  mention.actor = antecedent.actor;
  mention.method = method;
  mention.confidence = confidence;
}

/**
 * Extends a mention over the proper nouns that continue its actor's name, so "President Lee" followed
 * by "Jae Myung" covers "President Lee Jae Myung".
 */
function extendOverName(tokens: readonly Token[], last: number, spec: NameSpec, actors: Actors): number {
  let nameWords = nameWordsOf.get(spec);
  if (nameWords === undefined) {
    nameWords = new Set(spec.actors.flatMap((id) => termKey(actors.get(id)?.name ?? '').split(/[\s-]+/)));
    nameWordsOf.set(spec, nameWords);
  }
  let end = last;
  for (;;) {
    if (tokens[end + 1]?.pos === 'PROPN' && nameWords.has(tokens[end + 1]?.normal ?? '')) end += 1;
    // "President Lai" then "Ching-te": after a hyphen wink may tag the rest of the name as any word.
    else if (isInnerHyphen(tokens, end + 1) && nameWords.has(tokens[end + 2]?.normal ?? '')) end += 2;
    else return end;
  }
}

/** The words of the names of a spec's actors, once per spec (specs live as long as their compiled registry). */
const nameWordsOf = new WeakMap<NameSpec, ReadonlySet<string>>();

function holdsTitle(actor: ActorInput | undefined, title: string, date: string): boolean {
  return (actor?.roles ?? []).some((r) => termKey(r.title) === termKey(title) && (r.from === undefined || r.from <= date) && (r.to === undefined || date <= r.to));
}
