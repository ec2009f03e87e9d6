import * as v from 'valibot';
import { StancetrackError, validationError } from '../errors.js';
import { isPerfect, sliceAnalysis, type Analysis, type Nlp, type Sentence, type Token } from '../nlp/index.js';
import { defaultScorer, nlpOf, scoreAnalysesWith, type Scorer } from '../score/scorer.js';
import { describeIssues } from '../track/issues.js';
import type { StanceScore, StatementTime } from '../types.js';
import { isActors } from './actors.js';
import { leadBefore, leadIndexBefore } from './clauses.js';
import { AUTHOR_CONFIDENCE, authorSentences, placeAndDate, speakerLabels, type SpeakerLabel } from './author.js';
import { firstTokenAt, indexMentions, namedAfter, startsWithPhrase } from './attribution.js';
import { fnv1a } from '../util/hash.js';
import { attributionWords as words } from './data.js';
import { dateFinder, isoDay, isoDayShifted, parsePublished } from './dates.js';
import { clauseDrafts, quoteDrafts, trimmed, type Draft } from './drafts.js';
import { findMentions, firstMentionFrom, type Mention } from './mentions.js';
import { findQuotes, type QuoteSpan } from './quotes.js';
import { documentCounterpart, findTarget, isUnaligned, mutualCounterpart, sideOfActor } from './targets.js';
import { addressesBoth } from './pairs.js';
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
  /** A transcript's speaker labels, in a document with an author (see `speakerLabels`). */
  readonly labels: readonly SpeakerLabel[];
}

/** A document whose fields and author were checked, with its publication date parsed. */
interface Checked {
  readonly document: DocumentInput;
  readonly options: ExtractOptions;
  readonly published: Date;
}

function check(document: DocumentInput, options: ExtractOptions): Checked {
  const parsed = v.safeParse(DocumentSchema, document);
  if (!parsed.success) {
    const issue = describeIssues(parsed.issues, 'document')[0];
    throw new StancetrackError('E_INPUT', `${issue?.path}: ${issue?.message}`);
  }
  const { author } = document;
  if (author !== undefined && options.actors.get(author) === undefined) {
    throw new StancetrackError('E_INPUT', `document.author: expected the id of an actor in the registry, found ${JSON.stringify(author)}; add the actor to the list given to defineActors or fix the id`);
  }
  return { document, options, published: parsePublished(document.publishedAt, 'document.publishedAt') };
}

function prepare(document: DocumentInput, options: ExtractOptions): Prepared {
  return draftStatements(check(document, options), nlpOf(options.scorer ?? defaultScorer()).analyze(document.text));
}

/** The checked document's statements drafted from its analysis (wink-nlp's reading of its text). */
function draftStatements({ document, options, published }: Checked, analysis: Analysis): Prepared {
  const { actors } = options;
  const { text, author } = document;
  const nlp: Nlp = nlpOf(options.scorer ?? defaultScorer());
  const quotes = findQuotes(text).filter((q) => wordCount(analysis.tokens, q) >= words.minQuoteWords);
  const mentions = findMentions(analysis, actors, nlp, quotes, words, document.publishedAt, author);
  const index = indexMentions(mentions);
  const { drafts: quoted, embedded, reported } = quoteDrafts(analysis, quotes, index);
  // A quotation inside a sentence may be part of a reported clause ("Belgrade condemned the raids as "an
  // act of terror against Serbs"", "Kim warned that Pyongyang would "take all necessary measures" if …"):
  // its sentence is read for clauses, and a clause of its speaker (of anyone, when nobody is named as
  // saying it) carries it, reporting verb and all.
  const embeddedQuotes = new Set(embedded.values());
  const clauses = clauseDrafts(analysis, quotes.filter((quote) => !embeddedQuotes.has(quote)), mentions, index, actors);
  const carried = (draft: Draft) => {
    const quote = embedded.get(draft);
    const speaker = draft.mention?.actor;
    return quote !== undefined && clauses.some((c) => c.start <= quote.start && quote.end <= c.end + 1 && (draft.mention === undefined || reported.has(draft) || c.mention?.actor === speaker));
  };
  const claimed = [...quoted.filter((draft) => !carried(draft)), ...clauses];
  const labels = author === undefined ? [] : speakerLabels(text, mentions, words.questionLabels);
  const sorted = (author === undefined ? claimed : withAuthorSentences(analysis, quotes, claimed, author, labels)).sort((a, b) => a.start - b.start);
  const dateline = DATELINE.exec(text);
  const drafts = dateline === null ? sorted : sorted.map((draft) => afterDateline(draft, trimmed(text, dateline.index + dateline[0].length, text.length)[0]));
  return { document, options, analysis, mentions, drafts, published, findDate: dateFinder(text, published), dateline, labels };
}

