// The statements a document's sentences hold, found before their dates, targets and ids are settled
// (see extract.ts): quotations with their speakers and what the speakers add after them, and the
// clauses whose subject (or source, or agent) is a registry mention.
import { isGerund, isInflectedVerb, isInnerHyphen, isNounPhraseWord, isPassiveParticiple, isPossessive, type Analysis, type Sentence, type Token } from '../nlp/index.js';
import { firstIndexWhereNot } from '../util/search.js';
import { attributeQuote, coordinated, firstTokenAt, MAX_TITLE_WORDS, opensAddedWords, startsWithPhrase, TITLE_POS, type MentionIndex, type Speaker } from './attribution.js';
import { isSaying, predicateAfter, relativePredicate, sameSubjectJoins, saysNothing } from './clauses.js';
import { attributionWords as words } from './data.js';
import { CONFIDENCE, type Mention } from './mentions.js';
import { pairBefore, pairPhrase } from './pairs.js';
import type { QuoteSpan } from './quotes.js';
import { sideOfActor } from './targets.js';
import type { Actors, Statement } from './types.js';

/** A statement before its date, target and id are settled. */
export interface Draft {
  readonly kind: Statement['kind'];
  readonly start: number;
  readonly end: number;
  readonly mention: Mention | undefined;
  /** The document's author, for a sentence of its own (see `DocumentInput.author`); the actor is then the author, not the mention's. */
  readonly author?: string;
  readonly actorMention: string;
  /** Where a date for this statement may be found, and the offset it should be nearest to. */
  readonly dateRange: readonly [number, number];
  /** The part of `dateRange` whose dates are preferred: the clause's own, when its sentence holds several. */
  readonly ownRange?: readonly [number, number];
  /** A relative clause between the subject and its verb, whose dates are not the statement's (see `Clause`). */
  readonly aside?: readonly [number, number];
  /** Where subjects doing something with each other stand ("India and Pakistan agreed"): each may be the other's target. */
  readonly partners?: readonly [number, number];
  /** The actors of all the clause's subjects, when it has several ("North Korea and South Korea condemned …"): none is the others' counterpart. */
  readonly coSubjects?: readonly string[];
  /** A relative clause's act ("Lee, who took office in June, said …"): it tells of another time, so its date is not carried on to the actor's later statements. */
  readonly background?: boolean;
  /** The other of two sides named together by a pair phrase ("Both sides agreed"; see `pairDrafts`): the target. */
  readonly partner?: string;
  readonly anchor: number;
  readonly confidenceFactor: number;
}

/** Confidence kept by a quotation that continues the previous one without its own attribution. */
const CONTINUATION_CONFIDENCE = 0.9;

/**
 * The drafts of the quotations and of what their speakers add after them; `embedded` maps the draft of
 * each quotation within one sentence that a reported clause may carry to that quotation: one nobody is
 * named as saying, or one its speaker's words lead into ("warned that Pyongyang would "…"", "called the
 * offer "…""), or one that ends a clause before its attribution ("India called the strikes "an act of
 * war," Islamabad said"), not one a colon or a comma opens ("said: "…""); `reported` holds the last kind,
 * which any clause carrying them carries, whoever its speaker.
 */
export function quoteDrafts(analysis: Analysis, quotes: readonly QuoteSpan[], index: MentionIndex): { drafts: Draft[]; embedded: Map<Draft, QuoteSpan>; reported: Set<Draft> } {
  const drafts: Draft[] = [];
  const embedded = new Map<Draft, QuoteSpan>();
  const reported = new Set<Draft>();
  let previous: { quote: QuoteSpan; speaker: Speaker } | undefined;
  quotes.forEach((quote, i) => {
    const bounds = { previousQuoteEnd: quotes[i - 1]?.end ?? 0, nextQuoteStart: quotes[i + 1]?.start ?? analysis.text.length };
    let speaker = attributeQuote(analysis, quote, bounds, index, words);
    let confidenceFactor = 1;
    if (speaker === undefined && previous !== undefined && continues(analysis, previous.quote, quote, previous.speaker)) {
      speaker = previous.speaker;
      confidenceFactor = CONTINUATION_CONFIDENCE;
    }
    const [start, end] = speaker?.lead === undefined ? trimQuote(analysis.text, quote) : [speaker.lead, trimEnd(analysis.text, speaker.lead, quote.end)];
    const draft: Draft = {
      kind: 'quote',
      start,
      end,
      mention: speaker?.mention,
      actorMention: speaker?.text ?? '',
      dateRange: speaker?.clause ?? [quote.end, quote.end],
      anchor: speaker?.clause[0] ?? quote.end,
      confidenceFactor,
    };
    drafts.push(draft);
    const ledInto = speaker !== undefined && speaker.clause[1] === quote.start && !OPENS_QUOTATION.test(analysis.text.slice(speaker.clause[0], quote.start));
    // A quotation ending a clause, its attribution after it ("India called the strikes "an act of war,"
    // Islamabad said"), is the clause's subject's words as that source reports them.
    const closesClause = speaker !== undefined && speaker.clause[0] >= quote.end && inClause(analysis, quote);
    if ((speaker === undefined || ledInto || closesClause) && withinOneSentence(analysis, quote)) embedded.set(draft, quote);
    if (closesClause) reported.add(draft);
    // Only an attribution after the quotation goes on after it.
    if (speaker !== undefined && speaker.clause[0] >= quote.end) {
      const added = addedWords(analysis, speaker.clause);
      if (added !== undefined && !leadsInto(analysis.text, added[1], quotes[i + 1])) drafts.push({ kind: 'reported', start: added[0], end: added[1], mention: speaker.mention, actorMention: speaker.text, dateRange: speaker.clause, anchor: added[0], confidenceFactor });
    }
    previous = speaker === undefined ? undefined : { quote, speaker };
  });
  return { drafts, embedded, reported };
}

/** A colon or comma (and spaces) just before a quotation: it opens the quotation rather than ending a clause's words. */
const OPENS_QUOTATION = /[:,]\s*$/;

/**
 * Whether added words ending at `end` lead into the next quotation, whose draft they begin ("…," Nebiat
 * said, adding that Ethiopia had "…").
 */
function leadsInto(text: string, end: number, next: QuoteSpan | undefined): boolean {
  return next !== undefined && /^\s*$/.test(text.slice(end, next.start));
}

