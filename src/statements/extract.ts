import * as v from 'valibot';
import { StancetrackError, validationError } from '../errors.js';
import { isGerund, isInnerHyphen, isPassiveParticiple, isPossessive, sliceAnalysis, type Analysis, type Nlp, type Sentence, type Token } from '../nlp/index.js';
import { defaultScorer, nlpOf, scoreAnalysisWith, type Scorer } from '../score/scorer.js';
import { describeIssues } from '../track/issues.js';
import type { StatementTime } from '../types.js';
import { isActors } from './actors.js';
import { AUTHOR_CONFIDENCE, authorSentences, placeAndDate } from './author.js';
import { attributeQuote, coordinated, firstTokenAt, indexMentions, MAX_TITLE_WORDS, startsWithPhrase, TITLE_POS, type MentionIndex, type Speaker } from './attribution.js';
import { fnv1a } from '../util/hash.js';
import { predicateAfter, relativePredicate, saysNothing } from './clauses.js';
import { attributionWords as words } from './data.js';
import { dateFinder, isoDay, parsePublished } from './dates.js';
import { CONFIDENCE, findMentions, type Mention } from './mentions.js';
import { pairBefore, pairPhrase } from './pairs.js';
import { findQuotes, type QuoteSpan } from './quotes.js';
import { documentCounterpart, findTarget, sideOfActor } from './targets.js';
import type { Actors, DocumentInput, ScoredStatement, Statement } from './types.js';

/** Options for `extractStatements`. */
export interface ExtractOptions {
  /** The registry from `defineActors`. */
  readonly actors: Actors;
  /** Keep (default) or drop quotations whose speaker is not in the registry (they get `actor: null`). */
  readonly unknownSpeakers?: 'keep' | 'drop';
  /** Reuse this scorer's NLP model (default: the shared default scorer's). */
  readonly scorer?: Scorer;
}

/** Options for `analyze`: extraction options; `scorer` also scores the statements. */
export type AnalyzeOptions = ExtractOptions;

const DocumentSchema = v.object(
  {
    text: v.string('expected the text as a string'),
    publishedAt: v.string('expected a date string YYYY-MM-DD'),
    source: v.optional(v.string('expected a string or nothing')),
    id: v.optional(v.pipe(v.string('expected a non-empty string or nothing'), v.minLength(1, 'expected a non-empty string or nothing'))),
    author: v.optional(v.string('expected an actor id or nothing')),
  },
  'expected a document { text, publishedAt }',
);

const ACTORS = 'expected the result of defineActors([...])';

const OptionsSchema = v.pipe(
  v.strictObject(
    {
      // Optional here and required below, so a missing registry gets the same advice as a wrong one.
      actors: v.optional(v.custom<Actors>(isActors, ACTORS)),
      unknownSpeakers: v.optional(v.picklist(['keep', 'drop'], 'expected "keep" or "drop"')),
      scorer: v.optional(v.unknown()),
    },
    'expected an options object such as { actors }',
  ),
  v.forward(
    v.rawCheck(({ dataset, addIssue }) => {
      if (dataset.typed && dataset.value.actors === undefined) addIssue({ message: ACTORS, received: 'undefined' });
    }),
    ['actors'],
  ),
);

/**
 * Checks the options of `extractStatements`, `analyze` and `analyzeStream` once, before any document.
 *
 * @throws StancetrackError `E_OPTIONS` listing every problem with its path (`options.unknownSpeakers`).
 */
export function checkExtractOptions(options: unknown): void {
  const parsed = v.safeParse(OptionsSchema, options);
  if (!parsed.success) throw validationError('E_OPTIONS', 'extraction options are invalid', describeIssues(parsed.issues, 'options'));
  // nlpOf throws E_OPTIONS for a scorer not made by createScorer.
  if (parsed.output.scorer !== undefined) nlpOf(parsed.output.scorer as Scorer);
}