/**
 * The draft cut to after the wire dateline, which is no part of what the story reports ("JAKARTA, Feb 20
 * (EMW) - Indonesia will hold …, the minister said"), and names the day the story was filed, not the day
 * of what it reports ("CARACAS, Feb 1 - Venezuela released six Americans on Friday" is Friday's); a
 * statement with no date of its own still falls back on the dateline (see `settle`).
 */
function afterDateline(draft: Draft, datelineEnd: number): Draft {
  const [from, to] = draft.dateRange;
  const cut = (start: number, end: number) => start < datelineEnd && end > datelineEnd;
  if (!cut(from, to) && !cut(draft.start, draft.end)) return draft;
  return { ...draft, start: cut(draft.start, draft.end) ? datelineEnd : draft.start, dateRange: cut(from, to) ? [datelineEnd, to] : draft.dateRange };
}

/**
 * The drafts with the author's own sentences added (see `authorSentences`). A sentence whose only
 * clauses are the author's in the first person ("The cooperation has been good, and we hope it will be
 * even better.") is the author's whole, so that its first clause is not lost. In a transcript, the
 * sentences under a speaker label are that speaker's, and those under a question from the floor no
 * one's (see `speakerLabels`).
 */
function withAuthorSentences(analysis: Analysis, quotes: readonly QuoteSpan[], claimed: readonly Draft[], author: string, labels: readonly SpeakerLabel[]): Draft[] {
  const sentences = authorSentences(analysis, quotes, claimed.filter((draft) => draft.mention?.method !== 'author' && draft.background !== true));
  const within = (draft: Draft) => draft.background !== true && sentences.some((sentence) => sentence.start <= draft.start && draft.end <= sentence.end);
  const drafts: Draft[] = [];
  for (const sentence of sentences) {
    const label = labelOver(labels, sentence.end);
    if (label === undefined) drafts.push(authorDraft(analysis, sentence, author));
    else if (label.speaker !== null) drafts.push(authorDraft(analysis, sentence, label.speaker, label.end));
  }
  return [...claimed.filter((draft) => !within(draft)), ...drafts];
}

/** The last speaker label before `end` (a sentence's or a statement's): the one its words are said under. */
function labelOver(labels: readonly SpeakerLabel[], end: number): SpeakerLabel | undefined {
  let over: SpeakerLabel | undefined;
  for (const label of labels) {
    if (label.start >= end) break;
    over = label;
  }
  return over;
}

/**
 * A sentence of the document's author, without the line breaks wink-nlp counts as its first tokens,
 * dated by the document (see `settle`), not by the dates inside it, which mostly date what it speaks of
 * ("rejects the law signed on 3 April", "the ceasefire of 10 May"), but by one in a phrase opening it
 * before a comma, which dates the act it tells of ("In June, my government switched off the
 * loudspeakers", "In our meeting yesterday, I also raised …"): its date range is that phrase, or empty.
 * It starts at `after` at the earliest: past a transcript's speaker label.
 */