/**
 * What a speaker goes on to say in the attribution after a quotation ("…," Lee said, adding that talks
 * could resume in the spring.): from a participle of a verb of saying after a comma to the clause's end.
 */
function addedWords(analysis: Analysis, clause: readonly [number, number]): [number, number] | undefined {
  const { tokens, text } = analysis;
  for (let t = firstTokenAt(tokens, clause[0]); t < tokens.length && (tokens[t] as Token).end <= clause[1]; t += 1) {
    const token = tokens[t] as Token;
    if (opensAddedWords(tokens, t, words)) return [token.start, trimEnd(text, token.start, clause[1])];
  }
  return undefined;
}

/**
 * A quotation with no attribution of its own continues the previous one when nothing but that
 * quotation's attribution clause stands between them ("…," Lee said. "…").
 */
function continues(analysis: Analysis, previous: QuoteSpan, quote: QuoteSpan, speaker: Speaker): boolean {
  const gap = analysis.text.slice(Math.max(previous.end, speaker.clause[1]), quote.start);
  return /^[\s.,;:!?]*$/.test(gap);
}

/**
 * Reported speech and actions: a registry mention as the subject of a verb, outside quotations. Each
 * actor of a coordinated subject ("India and Pakistan agreed …") gets the statement.
 */
export function clauseDrafts(analysis: Analysis, quotes: readonly QuoteSpan[], mentions: readonly Mention[], index: MentionIndex, actors: Actors): Draft[] {
  const { tokens, sentences } = analysis;
  const drafts: Draft[] = [];
  // Sentences, quotations and mentions are all in text order: walk them together.
  let q = 0;
  let m = 0;
  // The two actors each sentence opened by a pair phrase was resolved to, by sentence index.
  const pairs = new Map<number, readonly [string, string]>();
  for (const [s, whole] of sentences.entries()) for (const { sentence, comma } of sentenceParts(tokens, whole)) {
    while (q < quotes.length && (quotes[q] as QuoteSpan).end <= sentence.start) q += 1;
    while (m < mentions.length && (mentions[m] as Mention).start < sentence.start) m += 1;
    const quote = quotes[q];
    if (quote !== undefined && quote.start < sentence.end) continue;
    const replies = objectRelativeDrafts(analysis, sentence, mentions, m);
    const found = drafts.length;
    // Where the current clause's part of the sentence begins, once a conjunction has split it.
    let part: number | undefined;
    // Mentions that are no one's subject here: quoted, past the sentence, in an object's apposition, or a reply's.
    const passedOver = (mention: Mention) => mention.inQuote || mention.end > sentence.end || inObjectApposition(tokens, mention) || replies.some((reply) => reply.draft.mention === mention);
    // The last mention the loop below looked at: what the ones after it did in a relative clause is read after it.
    let visited = m - 1;
    for (let k = m; k < mentions.length && (mentions[k] as Mention).start < sentence.end; k += 1) {
      if (namedInApposition(tokens, mentions, k, actors)) k += 1;
      const mention = mentions[k] as Mention;
      if (passedOver(mention)) continue;
      const aside = relativeDraft(analysis, sentence, mention);
      if (aside !== undefined) drafts.push(aside);
      visited = k;
      const clause = clauseOf(analysis, sentence, mention, comma, index);
      if (clause === undefined || relaysAnother(tokens, clause, mention, mentions, index, actors) || foretoldBySource(tokens, clause, mention, mentions, comma)) continue;
      const ownRange = part === undefined && clause.next === undefined ? undefined : ([part ?? sentence.start, clause.next ?? sentence.end] as const);
      const partners = clause.reciprocal ? ([(clause.subjects[0] as Mention).start, (clause.subjects[clause.subjects.length - 1] as Mention).end] as const) : undefined;
      const coSubjects = clause.subjects.length > 1 ? clause.subjects.flatMap((s) => (s.actor === null ? [] : [s.actor])) : undefined;
      for (const act of clauseActs(analysis, clause, index, actors)) {
        const range = act === clause ? ownRange : ([act.start, act.end] as const);
        for (const subject of clause.subjects) {
          drafts.push({
            kind: act.kind,
            start: act.start,
            end: act.end,
            mention: subject,
            actorMention: subject.text,
            dateRange: [sentence.start, sentence.end],
            ...(range === undefined ? {} : { ownRange: range }),
            ...(clause.aside === undefined ? {} : { aside: clause.aside }),
            ...(partners === undefined ? {} : { partners }),
            ...(coSubjects === undefined ? {} : { coSubjects }),
            anchor: act.anchor,
            confidenceFactor: 1,
          });
        }
      }
      // One statement per sentence, but for a clause with a subject of its own after a conjunction.
      if (clause.next === undefined) break;
      part = clause.next;
      while (k + 1 < mentions.length && (mentions[k + 1] as Mention).start < clause.next) k += 1;
    }
    // What the sentence's mentions did as the agent of an act a noun names, and what those the loop above
    // did not reach did in a relative clause.
    for (let k = m; k < mentions.length && (mentions[k] as Mention).start < sentence.end; k += 1) {
      const mention = mentions[k] as Mention;
      if (passedOver(mention)) continue;
      const agent = agentDraft(analysis, sentence, mention);
      if (agent !== undefined) drafts.push(agent);
      const aside = k > visited ? relativeDraft(analysis, sentence, mention) : undefined;
      if (aside !== undefined) drafts.push(aside);
    }
    if (drafts.length === found) drafts.push(...pairDrafts(analysis, s, mentions, index, actors, comma, pairs));
    // The sentence's other statements end where the first reply begins: its words are not theirs.
    const reply = replies[0];
    if (reply !== undefined) {
      for (let d = found; d < drafts.length; d += 1) {
        const draft = drafts[d] as Draft;
        if (draft.start < reply.opening && draft.end > reply.opening) drafts[d] = { ...draft, end: trimEnd(analysis.text, draft.start, reply.opening) };
      }
      // A reply answers the sentence's first subject ("The EU accused Lukashenko …, which Minsk denied").
      const addressee = drafts[found]?.mention?.actor ?? null;
      drafts.push(...replies.map(({ draft }) => (addressee === null || addressee === draft.mention?.actor ? draft : { ...draft, partner: addressee })));
    }
  }
  return drafts;
}