/** A statement before its date, target and id are settled. */
interface Draft {
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
 * Finds every statement in a document: direct quotations with their speakers, reported speech and
 * actions of registry actors, each with its actor, target and date.
 *
 * @throws StancetrackError `E_INPUT` for a malformed document, `E_DATE` for a bad `publishedAt`,
 * `E_OPTIONS` for an unknown or invalid option, such as `actors` that do not come from `defineActors`.
 * @example
 * const statements = extractStatements(
 *   { text: '"We will keep building trust," Lee said on Saturday.', publishedAt: '2025-11-02' },
 *   { actors },
 * );
 * // [{ kind: 'quote', actor: 'lee-jae-myung', text: 'We will keep building trust', time: { date: '2025-11-01', … }, … }]
 */
export function extractStatements(document: DocumentInput, options: ExtractOptions): Statement[] {
  checkExtractOptions(options);
  return extract(document, options).statements;
}

function extract(document: DocumentInput, options: ExtractOptions): { statements: Statement[]; analysis: Analysis } {
  return settle(prepare(document, options));
}

/** A document read and its statements drafted, before their dates, targets and ids are settled. */
interface Prepared {
  readonly document: DocumentInput;
  readonly options: ExtractOptions;
  readonly analysis: Analysis;
  readonly mentions: readonly Mention[];
  readonly drafts: readonly Draft[];
  readonly published: Date;
  readonly findDate: ReturnType<typeof dateFinder>;
  /** The wire dateline opening the text, if any (see `DATELINE`). */
  readonly dateline: RegExpExecArray | null;
}

function prepare(document: DocumentInput, options: ExtractOptions): Prepared {
  const parsed = v.safeParse(DocumentSchema, document);
  if (!parsed.success) {
    const issue = describeIssues(parsed.issues, 'document')[0];
    throw new StancetrackError('E_INPUT', `${issue?.path}: ${issue?.message}`);
  }
  const { actors } = options;
  const { author } = document;
  if (author !== undefined && actors.get(author) === undefined) {
    throw new StancetrackError('E_INPUT', `document.author: expected the id of an actor in the registry, found ${JSON.stringify(author)}; add the actor to the list given to defineActors or fix the id`);
  }
  const published = parsePublished(document.publishedAt, 'document.publishedAt');
  const nlp: Nlp = nlpOf(options.scorer ?? defaultScorer());
  const { text } = document;
  const analysis = nlp.analyze(text);
  const quotes = findQuotes(text).filter((q) => wordCount(analysis.tokens, q) >= words.minQuoteWords);
  const mentions = findMentions(analysis, actors, nlp, quotes, words, document.publishedAt, author);
  const index = indexMentions(mentions);
  const { drafts: quoted, embedded } = quoteDrafts(analysis, quotes, index);
  // A quotation inside a sentence may be part of a reported clause ("Belgrade condemned the raids as "an
  // act of terror against Serbs"", "Kim warned that Pyongyang would "take all necessary measures" if …"):
  // its sentence is read for clauses, and a clause of its speaker (of anyone, when nobody is named as
  // saying it) carries it, reporting verb and all.
  const embeddedQuotes = new Set(embedded.values());
  const clauses = clauseDrafts(analysis, quotes.filter((quote) => !embeddedQuotes.has(quote)), mentions, index, actors);
  const carried = (draft: Draft) => {
    const quote = embedded.get(draft);
    const speaker = draft.mention?.actor;
    return quote !== undefined && clauses.some((c) => c.start <= quote.start && quote.end <= c.end + 1 && (draft.mention === undefined || c.mention?.actor === speaker));
  };
  const claimed = [...quoted.filter((draft) => !carried(draft)), ...clauses];
  const sorted = (author === undefined ? claimed : withAuthorSentences(analysis, quotes, claimed, author)).sort((a, b) => a.start - b.start);
  const dateline = DATELINE.exec(text);
  const drafts = dateline === null ? sorted : sorted.map((draft) => afterDateline(draft, dateline.index + dateline[0].length));
  return { document, options, analysis, mentions, drafts, published, findDate: dateFinder(text, published), dateline };
}

/**
 * The draft with its date range cut to after the wire dateline, which names the day the story was filed,
 * not the day of what it reports ("CARACAS, Feb 1 - Venezuela released six Americans on Friday" is
 * Friday's); a statement with no date of its own still falls back on the dateline (see `settle`).
 */
function afterDateline(draft: Draft, datelineEnd: number): Draft {
  const [from, to] = draft.dateRange;
  return from < datelineEnd && to > datelineEnd ? { ...draft, dateRange: [datelineEnd, to] } : draft;
}

/**
 * The drafts with the author's own sentences added (see `authorSentences`). A sentence whose only
 * clauses are the author's in the first person ("The cooperation has been good, and we hope it will be
 * even better.") is the author's whole, so that its first clause is not lost.
 */
function withAuthorSentences(analysis: Analysis, quotes: readonly QuoteSpan[], claimed: readonly Draft[], author: string): Draft[] {
  const sentences = authorSentences(analysis, quotes, claimed.filter((draft) => draft.mention?.method !== 'author'));
  const within = (draft: Draft) => sentences.some((sentence) => sentence.start <= draft.start && draft.end <= sentence.end);
  return [...claimed.filter((draft) => !within(draft)), ...sentences.map((sentence) => authorDraft(analysis.text, sentence, author))];
}

/**
 * A sentence of the document's author, without the line breaks wink-nlp counts as its first tokens,
 * dated by the document (see `settle`), not by dates inside it: its date range is empty.
 */
function authorDraft(text: string, sentence: Sentence, author: string): Draft {
  const [start, end] = trimmed(text, sentence.start, sentence.end);
  return { kind: 'quote', start, end, mention: undefined, author, actorMention: '', dateRange: [start, start], anchor: start, confidenceFactor: AUTHOR_CONFIDENCE };
}

function withinOneSentence(analysis: Analysis, quote: QuoteSpan): boolean {
  const { tokens } = analysis;
  const first = tokens[firstTokenAt(tokens, quote.start)];
  const last = tokens[firstTokenAt(tokens, quote.end) - 1];
  return first !== undefined && last !== undefined && first.sentence === last.sentence;
}

/**
 * A wire dateline opening the text: a place in capitals, a date, the agency in parentheses if any, and a
 * dash ("SEOUL, Aug. 18 (Yonhap) —", "NEW DELHI, May 10 (Reuters) - "). Group 1 is the date.
 */
const DATELINE = /^\s*\p{Lu}[\p{Lu}\p{M} .'’-]*(?:,\s*\p{Lu}[\p{L} .'’-]*)?,\s+([^()—–\n]{3,40}?)\s*(?:\([^)\n]{1,40}\)\s*)?(?:—|–|--|\s-\s)/du;