function authorDraft(analysis: Analysis, sentence: Sentence, author: string, after = 0): Draft {
  const [start, end] = trimmed(analysis.text, Math.max(sentence.start, after), sentence.end);
  const fronted = frontedPhraseEnd(analysis.tokens, sentence, start) ?? start;
  return { kind: 'quote', start, end, mention: undefined, author, actorMention: '', dateRange: [start, fronted], anchor: start, confidenceFactor: AUTHOR_CONFIDENCE };
}

/**
 * Where a phrase opening the sentence at `start` ends: at its first comma, within `FRONTED_MAX` tokens,
 * with no verb before it (a phrase, not a clause: "Although we signed in June, …" dates no act).
 */
function frontedPhraseEnd(tokens: readonly Token[], sentence: Sentence, start: number): number | undefined {
  for (let t = firstTokenAt(tokens, start), n = 0; t <= sentence.lastToken && n <= FRONTED_MAX; t += 1, n += 1) {
    const token = tokens[t] as Token;
    if (token.normal === ',') return n === 0 ? undefined : token.start;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'SCONJ') return undefined;
  }
  return undefined;
}

/** Tokens of a phrase opening an author's sentence: "In our meeting with Premier Li yesterday" is 7. */
const FRONTED_MAX = 8;

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

/**
 * The target a draft names: the partner of a pair, else the first other side named among coordinated
 * subjects acting with each other ("India and Pakistan signed a truce in Doha": each other's targets
 * before the venue or the go-between), in the draft's text, or, for a quotation, around it.
 */
function namedTarget(draft: Draft, actor: string | null, targetable: readonly Mention[], actors: Actors): string | null {
  const candidates = draft.mention?.candidates;
  return (
    draft.partner ??
    (draft.partners === undefined ? null : findTarget(targetable, draft.partners[0], draft.partners[1], actor, actors)) ??
    findTarget(targetable, draft.start, draft.end, actor, actors, candidates) ??
    (draft.kind === 'quote' ? findTarget(targetable, draft.dateRange[0], draft.dateRange[1], actor, actors, candidates) : null)
  );
}

/**
 * How sure the attribution of a draft with an actor is: its mention's confidence, or, for the author's
 * own sentence or the author speaking for its state, `AUTHOR_CONFIDENCE` (carried by the draft's factor
 * for its own sentences); times the draft's factor.
 */
function attributionConfidence(draft: Draft, spokenFor: boolean): number {
  const base = spokenFor ? AUTHOR_CONFIDENCE : draft.author === undefined ? (draft.mention?.confidence ?? 0) : 1;
  return base * draft.confidenceFactor;
}

