import { isGerund, isInnerHyphen, isPossessive, type Analysis, type Token } from '../nlp/index.js';
import { isNounPhraseToken, predicateAfter } from './clauses.js';
import type { AttributionWords } from './data.js';
import type { Mention } from './mentions.js';
import type { QuoteSpan } from './quotes.js';
import { firstIndexWhereNot } from '../util/search.js';
import { addToList } from '../util/multimap.js';

/** Who a quotation is attributed to, and the attribution clause around it (where its date is sought). */
export interface Speaker {
  /** The registry mention (resolved or not) that names the speaker, if any. */
  readonly mention: Mention | undefined;
  /** The words naming the speaker ("Lee", "he", "the official"). */
  readonly text: string;
  /** Character range of the attribution clause. */
  readonly clause: readonly [number, number];
  /**
   * Where the speaker's own words begin when the quotation only ends them ("Lee said he would ease
   * tensions "even if the North does not respond.""): the statement is the reported clause with its
   * quoted end, not the fragment alone.
   */
  readonly lead?: number;
}

/** How far after a closing quotation mark an attribution may start, in tokens. */
const AFTER_WINDOW = 12;

/**
 * Finds the speaker of a quotation from the attribution after it ("…," Lee said / said Lee / the
 * official told reporters / according to X) or before it (Lee said: "…" / Lee's statement read: "…").
 */
export function attributeQuote(
  analysis: Analysis,
  quote: QuoteSpan,
  bounds: { readonly previousQuoteEnd: number; readonly nextQuoteStart: number },
  index: MentionIndex,
  words: AttributionWords,
): Speaker | undefined {
  return after(analysis.tokens, quote, bounds.nextQuoteStart, index, words, analysis.text) ?? before(analysis.tokens, quote, bounds.previousQuoteEnd, index, words, analysis);
}

/** Mentions outside quotations, by their first token, their last token and every token they cover. */
export interface MentionIndex {
  readonly byFirst: ReadonlyMap<number, Mention>;
  readonly byLast: ReadonlyMap<number, Mention>;
  readonly covering: ReadonlyMap<number, Mention>;
}

/** Indexes the mentions outside quotations once per document. */
export function indexMentions(mentions: readonly Mention[]): MentionIndex {
  const byFirst = new Map<number, Mention>();
  const byLast = new Map<number, Mention>();
  const covering = new Map<number, Mention>();
  for (const m of mentions) {
    if (m.inQuote) continue;
    byFirst.set(m.first, m);
    byLast.set(m.last, m);
    for (let t = m.first; t <= m.last; t += 1) covering.set(t, m);
  }
  return { byFirst, byLast, covering };
}

function after(tokens: readonly Token[], quote: QuoteSpan, limit: number, index: MentionIndex, words: AttributionWords, text: string): Speaker | undefined {
  const { byFirst } = index;
  let t = firstTokenAt(tokens, quote.end);
  while (tokens[t] !== undefined && (tokens[t]?.pos === 'PUNCT' || tokens[t]?.pos === 'SPACE') && (tokens[t]?.start ?? 0) < limit) t += 1;
  const start = tokens[t];
  // An attribution follows its quotation in the same paragraph; after a line break a new one starts,
  // and after a full stop closing the quotation, inside its marks or after them ("… of "gambling with
  // World War Three." Vance told …", "… "an important first step". Kim accused …").
  if (start === undefined || start.start >= limit || SENTENCE_OR_LINE_END.test(text.slice(quote.end, start.start)) || endsWithFullStop(text, quote)) return undefined;
  const sentence = start.sentence;
  const clauseEnd = sentenceEnd(tokens, t, limit);
  const isSpeech = (i: number) => tokens[i]?.pos === 'VERB' && words.speechVerbs.has(tokens[i]?.lemma ?? '');
  for (let i = t; i < t + AFTER_WINDOW && tokens[i]?.sentence === sentence && (tokens[i]?.start ?? limit) < limit; i += 1) {
    const mention = byFirst.get(i);
    if (mention !== undefined) {
      const predicate = predicateAfter(tokens, mention.first, mention.last, byFirst);
      if (predicate !== undefined && isSpeech(predicate.verb)) return speaker(mention, mention.text, quote.end, clauseEnd);
    }
    if (isSpeech(i)) {
      const np = nounPhraseBefore(tokens, i, t);
      if (np !== undefined) return speaker(undefined, text.slice(np[0], np[1]), quote.end, clauseEnd);
      // "said Lee", "said a senior official": the inverted form follows the quotation directly; a verb
      // further on ("…" and warned Tehran, "…", but warned that Venezuela would respond) has its subject
      // before the quotation, and no name after it speaks the quotation.
      if (i !== t) break;
      let s = i + 1;
      while (tokens[s]?.pos === 'DET') s += 1;
      const subject = nameAfterTitle(tokens, s, byFirst) ?? byFirst.get(s) ?? index.covering.get(s);
      if (subject !== undefined) return speaker(subject, subject.text, quote.end, clauseEnd);
      const object = nounPhraseAfter(tokens, i + 1, sentence);
      if (object !== undefined) return speaker(undefined, text.slice(object[0], object[1]), quote.end, clauseEnd);
    }
    const source = words.sourcePhrases.find((phrase) => startsWithPhrase(tokens, i, phrase));
    if (source !== undefined) {
      const s = i + source.length;
      const subject = byFirst.get(s);
      if (subject !== undefined) return speaker(subject, subject.text, quote.end, clauseEnd);
    }
  }
  return undefined;
}

