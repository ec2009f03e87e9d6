import type { Analysis, Sentence, Token } from '../nlp/index.js';
import type { QuoteSpan } from './quotes.js';

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