function settle({ document, options, analysis, mentions, drafts, published, findDate, dateline: wireDateline, labels }: Prepared): { statements: Statement[]; analysis: Analysis } {
  const { text, author } = document;
  const { actors } = options;
  const documentId = document.id ?? `doc-${fnv1a(text).toString(16).padStart(8, '0')}`;
  const publishedTime: StatementTime = { date: isoDay(published), granularity: 'day', basis: 'published' };
  // The wire's dateline ("SEOUL, Aug. 18 (Yonhap) —") dates what the story reports more closely than
  // publication does; an official text's place-and-date line dates its author's words.
  const dateline = wireDateline?.indices?.[1] ?? (author === undefined ? undefined : placeAndDate(text));
  const datelineTime = dateline === undefined ? undefined : findDate(dateline[0], dateline[1], dateline[0]);
  // The day of each actor's last statement dated to one, and of the document's last dated to one of the
  // story's own days (`storyDays`): words with no date of their own were said when their actor last
  // spoke, else on the day the story last told of, in that statement's sentence or on the occasion a
  // later sentence ties them to (`occasionWords`: "Speaking at the same news conference, Abiy said…"
  // after "Erdogan told a joint news conference … late on Wednesday"), unless a perfect tells of some
  // time before ("Kim has said that he is not interested"). Another actor's words in a later sentence
  // with no such tie have no day the text gives (in the development documents, carrying the day to
  // them was wrong more often than right), unless that day is the story's event's, at most `eventDays`
  // before publication.
  const lastTime = new Map<string, StatementTime>();
  let lastDay: StatementTime | undefined;
  let lastDaySentence = -1;
  // The day of the document's last statement dated to one, whoever's: "the same day" of a later one.
  let previousDay: StatementTime | undefined;
  // The last date the text itself gave a statement, for "that year" and "that month" after it, and
  // where the text says those words (found once, not in each statement's range).
  let previousDated: StatementTime | undefined;
  const backReferences = [...text.matchAll(BACK_REFERENCE)];
  const storySince = isoDayShifted(published, -words.storyDays);
  const eventSince = isoDayShifted(published, -words.eventDays);
  // The story's last day for words with no date of their own or of their actor's, in `[from, to)` (see
  // `lastDay`): none for words in the perfect, nor off that day's occasion.
  const storyDay = (draft: Draft, from: number, to: number): StatementTime | undefined => {
    const { tokens } = analysis;
    if (lastDay === undefined || isPerfect(tokens, firstTokenAt(tokens, draft.anchor))) return undefined;
    const onOccasion = lastDay.date >= eventSince || tokens[firstTokenAt(tokens, draft.start)]?.sentence === lastDaySentence || saysAnyOf(tokens, from, to, words.occasionWords);
    return onOccasion ? lastDay : undefined;
  };
  // A go-between ("a ceasefire mediated by Qatar"), a venue ("a summit in Abuja", "met in Brasília on
  // Thursday") or the other party of an agreement the statement is about ("would not restore ties until
  // the memorandum with Somaliland was withdrawn") is named in the statement but is not what it is aimed at.
  const notAimedAt = [words.mediatorPhrases, words.venuePhrases, words.agreementPhrases];
  const targetable = mentions.filter((m) => !notAimedAt.some((phrases) => namedAfter(analysis.tokens, m.first, phrases)) && !inPlace(analysis.tokens, m, actors)).map((m) => representativeAsState(analysis, m, actors));
  const counterpartOf = documentCounterpart(targetable, actors, author === undefined ? words.counterpartDominance : words.authorCounterpartDominance);
  const authorSide = author === undefined ? undefined : sideOfActor(author, actors);
  const keptDrafts = drafts.filter((draft) => kept(draft, options));
  // In an official text, the author's state doing or saying something outside quotations is the author
  // speaking for it ("Algeria reaffirms its attachment to the unity of Mali" in its foreign ministry's
  // statement), or, in a transcript, the speaker of that state whose label it stands under ("Turkey will
  // export up to 1,000 megawatts" under "KARAOGLU:"); under another's label the state is named as any
  // actor is.
  const authorState = author === undefined ? undefined : actors.get(author)?.affiliation;
  const stateSpeaker = (draft: Draft): string | undefined => {
    if (authorState === undefined || draft.kind === 'quote' || draft.mention?.actor !== authorState) return undefined;
    const label = labelOver(labels, draft.end);
    if (label === undefined) return author;
    return label.speaker !== null && actors.get(label.speaker)?.affiliation === authorState ? label.speaker : undefined;
  };
  // Who speaks for the author's state in each draft, where someone does.
  const stateSpeakers = keptDrafts.map((draft) => stateSpeaker(draft));
  const speakers = keptDrafts.map((draft, d) => stateSpeakers[d] ?? actorOf(draft));
  const namedTargets = keptDrafts.map((draft, d) => accusedOrganisation(analysis.tokens, targetable, draft.start, draft.end, actors) ?? namedTarget(draft, speakers[d] ?? null, targetable, actors));
  // A document with no clear counterpart may still show a pair of sides aimed at each other.
  const mutualOf = mutualCounterpart(speakers, namedTargets, actors);
  const statements: Statement[] = [];
  for (const [d, draft] of keptDrafts.entries()) {
    const actor = speakers[d] ?? null;
    // The author speaking for its state, named as the subject (see `speakers`).
    const spokenFor = stateSpeakers[d] !== undefined;
    // The author's words, its own sentences or what its side does or says in them ("Egypt remains ready
    // to…" in Egypt's statement), are said when the document is issued, not on a date an earlier
    // statement of the document had.
    const ownWords = draft.author !== undefined || (actor !== null && authorSide !== undefined && sideOfActor(actor, actors) === authorSide);
    // In the present tense they are said as the document is issued, and a date in them is of what they
    // speak of: "condemns the attack on a police post near Mandera on 12 May".
    const given = ownWords && isPresentAct(analysis.tokens, draft.anchor) ? undefined : findDate(draft.dateRange[0], draft.dateRange[1], draft.anchor, { within: draft.ownRange, aside: draft.aside, speech: draft.kind !== 'action' });
    const found = inThatYear(text, draft.dateRange[0], draft.dateRange[1], given, previousDated, backReferences);
    if (found !== undefined && found.basis !== 'published') previousDated = found;
    const [from, to] = draft.ownRange ?? draft.dateRange;
    const fromPrevious = found === undefined && previousDay !== undefined ? dayAfter(text.slice(from, to), previousDay) : undefined;
    // A day is carried on only to words that have none of their own nor the day after the one before.
    const carried = found !== undefined || fromPrevious !== undefined || actor === null || ownWords ? undefined : (lastTime.get(actor) ?? storyDay(draft, from, to));
    const time = found ?? fromPrevious ?? carried ?? datelineTime ?? publishedTime;
    // A month or a year says little of when the actor's later words were said: only a day is carried on.
    if (time.basis !== 'published' && time.granularity === 'day') {
      previousDay = time;
      if (actor !== null && draft.background !== true) {
        lastTime.set(actor, time);
        if (time.date >= storySince) {
          lastDay = time;
          lastDaySentence = analysis.tokens[firstTokenAt(analysis.tokens, draft.end - 1)]?.sentence ?? -1;
        }
      }
    }
    const named = namedTargets[d] ?? null;
    // An organisation of no side is named when no one else is ("took the dispute to the court", "under
    // the U.N. Charter"); it is more often the forum than the adversary, so the document's counterpart
    // comes first. Not one a reply answers ("The EU accused Lukashenko …, which Minsk denied").
    const forum = named !== null && draft.partner === undefined && isUnaligned(named, actors) && !isObjectIn(analysis.tokens, targetable, named, draft.start, draft.end);
    const counterpart = named === null || forum ? (counterpartOf(actor, draft.coSubjects) ?? mutualOf(actor, draft.coSubjects)) : null;
    const aimed = counterpart ?? named;
    const target = aimed !== null && addressesBoth(analysis.tokens, targetable, draft.start, draft.end, actor, actors, words) ? null : aimed;
    statements.push(
      deepFreezeStatement({
        id: `${documentId}#${statements.length}`,
        documentId,
        actor,
        actorMention: draft.actorMention,
        target,
        targetBasis: target === null ? null : target === named ? 'named' : 'document',
        kind: ownWords && draft.kind === 'action' ? 'reported' : draft.kind,
        text: text.slice(draft.start, draft.end),
        span: [draft.start, draft.end],
        time,
        attribution: {
          method: draft.author === undefined && !spokenFor ? (draft.mention?.method ?? 'explicit') : 'author',
          confidence: actor === null ? 0 : attributionConfidence(draft, spokenFor),
        },
        ...(document.source === undefined ? {} : { source: document.source }),
      }),
    );
  }
  return { statements, analysis };
}