/**
 * An attribution before the quotation: a speech verb in the same sentence, after any earlier quotation,
 * with no sentence-ending punctuation between it and the quotation ("Lee said: …", "As he told his
 * Cabinet, …"); the "said." that closes the previous quotation's attribution does not count.
 */
function before(tokens: readonly Token[], quote: QuoteSpan, floor: number, index: MentionIndex, words: AttributionWords, analysis: Analysis): Speaker | undefined {
  const end = firstTokenAt(tokens, quote.start) - 1;
  const sentence = tokens[end]?.sentence;
  if (end < 0 || sentence === undefined) return undefined;
  const sentenceStart = Math.max(analysis.sentences[sentence]?.firstToken ?? 0, firstTokenAt(tokens, floor));
  for (let v = end; v >= sentenceStart; v -= 1) {
    const verb = tokens[v] as Token;
    if (/[.!?]/.test(verb.normal) && verb.pos === 'PUNCT') return undefined;
    if (verb.pos !== 'VERB' || !words.speechVerbs.has(verb.lemma)) continue;
    let s = v - 1;
    while (s >= sentenceStart && (tokens[s]?.pos === 'ADV' || tokens[s]?.pos === 'AUX' || tokens[s]?.pos === 'PART')) s -= 1;
    if (words.statementNouns.has(tokens[s]?.normal ?? '') && isPossessive(tokens[s - 1])) s -= 2;
    const clause = [tokens[sentenceStart]?.start ?? 0, quote.start] as const;
    const lead = reportedLead(tokens, v, end, words);
    const mention = index.byLast.get(s);
    if (mention !== undefined) return speaker(mention, mention.text, clause[0], clause[1], lead);
    const np = nounPhraseBefore(tokens, v, sentenceStart);
    if (np !== undefined) {
      // "Unification Ministry spokesperson Koo Byoung-sam called …": an agent of a registry actor.
      const owner = ownerOfAgent(tokens, np, v, index);
      return speaker(owner, owner?.text ?? analysis.text.slice(np[0], np[1]), clause[0], clause[1], lead);
    }
    // A verb with no subject of its own ("…, calling on Pyongyang to join "…"") continues an earlier one.
  }
  return undefined;
}

/**
 * Where the speaker's words begin (`Speaker.lead`) when the words between a speech verb and the
 * quotation it introduces hold a verb of their own, a reported clause the quotation ends ("said he would
 * take steps "even if …""); else `undefined` ("said: "…"", "told his Cabinet that "…""). The verb is
 * looked for up to `last`, the token before the quotation.
 */