/** Whether a draft becomes a statement: quotations of unknown speakers go when `unknownSpeakers` is 'drop'. */
function kept(draft: Draft, options: ExtractOptions): boolean {
  return !(actorOf(draft) === null && draft.kind === 'quote' && options.unknownSpeakers === 'drop');
}

function actorOf(draft: Draft): string | null {
  return draft.author ?? draft.mention?.actor ?? null;
}

function settle({ document, options, analysis, mentions, drafts, published, findDate, dateline: wireDateline }: Prepared): { statements: Statement[]; analysis: Analysis } {
  const { text } = document;
  const { actors } = options;
  const documentId = document.id ?? `doc-${fnv1a(text).toString(16).padStart(8, '0')}`;
  const publishedTime: StatementTime = { date: isoDay(published), granularity: 'day', basis: 'published' };
  // The wire's dateline ("SEOUL, Aug. 18 (Yonhap) —") dates what the story reports more closely than
  // publication does; an official text's place-and-date line dates its author's words.
  const dateline = wireDateline?.indices?.[1] ?? (document.author === undefined ? undefined : placeAndDate(text));
  const datelineTime = dateline === undefined ? undefined : findDate(dateline[0], dateline[1], dateline[0]);
  const lastTime = new Map<string, StatementTime>();
  // A go-between ("a ceasefire mediated by Qatar") is named in the statement but is not what it is aimed at.
  const targetable = mentions.filter((m) => !namedAsMediator(analysis.tokens, m.first));
  const counterpartOf = documentCounterpart(targetable, actors, document.author === undefined ? words.counterpartDominance : words.authorCounterpartDominance);
  const authorSide = document.author === undefined ? undefined : sideOfActor(document.author, actors);
  const statements: Statement[] = [];
  for (const draft of drafts) {
    if (!kept(draft, options)) continue;
    const actor = actorOf(draft);
    const found = findDate(draft.dateRange[0], draft.dateRange[1], draft.anchor, { within: draft.ownRange, aside: draft.aside, speech: draft.kind !== 'action' });
    // The author's words, its own sentences or what its side does or says in them ("Egypt remains ready
    // to…" in Egypt's statement), are said when the document is issued, not on a date an earlier
    // statement of the document had.
    const ownWords = draft.author !== undefined || (actor !== null && authorSide !== undefined && sideOfActor(actor, actors) === authorSide);
    const time = found ?? (actor === null || ownWords ? undefined : lastTime.get(actor)) ?? datelineTime ?? publishedTime;
    // A month or a year says little of when the actor's later words were said: only a day is carried on.
    if (actor !== null && time.basis !== 'published' && time.granularity === 'day' && draft.background !== true) lastTime.set(actor, time);
    const candidates = draft.mention?.candidates;
    // Subjects acting with each other ("India and Pakistan signed a truce in Doha") are each other's
    // targets before anyone else the clause names: the venue or the go-between.
    const named =
      draft.partner ??
      (draft.partners === undefined ? null : findTarget(targetable, draft.partners[0], draft.partners[1], actor, actors)) ??
      findTarget(targetable, draft.start, draft.end, actor, actors, candidates) ??
      (draft.kind === 'quote' ? findTarget(targetable, draft.dateRange[0], draft.dateRange[1], actor, actors, candidates) : null);
    const target = named ?? counterpartOf(actor, draft.coSubjects);
    statements.push(
      deepFreezeStatement({
        id: `${documentId}#${statements.length}`,
        documentId,
        actor,
        actorMention: draft.actorMention,
        target,
        targetBasis: named !== null ? 'named' : target !== null ? 'document' : null,
        kind: ownWords && draft.kind === 'action' ? 'reported' : draft.kind,
        text: text.slice(draft.start, draft.end),
        span: [draft.start, draft.end],
        time,
        attribution: {
          method: draft.author === undefined ? (draft.mention?.method ?? 'explicit') : 'author',
          confidence: actor === null ? 0 : (draft.author === undefined ? (draft.mention?.confidence ?? 0) : 1) * draft.confidenceFactor,
        },
        ...(document.source === undefined ? {} : { source: document.source }),
      }),
    );
  }
  return { statements, analysis };
}