/**
 * Whether the verb at character `anchor` is an act in the simple present ("condemns", "we welcome"), not
 * a verb that relays what happened ("recalls that it condemned, in October 2024, …", `relayVerbs`).
 */
function isPresentAct(tokens: readonly Token[], anchor: number): boolean {
  const t = firstTokenAt(tokens, anchor);
  const verb = tokens[t];
  if (verb?.pos !== 'VERB' || words.relayVerbs.has(verb.lemma)) return false;
  if (verb.normal !== verb.lemma) return verb.normal.endsWith('s') && !verb.normal.endsWith('ss');
  return tokens[t - 1]?.pos === 'PRON';
}

/**
 * Whether actor `id` is named in `start`..`end` as the object of a verb, an article the registry's name
 * leaves out at most between ("I thank the European Union"), or of an aim verb's preposition ("call on
 * the European Union"): the one the act is done to, not a forum.
 * Not when asked to act ("would ask the European Union to widen sanctions against Belarusian
 * officials"): then its act has a target.
 */
function isObjectIn(tokens: readonly Token[], mentions: readonly Mention[], id: string, start: number, end: number): boolean {
  return mentions.some((m) => {
    if (m.actor !== id || m.start < start || m.start >= end || tokens[m.last + 1]?.normal === 'to') return false;
    return leadBefore(tokens, m.first)?.pos === 'VERB' || isAimedAt(tokens, m.first);
  });
}