function reportedLead(tokens: readonly Token[], verb: number, last: number, words: AttributionWords): number | undefined {
  // The words begin after the verb, or after its "that" ("told the Assembly on Tuesday that Seoul would
  // …"), or at the words the speaker adds ("said on Monday, adding that Seoul had "…"").
  let first = verb + 1;
  for (let t = verb + 1; t <= last; t += 1) {
    const pos = tokens[t]?.pos;
    if (tokens[t]?.normal === 'that') first = t + 1;
    else if (opensAddedWords(tokens, t, words)) return (tokens[t] as Token).start;
    else if (pos === 'VERB' || pos === 'AUX') return first <= last ? (tokens[first] as Token).start : undefined;
  }
  return undefined;
}

/** Whether token `t` opens what a speaker adds: a speech verb's -ing form after a comma (", adding that …"). */
export function opensAddedWords(tokens: readonly Token[], t: number, words: AttributionWords): boolean {
  const token = tokens[t];
  return isGerund(token) && words.speechVerbs.has(token?.lemma ?? '') && tokens[t - 1]?.normal === ',';
}

const SENTENCE_OR_LINE_END = /[\n.!?]/;

/** Words of a title before a name ("Congolese Foreign Minister", "Armenian Prime Minister"), and their classes. */
export const MAX_TITLE_WORDS = 4;
export const TITLE_POS: ReadonlySet<string> = new Set(['PROPN', 'ADJ', 'NOUN']);

/**
 * The registry name that ends a title starting at token `from` ("said Congolese Foreign Minister Therese
 * Wagner", "said Foreign Minister Wagner"): the last mention starting within the title's words, so the
 * person is preferred over an owner named first ("Congolese").
 */
function nameAfterTitle(tokens: readonly Token[], from: number, byFirst: ReadonlyMap<number, Mention>): Mention | undefined {
  let name: Mention | undefined;
  for (let t = from; t - from <= MAX_TITLE_WORDS && TITLE_POS.has(tokens[t]?.pos ?? '') && tokens[t]?.sentence === tokens[from]?.sentence; t += 1) {
    const mention = byFirst.get(t);
    if (mention !== undefined) {
      name = mention;
      t = mention.last;
    }
  }
  return name;
}

/**
 * The mentions coordinated before a subject: "India and Pakistan", "Seoul, Tokyo(,) and Washington". A
 * list ends in a conjunction; a comma alone before the subject joins nothing ("… attack the South, Kim
 * Yo-jong said"), nor does a comma before the conjunction after a single mention, which closes a clause
 * ("… dialogue with Seoul, and he ordered …").
 */
export function coordinated(tokens: readonly Token[], subject: Mention, byLast: ReadonlyMap<number, Mention>): Mention[] {
  let at = subject.first - 1;
  // A title may stand between the conjunction and the subject ("… and Armenian Prime Minister Nikol Pashinyan").
  // So may "the" ("Guyana and the United States signed …").
  for (let t = at; t >= subject.first - MAX_TITLE_WORDS - 1; t -= 1) {
    if (tokens[t]?.pos === 'CCONJ') at = t;
    if (!TITLE_POS.has(tokens[t]?.pos ?? '') && tokens[t]?.pos !== 'DET') break;
  }
  if (tokens[at]?.pos !== 'CCONJ') return [];
  const serial = tokens[at - 1]?.normal === ',';
  if (serial) at -= 1;
  const before: Mention[] = [];
  for (let previous = byLast.get(at - 1); previous !== undefined; previous = byLast.get(at - 1)) {
    before.unshift(previous);
    at = previous.first - 1;
    if (tokens[at]?.normal !== ',') break;
  }
  return serial && before.length < 2 ? [] : before;
}

/** Whether the quotation's words end with a full stop ("… World War Three."), which ends its sentence. */
function endsWithFullStop(text: string, quote: QuoteSpan): boolean {
  let e = quote.innerEnd;
  while (e > quote.innerStart && /\s/.test(text[e - 1] ?? '')) e -= 1;
  return text[e - 1] === '.' && text[e - 2] !== '.';
}

function speaker(mention: Mention | undefined, text: string, clauseStart: number, clauseEnd: number, lead?: number): Speaker {
  return lead === undefined ? { mention, text, clause: [clauseStart, clauseEnd] } : { mention, text, clause: [clauseStart, clauseEnd], lead };
}