/** A sentence, or a part of one read as a sentence, with the comma of its closing attribution (see `closingAttribution`). */
interface SentencePart {
  readonly sentence: Sentence;
  readonly comma: number | undefined;
}

/**
 * The sentence, or its two parts when a clause of the writer's follows a closing attribution ("Botswana
 * will extend the fence, the minister said on Tuesday,| days after |army patrols shot dozens of cattle"):
 * the words before are the speaker's, and the clause after its opener is read as a sentence of its own.
 */
function sentenceParts(tokens: readonly Token[], sentence: Sentence): readonly SentencePart[] {
  const comma = closingAttribution(tokens, sentence);
  const trailing = comma === undefined ? trailingClauseComma(tokens, sentence) : undefined;
  if (trailing === undefined || attributionEndingAt(tokens, sentence, trailing[0]) === undefined) return [{ sentence, comma }];
  const [end, clause] = trailing;
  const said = { firstToken: sentence.firstToken, lastToken: end, start: sentence.start, end: (tokens[end] as Token).end };
  const after = { firstToken: clause, lastToken: sentence.lastToken, start: (tokens[clause] as Token).start, end: sentence.end };
  return [
    { sentence: said, comma: closingAttribution(tokens, said) },
    { sentence: after, comma: closingAttribution(tokens, after) },
  ];
}

/** The kind of statement a clause with this verb makes: words reported (`reportingVerbs`) or an action. */
function kindOf(verb: Token): Clause['kind'] {
  return words.reportingVerbs.has(verb.lemma) ? 'reported' : 'action';
}

/** One act of a clause: its kind, where its words are and where its date is looked for from. */
type Act = Pick<Clause, 'kind' | 'start' | 'end' | 'anchor'>;

/**
 * The acts of a clause: the clause itself, or, when its predicate goes on with other verbs of the same
 * subject after "and" (`sameSubjectJoins`: "arrived in Mogadishu on Thursday, and pledged that …"), one
 * act per verb, each from its verb to the next conjunction, so that each is aimed and scored apart.
 */
function clauseActs(analysis: Analysis, clause: Clause, index: MentionIndex, actors: Actors): readonly Act[] {
  const { tokens, text } = analysis;
  if (clause.verb === undefined) return [clause];
  const sideOf = (actor: string | null) => (actor === null ? null : sideOfActor(actor, actors));
  const sides = new Set(clause.subjects.map((subject) => sideOf(subject.actor)));
  // Another side's clause ("said that Venezuela had seized the ship and detained its crew") ends the
  // search; the subject's own side's does not ("Ali said Guyana will not be intimidated and thanked Brazil").
  const subjectOf = (t: number): boolean => {
    const mention = index.byFirst.get(t);
    return mention !== undefined && !sides.has(sideOf(mention.actor)) && predicateAfter(tokens, mention.first, mention.last, index.byFirst) !== undefined;
  };
  const joins = sameSubjectJoins(tokens, clause.verb, firstTokenAt(tokens, clause.end) - 1, subjectOf);
  if (joins.length === 0) return [clause];
  // Each act is dated within its own words first, then from the clause's verb: "arrived in Mogadishu on
  // Thursday …, and pledged that …" pledged on Thursday too.
  const acts: Act[] = [];
  let start = clause.start;
  let kind = clause.kind;
  for (const { join, verb } of joins) {
    acts.push({ kind, start, end: trimEnd(text, start, (tokens[join] as Token).start), anchor: clause.anchor });
    start = (tokens[join + 1] as Token).start;
    kind = kindOf(tokens[verb] as Token);
  }
  acts.push({ kind, start, end: clause.end, anchor: clause.anchor });
  return acts;
}

/**
 * What an actor did to what the sentence reports, in a relative clause after a comma whose subject it is:
 * ", which Minsk denied", ", which Guyana denounced as an attempt at annexation", ", a charge Niamey
 * denies", ", an account Bogotá has disputed" (the noun: `contentNouns`). A statement of its own, up to
 * the next comma or the sentence's end, dated within it; `opening` is where the clause's comma stands.
 */
function objectRelativeDrafts(analysis: Analysis, sentence: Sentence, mentions: readonly Mention[], from: number): { draft: Draft; opening: number }[] {
  const { tokens } = analysis;
  const replies: { draft: Draft; opening: number }[] = [];
  for (let k = from; k < mentions.length && (mentions[k] as Mention).start < sentence.end; k += 1) {
    const mention = mentions[k] as Mention;
    if (mention.actor === null || mention.inQuote || mention.form === 'pronoun') continue;
    let t = mention.first - 1;
    if (tokens[t]?.normal === 'the') t -= 1;
    let lead = t;
    if (tokens[t]?.normal !== 'which') {
      if (tokens[t]?.pos !== 'NOUN' || !words.contentNouns.has((tokens[t] as Token).lemma)) continue;
      lead = t - 1;
      if (tokens[lead]?.pos !== 'DET') continue;
    }
    if (tokens[lead - 1]?.normal !== ',') continue;
    let verb = mention.last + 1;
    while (tokens[verb]?.pos === 'AUX' || tokens[verb]?.pos === 'ADV') verb += 1;
    if (tokens[verb]?.pos !== 'VERB' || tokens[verb]?.sentence !== tokens[mention.first]?.sentence) continue;
    replies.push({ opening: (tokens[lead - 1] as Token).start, draft: asideDraft(analysis, sentence, mention, lead, verb) });
  }
  return replies;
}

/**
 * "The two countries last fought …", "Both sides agreed …": a sentence no mention is the subject of,
 * opened by a subject naming two sides (see `pairPhrase`), is a statement of each of the two actors
 * the text named last as a pair (see `pairBefore`), each aimed at the other.
 */