/**
 * An organisation of no side named in `start`..`end` as the object of a verb of accusing, blaming,
 * warning, thanking or calling on (`aimVerbs`): "accused the European Union on Thursday of trying to turn
 * Georgia into 'a second front'" is aimed at the EU, which `findTarget` would pass over as a likely forum.
 */
function accusedOrganisation(tokens: readonly Token[], mentions: readonly Mention[], start: number, end: number, actors: Actors): string | null {
  // Mentions are in text order: start at the first one inside the range.
  for (let k = firstMentionFrom(mentions, start); k < mentions.length && (mentions[k] as Mention).start < end; k += 1) {
    const m = mentions[k] as Mention;
    if (m.actor === null || !isUnaligned(m.actor, actors)) continue;
    if (isAimedAt(tokens, m.first)) return m.actor;
  }
  return null;
}

/**
 * Whether the mention starting at `first` is the object of an aim verb ("accused the European Union"),
 * or of an aim verb's preposition, which `aimVerbs` writes with it ("called on the African Union").
 */
function isAimedAt(tokens: readonly Token[], first: number): boolean {
  const at = leadIndexBefore(tokens, first);
  const lead = tokens[at];
  if (lead?.pos === 'VERB') return words.aimVerbs.has(lead.lemma);
  // wink-nlp tags "thanks" after a subject as a noun ("The Ministry thanks the International Organization for Migration").
  if (lead?.pos === 'NOUN' && lead.normal === 'thanks') return words.aimVerbs.has('thank');
  // Adverbs may stand between a verb and its preposition ("work closely with"); an adjective or a noun
  // takes one too ("grateful to the OSCE Mission", "expresses its gratitude to UNIFIL").
  let before = at - 1;
  while (tokens[before]?.pos === 'ADV') before -= 1;
  const verb = tokens[before];
  return lead?.pos === 'ADP' && AIM_HEADS.has(verb?.pos ?? '') && words.aimVerbs.has(`${verb?.lemma} ${lead.normal}`);
}

/** Tags of the word an aim's preposition follows: "work with", "grateful to", "gratitude to". */
const AIM_HEADS: ReadonlySet<string> = new Set(['VERB', 'ADJ', 'NOUN']);

/**
 * A statement's time when its words point back to a year or a month told before ("The rift dates back
 * to 2021. Beijing recalled its ambassador in August that year", "downgraded ties that month"): a month
 * or a day found with no year written takes the last year the text wrote before "that year" (within
 * `THAT_YEAR_REACH` characters); with no date found, "that year" is that year, and "that month" the
 * month of the date of the statement before (`previous`). Otherwise `found` as it is. `references` are
 * the document's matches of `BACK_REFERENCE`, in text order.
 */