/**
 * The registry mention opening a noun phrase (character range `np`) that acts through the rest of it on
 * token `verb` ("Unification Ministry spokesperson Koo Byoung-sam" before "called"), if any.
 */
function ownerOfAgent(tokens: readonly Token[], np: readonly [number, number], verb: number, index: MentionIndex): Mention | undefined {
  for (let t = firstTokenAt(tokens, np[0]); t < verb && (tokens[t]?.end ?? Infinity) <= np[1]; t += 1) {
    const mention = index.byFirst.get(t);
    if (mention !== undefined) return predicateAfter(tokens, mention.first, mention.last, index.byFirst)?.verb === verb ? mention : undefined;
  }
  return undefined;
}

/** The noun phrase ending right before token `verb` (skipping auxiliaries and adverbs), not before `floor`. */
function nounPhraseBefore(tokens: readonly Token[], verb: number, floor: number): [number, number] | undefined {
  let e = verb - 1;
  while (e >= floor && (tokens[e]?.pos === 'ADV' || tokens[e]?.pos === 'AUX')) e -= 1;
  let s = e;
  while (s - 1 >= floor && (isNounPhraseToken(tokens[s - 1]) || isInnerHyphen(tokens, s - 1))) s -= 1;
  if (e < floor || !isNounPhraseToken(tokens[e]) || tokens[e]?.pos === 'DET') return undefined;
  return [tokens[s]?.start ?? 0, tokens[e]?.end ?? 0];
}

/** The noun phrase starting at token `from` ("said a senior official"). */
function nounPhraseAfter(tokens: readonly Token[], from: number, sentence: number): [number, number] | undefined {
  let e = from;
  while ((isNounPhraseToken(tokens[e]) || isInnerHyphen(tokens, e)) && tokens[e]?.sentence === sentence) e += 1;
  if (e === from || tokens[e - 1]?.pos === 'DET') return undefined;
  return [tokens[from]?.start ?? 0, tokens[e - 1]?.end ?? 0];
}

/** Whether the tokens from `at` on read the phrase's lower-case words ("according to"). */
export function startsWithPhrase(tokens: readonly Token[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((word, k) => tokens[at + k]?.normal === word);
}

/** Whether the mention starting at token `first` follows one of `phrases` ("mediated by", "a summit in"), "the" allowed between. */
export function namedAfter(tokens: readonly Token[], first: number, phrases: readonly (readonly string[])[]): boolean {
  const end = tokens[first - 1]?.pos === 'DET' ? first - 1 : first;
  const ending = byLastWord(phrases).get(tokens[end - 1]?.normal ?? '');
  return ending !== undefined && ending.some((phrase) => startsWithPhrase(tokens, end - phrase.length, phrase));
}

const lastWordIndexes = new WeakMap<readonly (readonly string[])[], ReadonlyMap<string, readonly (readonly string[])[]>>();

/**
 * The phrases by their last word: a mention is checked against the few phrases that end in the word
 * before it, not against every phrase (`namedAfter` runs for every mention of a document).
 */
function byLastWord(phrases: readonly (readonly string[])[]): ReadonlyMap<string, readonly (readonly string[])[]> {
  let index = lastWordIndexes.get(phrases);
  if (index === undefined) {
    const built = new Map<string, (readonly string[])[]>();
    for (const phrase of phrases) addToList(built, phrase.at(-1) ?? '', phrase);
    index = built;
    lastWordIndexes.set(phrases, index);
  }
  return index;
}

/** Index of the first token starting at or after `offset` (binary search). */
export function firstTokenAt(tokens: readonly Token[], offset: number): number {
  return firstIndexWhereNot(tokens.length, (i) => (tokens[i]?.start ?? 0) < offset);
}

function sentenceEnd(tokens: readonly Token[], from: number, limit: number): number {
  const sentence = tokens[from]?.sentence;
  let t = from;
  while (tokens[t + 1] !== undefined && tokens[t + 1]?.sentence === sentence && (tokens[t + 1]?.start ?? limit) < limit) t += 1;
  return tokens[t]?.end ?? limit;
}