function pairDrafts(
  analysis: Analysis,
  s: number,
  mentions: readonly Mention[],
  index: MentionIndex,
  actors: Actors,
  comma: number | undefined,
  pairs: Map<number, readonly [string, string]>,
): Draft[] {
  const { tokens, sentences, text } = analysis;
  const sentence = sentences[s] as Sentence;
  const phrase = pairPhrase(tokens, sentence, words);
  const pair = phrase === undefined ? undefined : pairBefore(s, sentences, tokens, mentions, { byLast: index.byLast, mediatorPhrases: words.mediatorPhrases, pairNouns: words.pairNouns }, actors, pairs);
  if (phrase === undefined || pair === undefined) return [];
  pairs.set(s, pair);
  const start = (tokens[phrase.first] as Token).start;
  const end = (tokens[phrase.last] as Token).end;
  const subjects = pair.map((actor): Mention => ({ ...phrase, start, end, text: text.slice(start, end), form: 'description', inQuote: false, actor, candidates: [], method: 'nearest-mention', confidence: CONFIDENCE.description }));
  const clause = clauseOf(analysis, sentence, subjects[0] as Mention, comma, index);
  if (clause === undefined) return [];
  return subjects.map((mention, k) => ({
    kind: clause.kind,
    start: clause.start,
    end: clause.end,
    mention,
    actorMention: text.slice(start, end),
    dateRange: [sentence.start, sentence.end],
    ...(clause.next === undefined ? {} : { ownRange: [sentence.start, clause.next] as const }),
    ...(clause.aside === undefined ? {} : { aside: clause.aside }),
    partner: pair[1 - k] as string,
    coSubjects: pair,
    anchor: clause.anchor,
    confidenceFactor: 1,
  }));
}

/**
 * What a named actor did in a relative clause after its name ("Brazil, which helped broker that
 * declaration in December 2023, called on …"): a statement of its own, up to the comma that closes the
 * clause or the sentence's end, dated within it.
 */
function relativeDraft(analysis: Analysis, sentence: Sentence, mention: Mention): Draft | undefined {
  const { tokens } = analysis;
  if (mention.actor === null || mention.form === 'pronoun') return undefined;
  const predicate = relativePredicate(tokens, mention.last);
  if (predicate === undefined) return undefined;
  return asideDraft(analysis, sentence, mention, predicate.first, predicate.verb);
}

/**
 * What a named actor did or said that a noun before it names, as the agent of the participle after the
 * noun ("rejects the statement issued by the Ministry of Foreign Affairs of Ethiopia on 27 August",
 * "welcomes the offer made on Thursday by SADC to send veterinary experts", "the sentence handed down
 * yesterday by a court in Grodno"; the noun: `statementNouns`, `contentNouns`, `actNouns`): a statement of
 * its own from the participle, dated within it. Words of a date or a particle may stand between the
 * participle and "by"; a participle after "be" is a clause's passive verb, not a noun's.
 */
function agentDraft(analysis: Analysis, sentence: Sentence, mention: Mention): Draft | undefined {
  const { tokens } = analysis;
  if (mention.actor === null || mention.form === 'pronoun') return undefined;
  let by = mention.first - 1;
  if (tokens[by]?.normal === 'the') by -= 1;
  if (tokens[by]?.normal !== 'by') return undefined;
  let participle = by - 1;
  for (let gap = 0; gap < AGENT_GAP && participle > sentence.firstToken && GAP_POS.has(tokens[participle]?.pos ?? ''); gap += 1) participle -= 1;
  const noun = tokens[participle - 1];
  if (!isInflectedVerb(tokens[participle]) || isPassiveParticiple(tokens, participle)) return undefined;
  if (noun?.pos !== 'NOUN' || !(NAMED_ACTS.has(noun.normal) || NAMED_ACTS.has(noun.lemma))) return undefined;
  // The statement names the act by its noun phrase: "the statement issued by …".
  let first = participle - 1;
  while (first > sentence.firstToken && NOUN_PHRASE_LEAD.has(tokens[first - 1]?.pos ?? '')) first -= 1;
  return asideDraft(analysis, sentence, mention, first, participle);
}

/** Nouns of what an actor says or does (`statementNouns`, forms as written, `contentNouns` and `actNouns`, lemmas). */
const NAMED_ACTS: ReadonlySet<string> = new Set([...words.statementNouns, ...words.contentNouns, ...words.actNouns]);
/** Words a date or a particle may take between a noun's participle and "by" ("made on 11 March by", "handed down yesterday by"). */
const AGENT_GAP = 5;
const GAP_POS: ReadonlySet<string> = new Set(['ADP', 'NUM', 'PROPN', 'NOUN', 'ADV', 'ADJ', 'DET', 'PART']);
/** What may open the noun phrase of that noun ("the unilateral decision", "these allegations"). */
const NOUN_PHRASE_LEAD: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM']);

/**
 * The statement of a clause set in the sentence ("which helped broker …", ", which Minsk denied"), from
 * token `first` up to the next comma or the sentence's end, dated within it and not carried on.
 */
function asideDraft(analysis: Analysis, sentence: Sentence, mention: Mention, first: number, verb: number): Draft {
  const { tokens, text } = analysis;
  const start = (tokens[first] as Token).start;
  let last = verb;
  while (last < sentence.lastToken && tokens[last + 1]?.normal !== ',') last += 1;
  const end = trimEnd(text, start, (tokens[last] as Token).end);
  return {
    kind: kindOf(tokens[verb] as Token),
    start,
    end,
    mention,
    actorMention: mention.text,
    dateRange: [sentence.start, sentence.end],
    ownRange: [start, end],
    background: true,
    anchor: (tokens[verb] as Token).start,
    confidenceFactor: 1,
  };
}

/** A statement a mention's actor (and those coordinated with it) made or did in a sentence. */
interface Clause {
  readonly kind: 'reported' | 'action';
  readonly start: number;
  readonly end: number;
  /** Where the date nearest to the clause is looked for from (its verb). */
  readonly anchor: number;
  readonly subjects: readonly Mention[];
  /** Where a clause with a subject of its own begins and ends this one, at its conjunction ("…, and Seoul fired …"). */
  readonly next?: number;
  /** Whether several subjects do it with each other ("India and Pakistan agreed"; see `reciprocalVerbs`). */
  readonly reciprocal?: boolean;
  /** A relative clause set off by commas between the subject and its verb ("North Korea, which has held the line since 2023, fired …"), or by a comma after the verb ("…, whose contract expired on 31 October 2021"), as character offsets. */
  readonly aside?: readonly [number, number];
  /** The verb of the subject's predicate, as a token index (none for a source, a passive's agent or fronted words). */
  readonly verb?: number;
}