function inThatYear(text: string, from: number, to: number, found: StatementTime | undefined, previous: StatementTime | undefined, references: readonly RegExpMatchArray[]): StatementTime | undefined {
  if (references.length === 0) return found;
  const inRange = references.filter((r) => (r.index ?? 0) >= from && (r.index ?? 0) + r[0].length <= to);
  if (inRange.length === 0) return found;
  const that = inRange.find((r) => (r[1] ?? '').toLowerCase() === 'year')?.index;
  if (that === undefined) {
    if (found !== undefined || previous === undefined || previous.granularity === 'year') return found;
    return { date: previous.date.slice(0, 7), granularity: 'month', basis: 'relative' };
  }
  if (found?.granularity === 'year' || YEAR_IN_TEXT.test(text.slice(from, to))) return found;
  const before = text.slice(Math.max(0, that - THAT_YEAR_REACH), that);
  const year = [...before.matchAll(YEARS)].at(-1)?.[0];
  if (year === undefined) return found;
  return found === undefined ? { date: year, granularity: 'year', basis: 'relative' } : { ...found, date: `${year}${found.date.slice(4)}`, basis: 'relative' };
}

/** "that year", "the same month": words pointing back to a year or a month told before. */
const BACK_REFERENCE = /\b(?:that|the same) (year|month)\b/gi;
const YEAR_IN_TEXT = /\b\d{4}\b/;
const YEARS = /\b(?:19|20)\d{2}\b/g;
/** How far back "that year" looks for the year it means: about a paragraph. */
const THAT_YEAR_REACH = 600;

/** Words dating a statement to the day of the one before it ("rejected the order the same day", "said that day"). */
const SAME_DAY = /\b(?:the same day|that (?:same )?day)\b/i;
/** Words dating a statement to the day after the one before it ("Colombia retaliated the next day"). */
const NEXT_DAY = /\b(?:the (?:next|following) day|a day later)\b/i;

/** The day `text` dates itself to by the statement before, dated to `previous` ("the same day", "the next day"), if it does. */
function dayAfter(text: string, previous: StatementTime): StatementTime | undefined {
  if (SAME_DAY.test(text)) return previous;
  return NEXT_DAY.test(text) ? { ...previous, date: isoDayShifted(parsePublished(previous.date, 'date'), 1) } : undefined;
}

/**
 * A representative's mention, for targets, as a mention of the state the person represents: a summons
 * or a protest handed to "the Russian ambassador, Pavel Demin" or "High Commissioner Pranay Verma", and
 * talks with "his Greek counterpart George Gerapetritis", are about that state's conduct. A
 * representative is a person of a state named after a word of `representativeWords` (a comma between
 * them) or with one at the start of the mention, not one addressed in person (`personalVerbs`: "I thank
 * Ambassador Hideo Mizuno for his tireless work").
 */
function representativeAsState(analysis: Analysis, mention: Mention, actors: Actors): Mention {
  const { tokens } = analysis;
  const actor = mention.actor === null ? undefined : actors.get(mention.actor);
  const state = actor?.kind === 'person' && actor.affiliation !== undefined ? actors.get(actor.affiliation) : undefined;
  if (state?.kind !== 'state') return mention;
  const before = tokens[mention.first - 1]?.normal === ',' ? mention.first - 1 : mention.first;
  const named = namedAfter(tokens, before, words.representativeWords) || words.representativeWords.some((title) => startsWithPhrase(tokens, mention.first, title));
  return named && !inSentenceOf(analysis, mention.first, words.personalVerbs) ? { ...mention, actor: state.id } : mention;
}

/** Whether the sentence of token `t` has a word whose lemma is one of `lemmas`. */
function inSentenceOf({ tokens, sentences }: Analysis, t: number, lemmas: ReadonlySet<string>): boolean {
  const sentence = sentences[tokens[t]?.sentence ?? -1];
  if (sentence === undefined) return false;
  for (let u = sentence.firstToken; u <= sentence.lastToken; u += 1) if (lemmas.has((tokens[u] as Token).lemma)) return true;
  return false;
}

/** Whether a token from character `from` up to `to` is one of `normals` (lower case). */
function saysAnyOf(tokens: readonly Token[], from: number, to: number, normals: ReadonlySet<string>): boolean {
  for (let t = firstTokenAt(tokens, from); t < tokens.length && (tokens[t] as Token).start < to; t += 1) if (normals.has((tokens[t] as Token).normal)) return true;
  return false;
}