/**
 * Extracts statements and scores each one, as `scorer.score(statement.text)` would but from the
 * document's own analysis (tokens, lemmas and sentences read once, in their full context).
 *
 * @throws StancetrackError as `extractStatements`.
 * @example
 * const [first] = analyze({ text, publishedAt: '2025-11-02' }, { actors });
 * first.stance.label; // 'engagement'
 */
export function analyze(document: DocumentInput, options: AnalyzeOptions): ScoredStatement[] {
  checkExtractOptions(options);
  const scorer = options.scorer ?? defaultScorer();
  return scored(extract(document, { ...options, scorer }), scorer);
}

/** Each statement scored from the document's own analysis, sliced to its span: one NLP pass. */
function scored({ statements, analysis }: { statements: Statement[]; analysis: Analysis }, scorer: Scorer): ScoredStatement[] {
  return statements.map((statement) => Object.freeze({ ...statement, stance: scoreAnalysisWith(scorer, sliceAnalysis(analysis, statement.span[0], statement.span[1])) }));
}

/**
 * `analyze` on each of several documents: in order, each one's statements or the error it threw. The
 * same results as one `analyze` call per document, but every document is read and drafted first, then
 * all their dates are parsed, then each is settled and scored: chrono-node parsed the dates of 50
 * documents in a row in 85–99 ms per 1,200 documents, against 176–247 ms of `analyze`'s time when
 * parsing them between each document's other steps, and the CLI with one worker ran 8–16% faster
 * (2026-12-02; with two workers on the same two vCPUs, no faster). Its callers check the options once
 * (`analyzeStream` with `checkExtractOptions`; the workers make theirs with `defineActors` and
 * `createScorer`), not once a batch.
 */