/** Tokens between a relaying verb and the subject of the words it relays ("said in a statement on Monday that Pyongyang …"). */
const MAX_RELAY_GAP = 8;
/** What may stand in that gap: no verb, no punctuation. */
const RELAY_GAP_POS: ReadonlySet<string> = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'NUM', 'SCONJ', 'ADV', 'ADJ', 'PRON', 'PART']);

/**
 * Whether the mention's clause relays another actor's words (`relayVerbs`: "Seoul said Pyongyang
 * rejected the offer", "Lee said Kim Yo-jong warned that …"): a registry name right after the relaying
 * verb, the subject of a reporting verb with no modal before it, is the one who spoke, and the sentence
 * is its statement, not the relayer's. Not when the relayer is the author in the first person ("I must
 * say that the Chilean authorities have responded …" is the speech's accusation), and not within one
 * side, but for a person: "Aliyev said Azerbaijan regretted …" is Aliyev's, "Dujarric said Guterres
 * welcomed …" Guterres's. What the other did in words of no report ("said Pyongyang fired two
 * missiles", "said Sputnik had been working illegally") and what it would do ("said Pyongyang would
 * regret it") stay the relayer's: an accusation or a warning of its own.
 */
function relaysAnother(tokens: readonly Token[], clause: Clause, mention: Mention, mentions: readonly Mention[], index: MentionIndex, actors: Actors): boolean {
  const relay = clause.verb;
  if (relay === undefined || mention.actor === null || !words.relayVerbs.has((tokens[relay] as Token).lemma) || words.authorPronouns.has(mention.text.toLowerCase())) return false;
  const other = mentionAfter(mentions, relay);
  if (other === undefined || other.actor === null || other.first - relay > MAX_RELAY_GAP + 1 || other.form === 'pronoun' || other.inQuote || other.actor === mention.actor) return false;
  for (let t = relay + 1; t < other.first; t += 1) if (!RELAY_GAP_POS.has(tokens[t]?.pos ?? '')) return false;
  if (sideOfActor(other.actor, actors) === sideOfActor(mention.actor, actors) && actors.get(other.actor)?.kind !== 'person') return false;
  const predicate = predicateAfter(tokens, other.first, other.last, index.byFirst);
  if (predicate === undefined || !words.reportingVerbs.has((tokens[predicate.verb] as Token).lemma)) return false;
  // "wrote to President Kim Jong Un to propose …": the addressee, with an infinitive.
  const lead = tokens.slice(other.last + 1, predicate.verb);
  if (lead.some((token) => isModal(token) || token.normal === 'to')) return false;
  return !relayerGoesOn(tokens, predicate.verb, lead.some((token) => token.lemma === 'have'));
}

/**
 * Whether the sentence goes on, after the relayed verb at `verb`, with what the relayer did: a
 * participle after a comma ("…, adding that he hoped …"), or, after a relayed verb in the past perfect
 * (`perfect`), a verb joined by a conjunction without "had" ("Trump said Iran had warned Washington and
 * described the strike as small": Trump described it). "had asked … and had raised" stays one relayed clause.
 */
function relayerGoesOn(tokens: readonly Token[], verb: number, perfect: boolean): boolean {
  const sentence = tokens[verb]?.sentence;
  for (let t = verb + 1; tokens[t]?.sentence === sentence; t += 1) {
    const token = tokens[t] as Token;
    const next = tokens[t + 1];
    if (token.normal === ',' && isGerund(next)) return true;
    if (perfect && token.pos === 'CCONJ') {
      let v = t + 1;
      while (tokens[v]?.pos === 'ADV') v += 1;
      if (tokens[v]?.pos === 'VERB') return true;
    }
  }
  return false;
}

/** Whether the token is a modal verb (`modalVerbs`). */
function isModal({ normal, lemma }: Token): boolean {
  return words.modalVerbs.has(normal) || words.modalVerbs.has(lemma);
}

/** The first mention after token `token` (mentions are in text order). */
function mentionAfter(mentions: readonly Mention[], token: number): Mention | undefined {
  return mentions[firstIndexWhereNot(mentions.length, (i) => (mentions[i] as Mention).first <= token)];
}

/**
 * Whether the mention's clause, before the comma of a closing attribution, tells what its actor
 * would do, a modal before its verb ("North Korea would pay a heavy price, Seoul said."): the words are
 * the source's warning or prediction, and when a registry actor is that source, the sentence is its
 * statement, not an act of the mention's. What the mention did ("North Korea fired two missiles, the
 * South's military said.") stays its act.
 */
function foretoldBySource(tokens: readonly Token[], clause: Clause, mention: Mention, mentions: readonly Mention[], comma: number | undefined): boolean {
  if (comma === undefined || clause.verb === undefined || mention.first > comma) return false;
  const source = mentionAfter(mentions, comma);
  return source !== undefined && source.actor !== null && source.actor !== mention.actor && tokens.slice(mention.last + 1, clause.verb).some(isModal);
}

/**
 * The clause whose actor the mention names, if any: the words it is the source of ("according to X"),
 * a passive it is the agent of, or the predicate it is the subject of. `comma` opens the sentence's
 * closing attribution, if it has one (see `closingAttribution`).
 */