/**
 * Whether a state's mention names where something happens: one of its other names (its capital), right
 * after "in" and modifying no noun ("held the first meeting … in Brasília on Thursday", "its ambassador in
 * Niamey"). Its own name ("strikes in Pakistan") and a name before a noun ("in Chadian territory") may be
 * what the statement is aimed at.
 */
function inPlace(tokens: readonly Token[], mention: Mention, actors: Actors): boolean {
  if (mention.actor === null || mention.form !== 'alias' || actors.get(mention.actor)?.kind !== 'state' || tokens[mention.first - 1]?.normal !== 'in') return false;
  const next = tokens[mention.last + 1]?.pos;
  return next !== 'NOUN' && next !== 'PROPN';
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

/** Each statement scored from the document's own analysis, sliced to its span: one NLP pass, and the statements scored together. */
function scored({ statements, analysis }: { statements: Statement[]; analysis: Analysis }, scorer: Scorer): ScoredStatement[] {
  const stances = scoreAnalysesWith(scorer, statements.map((statement) => sliceAnalysis(analysis, statement.span[0], statement.span[1])));
  return statements.map((statement, k) => Object.freeze({ ...statement, stance: stances[k] as StanceScore }));
}

/**
 * `analyze` on each of several documents: in order, each one's statements or the error it threw. The
 * same results as one `analyze` call per document, but each step runs over all the documents before the
 * next, which keeps each step's code hot: wink-nlp reads them together (`Nlp.analyzeMany`), then every
 * one is drafted, then all their dates are parsed, then all are settled, then all scored. Parsing the
 * dates of 50 documents in a row made the CLI with one worker 8–16% faster (2026-12-02); reading them
 * together (no faster than one reading each in a loop of wink-nlp alone) and settling all before scoring
 * any made `analyzeStream` with batch 50 about 9% faster on 3,000 bench documents (2026-12-03, the
 * fastest of five processes each: 1,465 against 1,614 ms). Its callers check the options once
 * (`analyzeStream` with `checkExtractOptions`; the workers make theirs with `defineActors` and
 * `createScorer`), not once a batch.
 */
export function analyzeBatch(documents: readonly DocumentInput[], options: AnalyzeOptions): (ScoredStatement[] | Error)[] {
  const scorer = options.scorer ?? defaultScorer();
  const withScorer = { ...options, scorer };
  const checked = documents.map((document) => attempt(() => check(document, withScorer)));
  const analyses = nlpOf(scorer).analyzeMany(checked.flatMap((c) => (c instanceof Error ? [] : [c.document.text])));
  let next = 0;
  const prepared = checked.map((c) => (c instanceof Error ? c : attempt(() => draftStatements(c, analyses[next++] as Analysis))));
  for (const p of prepared) {
    if (p instanceof Error) continue;
    // Asking for every date a document will need parses them all now (dateFinder keeps them).
    for (const draft of p.drafts) if (kept(draft, withScorer)) p.findDate(draft.dateRange[0], draft.dateRange[1], draft.anchor);
  }
  const settled = prepared.map((p) => (p instanceof Error ? p : attempt(() => settle(p))));
  return settled.map((p) => (p instanceof Error ? p : attempt(() => scored(p, scorer))));
}

function attempt<T>(run: () => T): T | Error {
  try {
    return run();
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}


function wordCount(tokens: readonly Token[], quote: QuoteSpan): number {
  let count = 0;
  for (let t = firstTokenAt(tokens, quote.innerStart); t < tokens.length && (tokens[t]?.start ?? Infinity) < quote.innerEnd; t += 1) {
    if (/\p{L}/u.test(tokens[t]?.normal ?? '')) count += 1;
  }
  return count;
}

function deepFreezeStatement(statement: Statement): Statement {
  Object.freeze(statement.span);
  Object.freeze(statement.time);
  Object.freeze(statement.attribution);
  return Object.freeze(statement);
}
