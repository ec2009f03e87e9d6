import type { Analysis, Sentence, Token } from '../nlp/index.js';
import type { QuoteSpan } from './quotes.js';
import { firstMentionFrom, type Mention } from './mentions.js';

/**
 * Confidence that words of a document with an `author` are the author's: a sentence of its own may
 * also report what an unregistered side did ("The puppet forces staged drills again."), and "we" may
 * be a wider group than the author.
 */
export const AUTHOR_CONFIDENCE = 0.8;

/**
 * The sentences of a document with an `author` that are the author's own statements: outside quotation
 * marks, claimed by no other statement (`claimed`, in text order), and saying something, with a verb (or
 * `MIN_VERBLESS_WORDS` words) and an end as a sentence has ("We call on Sudan to return to the table."). A
 * header ("Statement by the Ministry of Foreign Affairs"), a greeting ("Dear citizens,") or a
 * place-and-date line has neither.
 */
export function authorSentences(analysis: Analysis, quotes: readonly QuoteSpan[], claimed: readonly { readonly start: number; readonly end: number }[]): Sentence[] {
  const { tokens } = analysis;
  const own: Sentence[] = [];
  for (const sentence of analysis.sentences) {
    const { start, end } = sentence;
    const overlaps = (span: { readonly start: number; readonly end: number }): boolean => span.start < end && span.end > start;
    if (claimed.some(overlaps) || quotes.some(overlaps)) continue;
    if (endsAsSentence(tokens, sentence) && (hasVerb(tokens, sentence) || words(tokens, sentence) >= MIN_VERBLESS_WORDS)) own.push(sentence);
  }
  return own;
}

/**
 * Words of a sentence that says something although wink-nlp tags no verb in it: a verb read as a noun
 * ("The Government thanks our partners for their swift expressions of solidarity."), not a motto
 * ("Glory to the heroes of the nation.").
 */
const MIN_VERBLESS_WORDS = 8;

const NOT_WORDS: ReadonlySet<string> = new Set(['PUNCT', 'SPACE']);

function words(tokens: readonly Token[], sentence: Sentence): number {
  let n = 0;
  for (let t = sentence.firstToken; t <= sentence.lastToken; t += 1) if (!NOT_WORDS.has(tokens[t]?.pos ?? '')) n += 1;
  return n;
}

function endsAsSentence(tokens: readonly Token[], sentence: Sentence): boolean {
  let t = sentence.lastToken;
  while (t > sentence.firstToken && CLOSERS.has(tokens[t]?.normal ?? '')) t -= 1;
  return ENDS.has(tokens[t]?.normal ?? '');
}

const ENDS: ReadonlySet<string> = new Set(['.', '!', '?']);
const CLOSERS: ReadonlySet<string> = new Set(['"', '”', "'", '’', ')']);

function hasVerb(tokens: readonly Token[], sentence: Sentence): boolean {
  for (let t = sentence.firstToken; t <= sentence.lastToken; t += 1) {
    const pos = tokens[t]?.pos;
    if (pos === 'VERB' || pos === 'AUX') return true;
  }
  return false;
}

/**
 * Where the date is in an official text's place-and-date line, its header or its signature ("N'Djamena,
 * 19 August 2025"; "Excerpt from the speech delivered by King Mohammed VI, Rabat, 29 July 2025"): the
 * first line that ends with a capitalised place, a comma and a day, month and year.
 */
export function placeAndDate(text: string): readonly [number, number] | undefined {
  return PLACE_AND_DATE.exec(text)?.indices?.[1];
}

const PLACE_AND_DATE =
  /^(?:[^\n]*,[ \t]*)?\p{Lu}[\p{L}\p{M}'’. -]{1,40},[ \t]*((?:\d{1,2}(?:st|nd|rd|th)?[ \t]+\p{Lu}\p{Ll}+\.?|\p{Lu}\p{Ll}+\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?)[ \t]+\d{4})[ \t]*$/dmu;

/**
 * A transcript's speaker label ("KARAOGLU: Welcome to Ankara…"): where it stands and what follows it,
 * up to the next label, as the speaker of the author's sentences there: an actor's id, or `null` for a
 * question from the floor, which is no one's statement.
 */
export interface SpeakerLabel {
  readonly start: number;
  /** Where the words after the label begin. */
  readonly end: number;
  readonly speaker: string | null;
}

/**
 * The speaker labels of a transcript: lines that open with a name in capitals and a colon. A label is
 * kept when a mention of an actor (see `findMentions`, in text order) lies inside its name ("KARAOGLU:"
 * for the alias "Karaoglu"), or when it is one of `questionLabels` ("QUESTION:", "Q:"); any other
 * ("PRESS RELEASE:") names no speaker and changes nothing.
 */
export function speakerLabels(text: string, mentions: readonly Mention[], questionLabels: ReadonlySet<string>): SpeakerLabel[] {
  const labels: SpeakerLabel[] = [];
  for (const match of text.matchAll(LABEL)) {
    const name = match[1] as string;
    const speaker = questionLabels.has(name.trim().toLowerCase()) ? null : mentionedIn(mentions, match.index, match.index + name.length);
    if (speaker !== undefined) labels.push({ start: match.index, end: match.index + match[0].length, speaker });
  }
  return labels;
}

/** The actor of the first resolved mention within characters `start`..`end`. */
function mentionedIn(mentions: readonly Mention[], start: number, end: number): string | undefined {
  for (let m = firstMentionFrom(mentions, start); m < mentions.length && (mentions[m] as Mention).end <= end; m += 1) {
    const actor = (mentions[m] as Mention).actor;
    if (actor !== null) return actor;
  }
  return undefined;
}

/** A line opening with a name in capitals (letters, marks, apostrophes, dots, hyphens, spaces) and a colon. */
const LABEL = /^(\p{Lu}[\p{Lu}\p{M}'’. -]{0,40}):[ \t]+/gmu;