function clauseOf(analysis: Analysis, sentence: Sentence, mention: Mention, comma: number | undefined, index: MentionIndex): Clause | undefined {
  const { tokens, text } = analysis;
  // The clause ends where a closing attribution after token `after` begins.
  const endAt = (start: number, after: number) => trimEnd(text, start, comma === undefined || comma < after ? sentence.end : attributionStart(tokens, comma));
  const sourced = accordingTo(tokens, sentence, mention, comma);
  if (sourced !== undefined) return { kind: 'reported', start: sourced[0], end: trimEnd(text, sourced[0], sourced[1]), anchor: mention.start, subjects: [mention] };
  const passive = passiveVerb(tokens, sentence, mention);
  if (passive !== undefined) {
    // "The offer was rejected by Pyongyang.": the agent's act is the whole clause, object first.
    const verb = tokens[passive] as Token;
    return { kind: kindOf(verb), start: sentence.start, end: endAt(sentence.start, mention.last), anchor: verb.start, subjects: [mention] };
  }
  const predicate = predicateAfter(tokens, mention.first, mention.last, index.byFirst);
  if (predicate === undefined || saysNothing(tokens, predicate)) return undefined;
  const verb = tokens[predicate.verb] as Token;
  const subjects = [...coordinated(tokens, mention, index.byLast), mention];
  // "…, Islamabad said on Thursday.": the words reported stand before their attribution; and "North
  // Korea halted …, the Defense Ministry said.": the action ends where its source's attribution begins.
  const fronted = comma !== undefined && (subjects[0] as Mention).first > comma ? frontedWords(tokens, sentence, comma) : undefined;
  if (fronted !== undefined) return { kind: 'reported', start: fronted[0], end: fronted[1], anchor: verb.start, subjects };
  const start = (tokens[predicate.first] as Token).start;
  const end = endAt(start, predicate.verb);
  const reciprocal = subjects.length > 1 && words.reciprocalVerbs.has(verb.lemma);
  const aside = asideBefore(tokens, mention.last, predicate.first) ?? relativeAfter(tokens, predicate.verb, end);
  const joiner = nextSubjectClause(tokens, predicate.verb, sentence, index, subordinateBefore(tokens, sentence, mention.first));
  const next = joiner === undefined ? undefined : (tokens[joiner] as Token).start;
  if (next === undefined || next >= end) return { kind: kindOf(verb), start, end, anchor: verb.start, subjects, reciprocal, aside, verb: predicate.verb };
  return { kind: kindOf(verb), start, end: trimEnd(text, start, next), anchor: verb.start, subjects, next, reciprocal, aside, verb: predicate.verb };
}

/**
 * Whether the title at `mentions[k]` is followed by a resolved name set off by commas, which is the
 * speaker the sentence names: an unresolved title or description right before it ("A spokesman, Mohamed
 * Hamouda, said", "Japan's top government spokesman, Minoru Kihara, said"), or an actor's own title, its
 * possessive and a few title words, before a name of its side ("The European Union's foreign policy
 * chief, Kaja Kallas, congratulated"; "the command's spokesman, Li Xi, called", with the command and Li
 * Xi both China's).
 */
function namedInApposition(tokens: readonly Token[], mentions: readonly Mention[], k: number, actors: Actors): boolean {
  const mention = mentions[k] as Mention;
  const next = mentions[k + 1];
  if (next === undefined || next.actor === null || next.form === 'pronoun' || tokens[next.first - 1]?.normal !== ',' || tokens[next.last + 1]?.normal !== ',') return false;
  if (mention.actor === null) return next.first === mention.last + 2;
  return next.actor !== mention.actor && sideOfActor(next.actor, actors) === sideOfActor(mention.actor, actors) && isPossessive(tokens[mention.last + 1]) && isTitle(tokens, mention.last + 2, next.first - 2);
}

/** Whether tokens `first`..`last` are a short title: nouns, names and adjectives ("foreign policy chief"). */
function isTitle(tokens: readonly Token[], first: number, last: number): boolean {
  if (last < first || last - first >= MAX_TITLE_WORDS) return false;
  for (let t = first; t <= last; t += 1) if (!TITLE_POS.has(tokens[t]?.pos ?? '')) return false;
  return true;
}

/**
 * Whether the mention is set off by commas after a noun phrase that a verb has as its object
 * ("summoned Azerbaijan's ambassador, Rahman Mustafayev, on Tuesday and lodged a protest"): the name is
 * that object's, and what follows its closing comma is the sentence's subject's act, not its. After a
 * preposition the first comma may close a fronted phrase instead ("In Athens, Defence Minister Nikos
 * Dendias said"), and without the closing comma the name may be the subject after a fronted clause
 * ("After meeting Modi, Sharif said").
 */
function inObjectApposition(tokens: readonly Token[], mention: Mention): boolean {
  if (tokens[mention.first - 1]?.normal !== ',' || tokens[mention.last + 1]?.normal !== ',') return false;
  let t = mention.first - 2;
  while (t >= 0 && isNounPhraseWord(tokens[t])) t -= 1;
  return t < mention.first - 2 && tokens[t]?.pos === 'VERB';
}


/**
 * The relative clause set off by commas between a subject ending at token `last` and its predicate,
 * commas included, if one stands there ("North Korea, which has held the line since 2023, fired …"). It
 * tells of another time; an appositive participle may tell the statement's ("Kim, speaking on Monday,
 * said …").
 */
function asideBefore(tokens: readonly Token[], last: number, predicateFirst: number): readonly [number, number] | undefined {
  const open = tokens[last + 1];
  const close = tokens[predicateFirst - 1];
  if (open?.normal !== ',' || close?.normal !== ',' || predicateFirst - 1 <= last + 1 || !RELATIVE_PRONOUNS.has(tokens[last + 2]?.normal ?? '')) return undefined;
  return [open.start, close.end];
}

const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'who', 'whose', 'whom', 'where']);

/**
 * The first relative clause set off by a comma after the verb at token `verb`, before character `end`,
 * up to its next comma or `end` ("confirms that it will not resume deliveries through the pipeline,
 * whose contract expired on 31 October 2021"): it tells of another act, at another time. Not one of
 * saying ("…, who said last week that …"), whose words are a statement of their own and keep their date,
 * nor one opened by "where", which may tell of the subject's own doing there ("flew to Tokyo, where he
 * met Ishiba on Monday").
 */
function relativeAfter(tokens: readonly Token[], verb: number, end: number): readonly [number, number] | undefined {
  for (let t = verb + 1; tokens[t] !== undefined && (tokens[t] as Token).start < end; t += 1) {
    if (tokens[t]?.normal !== ',' || !OTHERS_RELATIVES.has(tokens[t + 1]?.normal ?? '')) continue;
    let close = t + 1;
    let saying = false;
    while (tokens[close + 1] !== undefined && (tokens[close + 1] as Token).start < end && tokens[close + 1]?.normal !== ',') {
      close += 1;
      saying ||= isSaying(tokens[close]);
    }
    return saying ? undefined : [(tokens[t] as Token).start, (tokens[close] as Token).end];
  }
  return undefined;
}

const OTHERS_RELATIVES: ReadonlySet<string> = new Set(['which', 'who', 'whose', 'whom']);

/**
 * Words besides coordinating conjunctions that join a clause with its own subject ("…, while Seoul said …",
 * "Mali recalled its ambassador after Tebboune received …": the act after it is its subject's).
 */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['while', 'whereas', 'after', 'when', 'since']);