export function analyzeBatch(documents: readonly DocumentInput[], options: AnalyzeOptions): (ScoredStatement[] | Error)[] {
  const scorer = options.scorer ?? defaultScorer();
  const withScorer = { ...options, scorer };
  const prepared = documents.map((document) => attempt(() => prepare(document, withScorer)));
  for (const p of prepared) {
    if (p instanceof Error) continue;
    // Asking for every date a document will need parses them all now (dateFinder keeps them).
    for (const draft of p.drafts) if (kept(draft, withScorer)) p.findDate(draft.dateRange[0], draft.dateRange[1], draft.anchor);
  }
  return prepared.map((p) => (p instanceof Error ? p : attempt(() => scored(settle(p), scorer))));
}

function attempt<T>(run: () => T): T | Error {
  try {
    return run();
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/**
 * The drafts of the quotations and of what their speakers add after them; `embedded` maps the draft of
 * each quotation within one sentence that a reported clause may carry to that quotation: one nobody is
 * named as saying, or one its speaker's words lead into ("warned that Pyongyang would "…"", "called the
 * offer "…""), not one a colon or a comma opens ("said: "…"").
 */
function quoteDrafts(analysis: Analysis, quotes: readonly QuoteSpan[], index: MentionIndex): { drafts: Draft[]; embedded: Map<Draft, QuoteSpan> } {
  const drafts: Draft[] = [];
  const embedded = new Map<Draft, QuoteSpan>();
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
    if ((speaker === undefined || ledInto) && withinOneSentence(analysis, quote)) embedded.set(draft, quote);
    // Only an attribution after the quotation goes on after it.
    if (speaker !== undefined && speaker.clause[0] >= quote.end) {
      const added = addedWords(analysis, speaker.clause);
      if (added !== undefined) drafts.push({ kind: 'reported', start: added[0], end: added[1], mention: speaker.mention, actorMention: speaker.text, dateRange: speaker.clause, anchor: added[0], confidenceFactor });
    }
    previous = speaker === undefined ? undefined : { quote, speaker };
  });
  return { drafts, embedded };
}

/** A colon or comma (and spaces) just before a quotation: it opens the quotation rather than ending a clause's words. */
const OPENS_QUOTATION = /[:,]\s*$/;

/**
 * What a speaker goes on to say in the attribution after a quotation ("…," Lee said, adding that talks
 * could resume in the spring.): from a participle of a verb of saying after a comma to the clause's end.
 */