/**
 * Whether a subordinate clause opens right before the subject at token `first`: a conjunction ("After
 * India struck …, China urged …"), or an auxiliary opening the sentence, which makes a condition of it
 * ("Should the North provoke us, we will respond firmly").
 */
function subordinateBefore(tokens: readonly Token[], sentence: Sentence, first: number): boolean {
  const before = tokens[first - 1]?.normal ?? '';
  return SUBORDINATORS.has(before) || (first - 1 === sentence.firstToken && INVERTED_CONDITIONALS.has(before));
}

/** Words opening a subordinate clause right before its subject ("After India struck …, China urged …"). */
const SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'when', 'once', 'since', 'because', 'until', 'although', 'though', 'if', 'unless', 'while', 'whereas']);
/** Auxiliaries that open a condition before its subject: "Should the North provoke us", "Were Kyiv to attack", "Had Seoul known". */
const INVERTED_CONDITIONALS: ReadonlySet<string> = new Set(['should', 'were', 'had']);

/**
 * The conjunction (a token index) joining a clause after token `verb` with a registry actor as its
 * own subject ("North Korea blew up two roads, and South Korea fired warning shots"): that act is not the
 * first subject's. Objects joined by "and" ("fired at India and Pakistan") are no subjects, nor are
 * names joined without a comma, which share their verb ("announced that India and Pakistan had agreed").
 * A `subordinate` clause ("after India struck camps in Pakistan, China urged restraint") ends at the
 * first comma, which the main clause's subject follows.
 */
function nextSubjectClause(tokens: readonly Token[], verb: number, sentence: Sentence, index: MentionIndex, subordinate: boolean): number | undefined {
  let commaSeen = false;
  for (let t = verb + 1; t < sentence.lastToken; t += 1) {
    const comma = subordinate && !commaSeen && tokens[t]?.normal === ',';
    if (tokens[t]?.normal === ',') commaSeen = true;
    const joins = comma || (tokens[t]?.pos === 'CCONJ' ? !index.byLast.has(t - 1) : CLAUSE_JOINERS.has(tokens[t]?.normal ?? ''));
    if (!joins) continue;
    // The subject may follow a title ("…, while Thai Prime Minister Phumtham Wechayachai said …").
    for (let s = t + 1; s - t <= MAX_TITLE_WORDS + 1; s += 1) {
      const subject = index.byFirst.get(s);
      if (subject !== undefined && predicateAfter(tokens, subject.first, subject.last, index.byFirst) !== undefined) return t;
      if (!TITLE_POS.has(tokens[s]?.pos ?? '')) break;
    }
  }
  return undefined;
}

/** Tokens after an attribution's verb, up to the sentence's end ("said in a statement on Thursday."). */
const MAX_ATTRIBUTION_TAIL = 7;
/** Tokens of the source between the comma and the verb ("the South Korean Defense Ministry"). */
const MAX_SOURCE = 8;
const SOURCE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/**
 * The comma that opens an attribution closing the sentence, as a token index: a source and a speech
 * verb after a comma, then a few words that are no clause of their own ("…, Islamabad said on Thursday.",
 * "…, the Defense Ministry said in a statement."), and at most a participle of speech that quotes more
 * ("…, the minister said on Wednesday, calling the pact "a fence between good neighbours.""). After a
 * quotation closing with its comma, the closing mark stands for the comma (see `attributionStart`).
 */
function closingAttribution(tokens: readonly Token[], sentence: Sentence): number | undefined {
  const according = closingAccordingTo(tokens, sentence);
  if (according !== undefined) return according;
  return attributionEndingAt(tokens, sentence, speechParticipleComma(tokens, sentence) ?? sentence.lastToken);
}

/** The comma that opens an attribution ending at token `last` (see `closingAttribution`), as a token index. */
function attributionEndingAt(tokens: readonly Token[], sentence: Sentence, last: number): number | undefined {
  let verb = -1;
  for (let t = last; t > last - MAX_ATTRIBUTION_TAIL - 1 && t > sentence.firstToken; t -= 1) {
    const token = tokens[t] as Token;
    if (isSaying(token)) {
      verb = t;
      break;
    }
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.normal === 'that') return undefined;
  }
  if (verb === -1) return undefined;
  for (let t = verb - 1; t >= Math.max(sentence.firstToken + 1, verb - MAX_SOURCE - 1); t -= 1) {
    const token = tokens[t] as Token;
    if (token.normal === ',') return t === verb - 1 ? undefined : t;
    // A quotation closing before the source ("… "as soon as possible," Islamabad said"): the attribution opens after its mark.
    if (QUOTE_MARKS.has(token.normal) && tokens[t - 1]?.normal === ',') return t === verb - 1 ? undefined : t;
    if (!isSourceWord(tokens, t)) return undefined;
  }
  return undefined;
}

/**
 * The last comma of the sentence that a speech verb's -ing form follows with a quotation after it
 * (", calling the pact "a fence …""), as a token index: the quotation is more of the same speaker's
 * words, and a statement of its own (see `quoteDrafts`). Unquoted words (", adding that …") have no
 * statement but the one that ends there, so they stay in it.
 */
function speechParticipleComma(tokens: readonly Token[], sentence: Sentence): number | undefined {
  let quoted = false;
  for (let t = sentence.lastToken - 1; t > sentence.firstToken; t -= 1) {
    const next = tokens[t + 1] as Token;
    quoted ||= QUOTE_MARKS.has(next.normal);
    if (quoted && tokens[t]?.normal === ',' && isGerund(next) && words.speechVerbs.has(next.lemma)) return t;
  }
  return undefined;
}

const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”']);

/**
 * The last comma of the sentence that opens the writer's clause after an attribution (", days after
 * army patrols shot dozens of cattle", ", as talks resumed"; see `trailingClauseOpeners`), as a token index.
 */
function trailingClauseComma(tokens: readonly Token[], sentence: Sentence): readonly [comma: number, clause: number] | undefined {
  for (let t = sentence.lastToken - 1; t > sentence.firstToken; t -= 1) {
    const clause = tokens[t]?.normal === ',' ? trailingClauseStart(tokens, t + 1, sentence.lastToken) : undefined;
    if (clause !== undefined) return [t, clause];
  }
  return undefined;
}

/** The first token after the opener of a trailing clause that starts at `from` ("days after"), or `undefined`. */
function trailingClauseStart(tokens: readonly Token[], from: number, last: number): number | undefined {
  let t = from;
  for (let lead = 0; lead < TRAILING_LEADS && t <= last; lead += 1, t += 1) {
    const token = tokens[t] as Token;
    const opener = words.trailingClauseOpeners.find((phrase) => startsWithPhrase(tokens, t, phrase));
    if (opener !== undefined) return t + opener.length <= last ? t + opener.length : undefined;
    if (token.pos !== 'NUM' && !words.trailingClauseLeads.has(token.normal)) return undefined;
  }
  return undefined;
}

/** Words before a trailing clause's opener: "three days after", "shortly after". */
const TRAILING_LEADS = 3;

/** The comma of a closing "…, according to the ministry." as a token index. */
function closingAccordingTo(tokens: readonly Token[], sentence: Sentence): number | undefined {
  let t = sentence.lastToken;
  if (tokens[t]?.pos === 'PUNCT') t -= 1;
  for (let source = 0; source < MAX_SOURCE && t > sentence.firstToken + 2; source += 1, t -= 1) {
    const token = tokens[t] as Token;
    if (token.normal === 'to' && tokens[t - 1]?.normal === 'according' && tokens[t - 2]?.normal === ',') return source === 0 ? undefined : t - 2;
    if (!isSourceWord(tokens, t)) return undefined;
  }
  return undefined;
}

/**
 * A word of a source's name: a noun phrase's word, a possessive, a hyphen inside a word ("Kim Yo-jong")
 * or "of" inside a capitalised name ("the Joint Chiefs of Staff").
 */
function isSourceWord(tokens: readonly Token[], t: number): boolean {
  const token = tokens[t] as Token;
  if (SOURCE_POS.has(token.pos) || isPossessive(token) || isInnerHyphen(tokens, t)) return true;
  return token.normal === 'of' && tokens[t - 1]?.pos === 'PROPN' && tokens[t + 1]?.pos === 'PROPN';
}

/**
 * The words a registry actor is the source of, given by "according to": opening the sentence
 * ("According to Lee, the government will …": what follows the comma) or closing it ("…, according to
 * Islamabad.": what precedes it; `closing` is the sentence's closing attribution, see
 * `closingAttribution`). `undefined` when the mention is not such a source.
 */
function accordingTo(tokens: readonly Token[], sentence: Sentence, mention: Mention, closing: number | undefined): [number, number] | undefined {
  // "according to the Israel Defense Forces": an article may stand before the name.
  const to = tokens[mention.first - 1]?.pos === 'DET' ? mention.first - 2 : mention.first - 1;
  if (tokens[to]?.normal !== 'to' || tokens[to - 1]?.normal !== 'according') return undefined;
  if (to - 1 === sentence.firstToken) {
    let comma = mention.last + 1;
    while (comma - mention.last <= MAX_SOURCE && tokens[comma] !== undefined && tokens[comma]?.normal !== ',' && isSourceWord(tokens, comma)) comma += 1;
    const after = tokens[comma + 1];
    if (tokens[comma]?.normal !== ',' || after === undefined || after.sentence !== tokens[mention.first]?.sentence) return undefined;
    return [after.start, sentence.end];
  }
  return closing === to - 2 ? frontedWords(tokens, sentence, closing) : undefined;
}

/**
 * The participle whose agent the mention is ("were proposed by Seoul", "has been rejected by
 * Pyongyang"): the mention after "by" and a passive participle before it (one without "be" modifies a
 * noun: "talks hosted by Beijing"); a possessive after the mention makes it an owner, not the agent
 * ("hit by Pyongyang's missiles").
 */
function passiveVerb(tokens: readonly Token[], sentence: Sentence, mention: Mention): number | undefined {
  const verb = mention.first - 2;
  if (tokens[mention.first - 1]?.normal !== 'by' || verb <= sentence.firstToken || isPossessive(tokens[mention.last + 1])) return undefined;
  return isPassiveParticiple(tokens, verb) ? verb : undefined;
}

/** The words before an attribution's comma, when they are a statement's worth (`minQuoteWords` words or more). */
function frontedWords(tokens: readonly Token[], sentence: Sentence, comma: number): [number, number] | undefined {
  let count = 0;
  for (let t = sentence.firstToken; t < comma; t += 1) if (/\p{L}/u.test(tokens[t]?.normal ?? '')) count += 1;
  if (count < words.minQuoteWords) return undefined;
  return [sentence.start, attributionStart(tokens, comma)];
}

/** Where a closing attribution opened by token `comma` begins: at its comma, or after a quotation's closing mark, which the quoted words keep. */
function attributionStart(tokens: readonly Token[], comma: number): number {
  const token = tokens[comma] as Token;
  return QUOTE_MARKS.has(token.normal) ? token.end : token.start;
}

/**
 * Whether words of the quotation's sentence stand before it, with no clause punctuation right before
 * its opening mark: it ends a clause of the sentence ("Zambia spoke with Congo and agreed to meet "as
 * soon as possible," State House said"), whose act is more than the quoted words.
 */
function inClause(analysis: Analysis, quote: QuoteSpan): boolean {
  const { tokens } = analysis;
  const first = firstTokenAt(tokens, quote.start);
  const before = tokens[first - 1];
  return before !== undefined && before.sentence === tokens[first]?.sentence && before.pos !== 'PUNCT' && before.pos !== 'SPACE';
}

function withinOneSentence(analysis: Analysis, quote: QuoteSpan): boolean {
  const { tokens } = analysis;
  const first = tokens[firstTokenAt(tokens, quote.start)];
  const last = tokens[firstTokenAt(tokens, quote.end) - 1];
  return first !== undefined && last !== undefined && first.sentence === last.sentence;
}

/** The quotation's inner text without surrounding spaces or the trailing comma before an attribution. */
function trimQuote(text: string, quote: QuoteSpan): [number, number] {
  return trimmed(text, quote.innerStart, quote.innerEnd);
}

/** `[start, end)` without leading spaces, and without trailing spaces and clause punctuation (see `trimEnd`). */
export function trimmed(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s < end && /\s/.test(text[s] ?? '')) s += 1;
  return [s, trimEnd(text, s, end)];
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s,;:]/.test(text[e - 1] ?? '')) e -= 1;
  return e;
}