function addedWords(analysis: Analysis, clause: readonly [number, number]): [number, number] | undefined {
  const { tokens, text } = analysis;
  for (let t = firstTokenAt(tokens, clause[0]); t < tokens.length && (tokens[t] as Token).end <= clause[1]; t += 1) {
    const token = tokens[t] as Token;
    if (isGerund(token) && words.speechVerbs.has(token.lemma) && tokens[t - 1]?.normal === ',') return [token.start, trimEnd(text, token.start, clause[1])];
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
function clauseDrafts(analysis: Analysis, quotes: readonly QuoteSpan[], mentions: readonly Mention[], index: MentionIndex, actors: Actors): Draft[] {
  const { tokens, sentences } = analysis;
  const drafts: Draft[] = [];
  // Sentences, quotations and mentions are all in text order: walk them together.
  let q = 0;
  let m = 0;
  // The two actors each sentence opened by a pair phrase was resolved to, by sentence index.
  const pairs = new Map<number, readonly [string, string]>();
  for (const [s, sentence] of sentences.entries()) {
    while (q < quotes.length && (quotes[q] as QuoteSpan).end <= sentence.start) q += 1;
    while (m < mentions.length && (mentions[m] as Mention).start < sentence.start) m += 1;
    const quote = quotes[q];
    if (quote !== undefined && quote.start < sentence.end) continue;
    const comma = closingAttribution(tokens, sentence);
    const found = drafts.length;
    // Where the current clause's part of the sentence begins, once a conjunction has split it.
    let part: number | undefined;
    for (let k = m; k < mentions.length && (mentions[k] as Mention).start < sentence.end; k += 1) {
      if (namedInApposition(tokens, mentions, k)) k += 1;
      const mention = mentions[k] as Mention;
      if (mention.inQuote || mention.end > sentence.end) continue;
      const aside = relativeDraft(analysis, sentence, mention);
      if (aside !== undefined) drafts.push(aside);
      const clause = clauseOf(analysis, sentence, mention, comma, index);
      if (clause === undefined) continue;
      const ownRange = part === undefined && clause.next === undefined ? undefined : ([part ?? sentence.start, clause.next ?? sentence.end] as const);
      const partners = clause.reciprocal ? ([(clause.subjects[0] as Mention).start, (clause.subjects[clause.subjects.length - 1] as Mention).end] as const) : undefined;
      const coSubjects = clause.subjects.length > 1 ? clause.subjects.flatMap((s) => (s.actor === null ? [] : [s.actor])) : undefined;
      for (const subject of clause.subjects) {
        drafts.push({
          kind: clause.kind,
          start: clause.start,
          end: clause.end,
          mention: subject,
          actorMention: subject.text,
          dateRange: [sentence.start, sentence.end],
          ...(ownRange === undefined ? {} : { ownRange }),
          ...(clause.aside === undefined ? {} : { aside: clause.aside }),
          ...(partners === undefined ? {} : { partners }),
          ...(coSubjects === undefined ? {} : { coSubjects }),
          anchor: clause.anchor,
          confidenceFactor: 1,
        });
      }
      // One statement per sentence, but for a clause with a subject of its own after a conjunction.
      if (clause.next === undefined) break;
      part = clause.next;
      while (k + 1 < mentions.length && (mentions[k + 1] as Mention).start < clause.next) k += 1;
    }
    if (drafts.length === found) drafts.push(...pairDrafts(analysis, s, mentions, index, actors, comma, pairs));
  }
  return drafts;
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
  const pair = phrase === undefined ? undefined : pairBefore(s, sentences, tokens, mentions, index.byLast, actors, pairs);
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
  const { tokens, text } = analysis;
  if (mention.actor === null || mention.form === 'pronoun') return undefined;
  const predicate = relativePredicate(tokens, mention.last);
  if (predicate === undefined) return undefined;
  const verb = tokens[predicate.verb] as Token;
  const start = (tokens[predicate.first] as Token).start;
  let last = predicate.verb;
  while (last < sentence.lastToken && tokens[last + 1]?.normal !== ',') last += 1;
  const end = trimEnd(text, start, (tokens[last] as Token).end);
  return {
    kind: words.reportingVerbs.has(verb.lemma) ? 'reported' : 'action',
    start,
    end,
    mention,
    actorMention: mention.text,
    dateRange: [sentence.start, sentence.end],
    ownRange: [start, end],
    background: true,
    anchor: verb.start,
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
  /** A relative clause set off by commas between the subject and its verb, as character offsets ("North Korea, which has held the line since 2023, fired …"). */
  readonly aside?: readonly [number, number];
}

/**
 * The clause whose actor the mention names, if any: the words it is the source of ("according to X"),
 * a passive it is the agent of, or the predicate it is the subject of. `comma` opens the sentence's
 * closing attribution, if it has one (see `closingAttribution`).
 */
function clauseOf(analysis: Analysis, sentence: Sentence, mention: Mention, comma: number | undefined, index: MentionIndex): Clause | undefined {
  const { tokens, text } = analysis;
  const kindOf = (verb: Token): Clause['kind'] => (words.reportingVerbs.has(verb.lemma) ? 'reported' : 'action');
  // The clause ends where a closing attribution after token `after` begins.
  const endAt = (start: number, after: number) => trimEnd(text, start, comma === undefined || comma < after ? sentence.end : (tokens[comma] as Token).start);
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
  const aside = asideBefore(tokens, mention.last, predicate.first);
  const joiner = nextSubjectClause(tokens, predicate.verb, sentence, index);
  const next = joiner === undefined ? undefined : (tokens[joiner] as Token).start;
  if (next === undefined || next >= end) return { kind: kindOf(verb), start, end, anchor: verb.start, subjects, reciprocal, aside };
  return { kind: kindOf(verb), start, end: trimEnd(text, start, next), anchor: verb.start, subjects, next, reciprocal, aside };
}

/**
 * Whether the unresolved title or description at `mentions[k]` is followed by a resolved name set off by
 * commas ("A spokesman, Mohamed Hamouda, said", "Japan's top government spokesman, Minoru Kihara,
 * said"): that name is the speaker the sentence names.
 */
function namedInApposition(tokens: readonly Token[], mentions: readonly Mention[], k: number): boolean {
  const mention = mentions[k] as Mention;
  const next = mentions[k + 1];
  if (mention.actor !== null || next === undefined || next.actor === null || next.form === 'pronoun') return false;
  return tokens[mention.last + 1]?.normal === ',' && next.first === mention.last + 2 && tokens[next.last + 1]?.normal === ',';
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

/** Words besides coordinating conjunctions that join a clause with its own subject ("…, while Seoul said …"). */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['while', 'whereas']);

/**
 * The conjunction (a token index) joining a clause after token `verb` with a registry actor as its
 * own subject ("North Korea blew up two roads, and South Korea fired warning shots"): that act is not the
 * first subject's. Objects joined by "and" ("fired at India and Pakistan") are no subjects, nor are
 * names joined without a comma, which share their verb ("announced that India and Pakistan had agreed").
 */
function nextSubjectClause(tokens: readonly Token[], verb: number, sentence: Sentence, index: MentionIndex): number | undefined {
  for (let t = verb + 1; t < sentence.lastToken; t += 1) {
    const joins = tokens[t]?.pos === 'CCONJ' ? !index.byLast.has(t - 1) : CLAUSE_JOINERS.has(tokens[t]?.normal ?? '');
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
 * "…, the Defense Ministry said in a statement.").
 */
function closingAttribution(tokens: readonly Token[], sentence: Sentence): number | undefined {
  const according = closingAccordingTo(tokens, sentence);
  if (according !== undefined) return according;
  let verb = -1;
  for (let t = sentence.lastToken; t > sentence.lastToken - MAX_ATTRIBUTION_TAIL - 1 && t > sentence.firstToken; t -= 1) {
    const token = tokens[t] as Token;
    if (token.pos === 'VERB' && words.speechVerbs.has(token.lemma)) {
      verb = t;
      break;
    }
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.normal === 'that') return undefined;
  }
  if (verb === -1) return undefined;
  for (let t = verb - 1; t >= Math.max(sentence.firstToken + 1, verb - MAX_SOURCE - 1); t -= 1) {
    const token = tokens[t] as Token;
    if (token.normal === ',') return t === verb - 1 ? undefined : t;
    if (!isSourceWord(tokens, t)) return undefined;
  }
  return undefined;
}

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
  return [(tokens[sentence.firstToken] as Token).start, (tokens[comma] as Token).start];
}


/** Whether the mention starting at token `first` follows a phrase naming a go-between (`mediatorPhrases`), "the" allowed between. */
function namedAsMediator(tokens: readonly Token[], first: number): boolean {
  const end = tokens[first - 1]?.pos === 'DET' ? first - 1 : first;
  return words.mediatorPhrases.some((phrase) => startsWithPhrase(tokens, end - phrase.length, phrase));
}

function wordCount(tokens: readonly Token[], quote: QuoteSpan): number {
  let count = 0;
  for (let t = firstTokenAt(tokens, quote.innerStart); t < tokens.length && (tokens[t]?.start ?? Infinity) < quote.innerEnd; t += 1) {
    if (/\p{L}/u.test(tokens[t]?.normal ?? '')) count += 1;
  }
  return count;
}

/** The quotation's inner text without surrounding spaces or the trailing comma before an attribution. */
function trimQuote(text: string, quote: QuoteSpan): [number, number] {
  return trimmed(text, quote.innerStart, quote.innerEnd);
}

/** `[start, end)` without leading spaces, and without trailing spaces and clause punctuation (see `trimEnd`). */
function trimmed(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s < end && /\s/.test(text[s] ?? '')) s += 1;
  return [s, trimEnd(text, s, end)];
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s,;:]/.test(text[e - 1] ?? '')) e -= 1;
  return e;
}

function deepFreezeStatement(statement: Statement): Statement {
  Object.freeze(statement.span);
  Object.freeze(statement.time);
  Object.freeze(statement.attribution);
  return Object.freeze(statement);
}
