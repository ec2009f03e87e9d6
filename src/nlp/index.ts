import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { firstIndexWhereNot } from '../util/search.js';

/** One token of the input, with its character offsets into the caller's string. */
export interface Token {
  /** Lower-cased surface form. */
  readonly normal: string;
  /** Lower-cased lemma ("threatened" → "threaten"). */
  readonly lemma: string;
  /** Universal POS tag from wink-nlp. */
  readonly pos: string;
  readonly start: number;
  readonly end: number;
  /** Index of the sentence the token belongs to. */
  readonly sentence: number;
}

/** Whether the token is written with a capital first letter in `text` ("Kai", "NZ$18"; not "no", "18"). */
export function isCapitalised(text: string, token: Token): boolean {
  return isUpperCase(text[token.start] ?? '');
}

/** Whether a character is a capital letter (one that lower-casing changes). */
function isUpperCase(character: string): boolean {
  return character !== character.toLowerCase();
}

/** Whether the token is a possessive marker ("'s", "’s", or the apostrophe after a plural). */
export function isPossessive(token: Token | undefined): boolean {
  return token !== undefined && POSSESSIVE.has(token.normal);
}

const POSSESSIVE: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);

/**
 * The closing mark (one of `closers`) of a short aside opened at token `open`: a bracket ("resolution
 * 1701 (2006)", "The Caribbean Community (CARICOM)") or a quotation ('would not retaliate "for now"'),
 * with 1 to `words` tokens inside, in the sentence of `open`; `undefined` when there is none.
 */
export function asideEnd(tokens: readonly Token[], open: number, closers: ReadonlySet<string>, words: number): number | undefined {
  for (let t = open + 1; t <= open + words + 1; t += 1) {
    const token = tokens[t];
    if (token === undefined || token.sentence !== tokens[open]?.sentence) return undefined;
    if (closers.has(token.normal)) return t > open + 1 ? t : undefined;
  }
  return undefined;
}

/** The closing bracket of a short aside in brackets opened at token `open` ("(2006)", "(CARICOM)"), with 1 to `words` tokens inside; `undefined` when there is none. */
export function bracketAsideEnd(tokens: readonly Token[], open: number, words: number): number | undefined {
  return tokens[open]?.normal === '(' ? asideEnd(tokens, open, CLOSING_BRACKET, words) : undefined;
}

const CLOSING_BRACKET: ReadonlySet<string> = new Set([')']);

/**
 * Whether token `t` is a hyphen inside a word: wink reads "Kim Yo-jong" as "Kim", "Yo", "-", "jong". An en
 * dash with no space on either side joins the same way ("the Khlong Luek–Poipet checkpoint").
 */
export function isInnerHyphen(tokens: readonly Token[], t: number): boolean {
  const token = tokens[t];
  return token !== undefined && INNER_DASHES.has(token.normal) && tokens[t - 1]?.end === token.start && tokens[t + 1]?.start === token.end;
}

const INNER_DASHES: ReadonlySet<string> = new Set(['-', '–']);

/**
 * The first token at or after `t` that is no later piece of a hyphenated word: `t` itself, or past the
 * pieces a hyphen joins on ("Ekok-Mfum" read from "-": the token after "Mfum").
 */
export function pastHyphenPieces(tokens: readonly Token[], t: number): number {
  let u = t;
  while (isInnerHyphen(tokens, u)) u += 2;
  return u;
}

/**
 * Whether token `t` is part of a hyphenated word past its first piece: the inner hyphen or the piece
 * after it ("Yo-jong": "-" and "jong").
 */
export function isHyphenatedPiece(tokens: readonly Token[], t: number): boolean {
  return isInnerHyphen(tokens, t) || isInnerHyphen(tokens, t - 1);
}

/**
 * Whether token `t` is the "and" or "or" between two adjectives before a noun ("its deep and lasting
 * ties"), or with `names` between two adjectives or names ("an Italian and Maltese push").
 */
export function joinsModifiers(tokens: readonly Token[], t: number, names: boolean): boolean {
  const token = tokens[t];
  const tags = names ? NAMES_OR_ADJECTIVES : ADJECTIVES;
  return token?.pos === 'CCONJ' && (token.normal === 'and' || token.normal === 'or') && tags.has(tokens[t - 1]?.pos ?? '') && tags.has(tokens[t + 1]?.pos ?? '');
}

const ADJECTIVES: ReadonlySet<string> = new Set(['ADJ']);
const NAMES_OR_ADJECTIVES: ReadonlySet<string> = new Set(['ADJ', 'PROPN']);

/** Words of approximation before a number: "about 300", "roughly 80 troops". */
export const APPROXIMATIONS: ReadonlySet<string> = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'approximately', 'some', 'over', 'under', 'up']);

/** Whether token `t` is a currency sign before a number: the "€" of "€100 million". */
export function isCurrencySign(tokens: readonly Token[], t: number): boolean {
  return tokens[t]?.pos === 'SYM' && tokens[t + 1]?.pos === 'NUM';
}

/** Whether tokens `t` and `t` + 1 say "per cent" ("80.5 per cent duties"). */
export function isPerCent(tokens: readonly Token[], t: number): boolean {
  return tokens[t]?.normal === 'per' && tokens[t + 1]?.normal === 'cent';
}

/** Two-word quantities by their first word: "at least", "up to", "more than". */
export const QUANTITY_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['at', new Set(['least', 'most'])],
  ['up', new Set(['to'])],
  ['more', new Set(['than'])],
  ['fewer', new Set(['than'])],
  ['less', new Set(['than'])],
]);

/**
 * Whether the verb at `index` is a passive participle: a form of "be" right before it, adverbs between
 * ("was swiftly rejected", "has been refused", "were proposed").
 */
export function isPassiveParticiple(tokens: readonly Token[], index: number): boolean {
  const be = tokens[beforeAdverbs(tokens, index)];
  return tokens[index]?.pos === 'VERB' && be !== undefined && be.pos === 'AUX' && be.lemma === 'be' && be.sentence === tokens[index]?.sentence;
}

/** Whether the verb at `index` is in the perfect: a form of "have" right before it, adverbs between ("has said", "had repeatedly warned"). */
export function isPerfect(tokens: readonly Token[], index: number): boolean {
  const have = tokens[beforeAdverbs(tokens, index)];
  return have !== undefined && have.pos === 'AUX' && have.lemma === 'have' && have.sentence === tokens[index]?.sentence;
}

/** Whether a token may stand in a noun phrase: a noun, name, pronoun, adjective, article, number or possessive ("his Chinese counterpart", "Iran's two ships"). */
export function isNounPhraseWord(token: Token | undefined): boolean {
  return token !== undefined && (NOUN_PHRASE_POS.has(token.pos) || isPossessive(token));
}

const NOUN_PHRASE_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON', 'ADJ', 'DET', 'NUM']);

/** Whether a token is a common noun or a name ("talks", "Seoul"). */
export function isNoun(token: Token | undefined): boolean {
  return token?.pos === 'NOUN' || token?.pos === 'PROPN';
}

/** Whether a token is a verb's -ing form ("combating", "speaking"). */
export function isGerund(token: Token | undefined): boolean {
  return token?.pos === 'VERB' && token.normal.endsWith('ing');
}

/** Whether a token is a verb inflected in another form than -ing: a past, a participle or a third person ("called", "detained", "held", "warns"). */
export function isInflectedVerb(token: Token | undefined): boolean {
  return token?.pos === 'VERB' && token.normal !== token.lemma && !token.normal.endsWith('ing');
}

/**
 * Whether token `t` is a participle before a noun, which it describes: "detained" in "handed 47 detained
 * fishermen back", "scheduled" in "restoring scheduled flights". Any inflected verb form with a noun, an
 * adjective or a name after it, whatever stands before; rules/phrase.ts's `isAttributiveParticiple` asks instead
 * what precedes an "-ed" form, and reads several evaluation items differently, so each keeps its own test.
 */
export function isParticipleBeforeNoun(tokens: readonly Token[], t: number): boolean {
  const next = tokens[t + 1];
  return isInflectedVerb(tokens[t]) && next !== undefined && ATTRIBUTED.has(next.pos);
}

const ATTRIBUTED: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN']);

/** Whether token `t` is an -ing form right before a noun, which it describes ("countervailing duties", "the naming dispute"). */
export function isGerundBeforeNoun(tokens: readonly Token[], t: number): boolean {
  return isGerund(tokens[t]) && tokens[t + 1]?.pos === 'NOUN';
}

/**
 * Lemmas of the verbs whose subject the words after them describe: "the door to talks is closed", "the
 * treaty remains suspended", "our hand stays extended".
 */
export const COPULAS: ReadonlySet<string> = new Set(['be', 'remain', 'stay']);

/** The index of the token before `index`, skipping the adverbs between ("was swiftly rejected": "was"). */
export function beforeAdverbs(tokens: readonly Token[], index: number): number {
  let t = index - 1;
  while (tokens[t]?.pos === 'ADV') t -= 1;
  return t;
}

/** A sentence as a token range `[firstToken, lastToken]` and a character range. */
export interface Sentence {
  readonly firstToken: number;
  readonly lastToken: number;
  readonly start: number;
  readonly end: number;
}

/** The parts of a wink-nlp document that the later stages read, as plain data. */
export interface Analysis {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}

/** A loaded wink-nlp pipeline. Create one per scorer: loading the model costs tens of milliseconds. */
export interface Nlp {
  analyze(text: string): Analysis;
  /**
   * The analyses of several texts, each the same as `analyze` gives it, read in fewer wink-nlp
   * documents: short texts are joined by a blank line and read as one. wink-nlp's fixed cost per
   * document is about as large as reading a one-sentence text, so this reads such texts about twice
   * as fast. A blank line ends a sentence (see `read` for the rare exception) and leaves the tags and
   * lemmas on either side as they are (checked on the eval sets, the goldens and the bench corpus).
   */
  analyzeMany(texts: readonly string[]): Analysis[];
}

let shared: Nlp | undefined;

/**
 * The English lite model with the stages stancetrack reads (sentence boundaries and POS, for lemmas),
 * loaded once per process and shared by every scorer. Sharing is safe because no stage is trained (no
 * custom entities) and the one form wink-nlp remembers across texts is undone by `read` (see
 * `isWholePossessive`), and necessary: wink-eng-lite-web-model 1.8.1 re-serialises a module-level value on
 * every load, so each further load is slower than the last and about the twentieth exhausts memory.
 */
export function createNlp(): Nlp {
  shared ??= loadNlp();
  return shared;
}

/** A caller's text and what wink-nlp reads in its place (see `prepare`). */
interface Prepared {
  readonly text: string;
  readonly normalized: string;
  readonly toOriginal: Int32Array | undefined;
}

/** Joins texts read as one document: a blank line, which ends a sentence in wink-nlp's reading. */
const SEPARATOR = '\n\n';

/** Texts joined into one wink-nlp document at most, and the most characters such a document holds. */
const JOIN_TEXTS = 64;
const JOIN_CHARS = 16_384;

function loadNlp(): Nlp {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  // wink tags capitalised words at a sentence start or in headlines as proper nouns and keeps them
  // unlemmatised ("Attacks continue."); such words are lemmatised again in lower case, once each. It also
  // tags an -ing form after a preposition or a comma as a noun and keeps it unlemmatised ("by closing the
  // crossings", "after closing its embassy", "loosening three of the restrictions"); with an article, a
  // pronoun, a number or a name after it, it is a verb and its object, lemmatised as the verb of "they are
  // closing", once per word.
  const properLemmas = new Map<string, string>();
  const gerundLemmas = new Map<string, string>();
  // wink keeps a word with a prefix and a hyphen whole and unlemmatised ("re-engaging", "de-escalated",
  // "co-financing", "counter-attacks"); its last piece is lemmatised as the same word without the prefix
  // would be, in a verb's or a noun's place, once per word and tag.
  const hyphenLemmas = new Map<string, string>();
  const lemmaAt = (remembered: Map<string, string>, normal: string, text: string, index: number): string => {
    let lemma = remembered.get(normal);
    if (lemma === undefined) {
      lemma = (nlp.readDoc(text).tokens().out(its.lemma as unknown as typeof its.normal)[index] ?? normal).toLowerCase();
      if (remembered.size >= LEMMA_CACHE) remembered.clear();
      remembered.set(normal, lemma);
    }
    return lemma;
  };
  // Called only for a token wink-nlp left as its own lemma: with the test for that inside it, and the next
  // token's form among its arguments, V8 ran \`analyze\` with about 6% more instructions (bench/NOTES.md).
  const lemmaOf = (normal: string, pos: string, next: string | undefined, nextNormal: string | undefined): string => {
    if (pos === 'PROPN') return lemmaAt(properLemmas, normal, normal, 0);
    if (pos !== 'NOUN' && pos !== 'VERB') return normal;
    if (isGerundNoun(pos, normal, next, nextNormal)) return lemmaAt(gerundLemmas, normal, `they are ${normal}`, 2);
    const hyphen = normal.lastIndexOf('-');
    if (hyphen <= 0 || hyphen === normal.length - 1) return normal;
    const piece = normal.slice(hyphen + 1);
    const [before, index] = pos === 'NOUN' ? ['the', 1] : piece.endsWith('ing') ? ['they are', 2] : ['they', 1];
    return normal.slice(0, hyphen + 1) + lemmaAt(hyphenLemmas, `${pos} ${normal}`, `${before} ${piece}`, index);
  };

  /**
   * Reads the texts as one document (joined by `SEPARATOR`) and cuts it into one analysis per text;
   * with one text, the plain reading of that text. wink-nlp rarely runs a sentence on across the blank
   * line (after "in the U.S. Today"); such a sentence is cut at the blank line, which gave each side
   * the tags, lemmas and sentences of its reading alone in all 494 such pairs among 50,000 pairs of
   * random texts tried.
   */
  const read = (parts: readonly Prepared[]): Analysis[] => {
    const joined = parts.length === 1 ? (parts[0] as Prepared).normalized : parts.map((p) => p.normalized).join(SEPARATOR);
    const doc = nlp.readDoc(joined);
    const tokens = doc.tokens();
    const values = tokens.out(its.value);
    const normals = tokens.out(its.normal);
    // wink-nlp types its.lemma with an addons parameter that out() does not declare; the call is supported.
    const lemmas = tokens.out(its.lemma as unknown as typeof its.normal);
    const tags = tokens.out(its.pos);
    const sentenceSpans = doc.sentences().out(its.span) as unknown as [number, number][];
    // One pass builds the tokens: offsets found by walking the text (see `TokenWalker`), the sentence
    // by stepping through wink's spans, which cover the tokens in order, and the text by its place in
    // the joined string (tokens between two texts are the separator's). No per-statement side arrays:
    // their allocation costs more than filling them.
    const analyses: Analysis[] = [];
    const walker = new TokenWalker(joined);
    let sentence = 0;
    let sentenceLast = sentenceSpans[0]?.[1] ?? Infinity;
    let part = 0;
    let { text, toOriginal } = parts[0] as Prepared;
    let partStart = 0;
    let partEnd = (parts[0] as Prepared).normalized.length;
    // The part's first token and first sentence in the joined document (its tokens are contiguous).
    let firstToken = 0;
    let firstSentence = 0;
    // The sentence of the last token of a text seen so far.
    let lastSentence = -1;
    let out: Token[] = [];
    // wink's tokens of the part read as two (see `isWholePossessive`); wink's sentence spans count them as one.
    let split: number[] = [];
    const firstOf = (i: number): number => {
      let at = i - firstToken;
      for (const k of split) if (k < i) at += 1;
      return at;
    };
    const lastOf = (i: number): number => firstOf(i) + (split.includes(i) ? 1 : 0);
    const finish = (): void => {
      // A text read alone keeps wink's spans as they are (an empty text has one empty sentence).
      const spans = parts.length === 1 ? sentenceSpans : sentenceSpans.slice(firstSentence, lastSentence + 1);
      const sentences = spans.map(([first, last]): Sentence => {
        const from = Math.max(firstOf(first), 0);
        const to = parts.length === 1 ? lastOf(last) : Math.min(lastOf(last), out.length - 1);
        // wink opens a sentence after a blank line with the line breaks as a token of their own; the
        // sentence's text starts at its first word.
        let opening = from;
        while (opening < to && out[opening]?.pos === 'SPACE') opening += 1;
        return { firstToken: from, lastToken: to, start: out[opening]?.start ?? 0, end: out[to]?.end ?? 0 };
      });
      analyses.push({ text, tokens: out, sentences });
      out = [];
      split = [];
    };
    for (let i = 0; i < values.length; i += 1) {
      while (i > sentenceLast && sentence < sentenceSpans.length - 1) {
        sentence += 1;
        sentenceLast = sentenceSpans[sentence]?.[1] ?? Infinity;
      }
      const start = walker.next(values[i] ?? '');
      const end = walker.end;
      if (start >= partEnd && part < parts.length - 1) {
        finish();
        part += 1;
        ({ text, toOriginal } = parts[part] as Prepared);
        partStart = partEnd + SEPARATOR.length;
        partEnd = partStart + (parts[part] as Prepared).normalized.length;
      }
      if (start < partStart) continue;
      if (out.length === 0 && part > 0) {
        firstToken = i;
        firstSentence = sentence;
      }
      lastSentence = sentence;
      let normal = normals[i] ?? '';
      let pos = tags[i] ?? '';
      let lemma = (lemmas[i] ?? '').toLowerCase();
      const local = start - partStart;
      let localEnd = end - partStart;
      const possessive = isWholePossessive(normal, pos);
      if (possessive) {
        split.push(i);
        localEnd -= POSSESSIVE_LENGTH;
        pos = isUpperCase(joined.charAt(start)) ? 'PROPN' : 'NOUN';
        normal = normal.slice(0, -POSSESSIVE_LENGTH);
        lemma = normal;
      }
      out.push({
        normal,
        lemma: lemma !== normal ? lemma : lemmaOf(normal, pos, i < sentenceLast ? tags[i + 1] : undefined, normals[i + 1]),
        pos,
        start: originalOffset(local, toOriginal, text),
        end: originalOffset(localEnd, toOriginal, text),
        sentence: sentence - firstSentence,
      });
      if (possessive) {
        const marker = (normals[i] ?? '').slice(-POSSESSIVE_LENGTH);
        out.push({
          normal: marker,
          lemma: marker,
          pos: 'PART',
          start: originalOffset(localEnd, toOriginal, text),
          end: originalOffset(end - partStart, toOriginal, text),
          sentence: sentence - firstSentence,
        });
      }
    }
    finish();
    return analyses;
  };

  const readOne = (text: string): Analysis => read([prepare(text)])[0] as Analysis;

  return {
    analyze: readOne,
    analyzeMany(texts) {
      const analyses: Analysis[] = [];
      let batch: Prepared[] = [];
      let chars = 0;
      const flush = (): void => {
        if (batch.length === 0) return;
        for (const analysis of read(batch)) analyses.push(analysis);
        batch = [];
        chars = 0;
      };
      for (const text of texts) {
        const prepared = prepare(text);
        if (!joinable(prepared.normalized)) {
          flush();
          analyses.push(read([prepared])[0] as Analysis);
          continue;
        }
        if (batch.length === JOIN_TEXTS || chars + prepared.normalized.length > JOIN_CHARS) flush();
        batch.push(prepared);
        chars += prepared.normalized.length + SEPARATOR.length;
      }
      flush();
      return analyses;
    },
  };
}

/** The text as wink-nlp reads it: NFC with Latin letters folded, long runs broken, "in." ending a sentence marked (see below). */
function prepare(text: string): Prepared {
  const { normalized: nfc, toOriginal } = normalize(text);
  return { text, normalized: endSentencesAtIn(breakLongRuns(nfc)), toOriginal };
}

/**
 * Whether a text can be read joined to others: not empty, no longer than a joined document, and with
 * no space at either end, which wink-nlp would read as one token with the separator.
 */
function joinable(normalized: string): boolean {
  return normalized.length > 0 && normalized.length <= JOIN_CHARS && !isSpace(normalized.charCodeAt(0)) && !isSpace(normalized.charCodeAt(normalized.length - 1));
}

/**
 * The text in Unicode NFC, so composed and decomposed spellings of a word ("détente") score alike,
 * with a map from each NFC offset back to the caller's offset (only built when NFC changes the text).
 * Normalising one cluster at a time (a code point with its combining marks, or a Hangul syllable's
 * jamo) keeps the map exact. Latin letters beyond Latin-1 are then folded (`foldLatinLetters`), in the
 * same one test for such characters.
 */
function normalize(text: string): { normalized: string; toOriginal: Int32Array | undefined } {
  // Latin-1 has no combining marks, every precomposed letter in it is NFC and none needs folding, so
  // most English text skips the normaliser entirely.
  if (!BEYOND_LATIN1.test(text)) return { normalized: text, toOriginal: undefined };
  if (text.normalize('NFC') === text) return { normalized: foldLatinLetters(text), toOriginal: undefined };
  const pieces: string[] = [];
  const map: number[] = [];
  for (const match of text.matchAll(CLUSTER)) {
    const piece = match[0].normalize('NFC');
    for (let k = 0; k < piece.length; k += 1) map.push(match.index);
    pieces.push(piece);
  }
  map.push(text.length);
  return { normalized: foldLatinLetters(pieces.join('')), toOriginal: Int32Array.from(map) };
}

const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

/**
 * The text with each Latin letter beyond Latin-1 read as its base letter ("Plenković" as "Plenkovic",
 * "Erdoğan" as "Erdogan", "Łódź" as "Lódz"): wink-eng-lite-web-model takes such a letter for a symbol of
 * its own and cuts the word around it ("Erdo", "ğ", "an", the last tagged an article), which then
 * misreads the words nearby ("the Kuźnica crossing closed": "crossing" a verb). One UTF-16 unit becomes
 * one, so offsets need no map; tokens keep the caller's spelling through their offsets, and names in an
 * actor registry are read through the same pipeline, so they match as before. A letter with no base
 * letter in its decomposition is folded by `UNDECOMPOSED` or left as it is.
 */
function foldLatinLetters(text: string): string {
  return text.replace(LATIN_BEYOND_LATIN1, baseLetter);
}

function baseLetter(letter: string): string {
  const base = letter.normalize('NFD').charAt(0);
  return base !== letter && base <= '\u00ff' ? base : (UNDECOMPOSED.get(letter) ?? letter);
}

/** Latin Extended-A and -B, and Latin Extended Additional (Vietnamese "ố", "ư"). */
const LATIN_BEYOND_LATIN1 = /[\u0100-\u024f\u1e00-\u1eff]/g;

/** Latin letters whose Unicode decomposition has no base letter: the Polish, Croatian and Maltese strokes, Turkish dotless i. */
const UNDECOMPOSED: ReadonlyMap<string, string> = new Map([
  ['ł', 'l'],
  ['Ł', 'L'],
  ['đ', 'd'],
  ['Đ', 'D'],
  ['ı', 'i'],
  ['ħ', 'h'],
  ['Ħ', 'H'],
]);

/**
 * The text with a space in place of every `LONGEST_RUN`th character of a run of non-spaces that long:
 * wink-eng-lite-web-model tests each token against `/[a-z].*\.$/i`, which takes time quadratic in the
 * token's length (a 100,000-letter "word" took 9.5 s). The length stays, so offsets need no map; what
 * is lost is a character of a token far longer than any word or lexicon term.
 */
function breakLongRuns(text: string): string {
  if (!hasLongRun(text)) return text;
  return text.replace(LONG_RUNS, (run) => {
    let broken = '';
    for (let at = 0; at < run.length; at += LONGEST_RUN) broken += at === 0 ? run.slice(0, LONGEST_RUN) : ` ${run.slice(at + 1, at + LONGEST_RUN)}`;
    return broken;
  });
}

/**
 * The text with the full stop of "in." ending a sentence ("the tariffs kick in. China raised …") read
 * as "!": wink-eng-lite-web-model takes "in." for the abbreviation of inches, one token, and runs the
 * two sentences together. The length stays, so offsets need no map; statements are cut from the
 * caller's text, so no "!" shows.
 */
function endSentencesAtIn(text: string): string {
  return text.includes('in.') || text.includes('In.') ? text.replace(IN_AT_SENTENCE_END, '$1!') : text;
}

const IN_AT_SENTENCE_END = /\b([Ii]n)\.(?=\s+["“‘']?\p{Lu})/gu;

/**
 * Whether the text has a run of more than `LONGEST_RUN` non-spaces. A loop rather than `/\S{257}/`,
 * which tries a 257-character match from every non-space and took 2.5% of `analyze` on news.
 */
function hasLongRun(text: string): boolean {
  if (text.length <= LONGEST_RUN) return false;
  let run = 0;
  for (let at = 0; at < text.length; at += 1) {
    if (isSpace(text.charCodeAt(at))) run = 0;
    else if (++run > LONGEST_RUN) return true;
  }
  return false;
}

/** Non-space characters in a row that wink-nlp reads as one token without slowing down. */
const LONGEST_RUN = 256;
const LONG_RUNS = new RegExp(`\\S{${LONGEST_RUN + 1},}`, 'g');

/** A code point followed by combining marks or Hangul medial/final jamo (which compose with it). */
const CLUSTER = /[\s\S][\p{M}\u1160-\u11FF]*/gu;

/**
 * Finds each token's offsets by walking the string. wink-nlp keeps token values verbatim and separates
 * them by whitespace, so the next token normally starts right after the skipped whitespace; otherwise it
 * is searched for in a short window (bounded, so hostile input stays linear). A token that cannot be
 * found gets an empty span at the cursor rather than a wrong one.
 */
class TokenWalker {
  /** Where the last token found ends. */
  end = 0;

  constructor(private readonly text: string) {}

  /** The start of the next token, whose text is `value`; `end` moves to its end. */
  next(value: string): number {
    const { text } = this;
    const cursor = this.end;
    let start = cursor;
    while (start < text.length && isSpace(text.charCodeAt(start))) start += 1;
    if (!text.startsWith(value, start)) {
      const near = text.slice(cursor, cursor + SEARCH_WINDOW + value.length).indexOf(value);
      if (near === -1) return cursor;
      start = cursor + near;
    }
    this.end = start + value.length;
    return start;
  }
}

/** An offset into the text wink-nlp read as an offset into the caller's `text` (see `normalize`). */
function originalOffset(offset: number, toOriginal: Int32Array | undefined, text: string): number {
  return toOriginal === undefined ? offset : (toOriginal[offset] ?? text.length);
}

/** `/\s/` on one UTF-16 code unit, with the common ASCII cases decided without a regular expression. */
function isSpace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code > 127 && WIDE_SPACE.test(String.fromCharCode(code));
}

const WIDE_SPACE = /\s/;

/**
 * Whether a noun token ends in a possessive "'s" (or "’s") that wink-nlp did not split off. It splits
 * "Israel's army" into "Israel" and "'s", but keeps "Israel's" whole before punctuation ("more than
 * Israel's.") and then remembers that form in its model for the rest of the process, so that every later
 * "Israel's", in any text, stays one token tagged as a name: the tokens of a text would depend on the texts
 * read before it. Reading every such token as the noun and "'s" gives each text the same tokens whatever
 * was read before, the ones wink-nlp gives a possessive before a word.
 */
function isWholePossessive(normal: string, pos: string): boolean {
  const cut = normal.length - POSSESSIVE_LENGTH;
  if (cut < 1 || normal.charCodeAt(cut + 1) !== 115 || (pos !== 'PROPN' && pos !== 'NOUN')) return false;
  const apostrophe = normal.charCodeAt(cut);
  return apostrophe === 39 || apostrophe === 8217;
}

/** The characters of "'s". */
const POSSESSIVE_LENGTH = 2;

/** Distinct proper-noun (or -ing) forms whose lemma is remembered before the cache starts over. */
const LEMMA_CACHE = 10_000;

/**
 * Whether wink-nlp tagged a verb's -ing form with an object or a particle as a noun: "closing" in "by
 * closing the crossings", "opening" in "by opening two crossings", "ruling" in ", ruling out any new
 * talks". A noun or an adjective after it leaves it a noun ("building materials").
 */
function isGerundNoun(pos: string, normal: string, next: string | undefined, nextNormal: string | undefined): boolean {
  return pos === 'NOUN' && normal.endsWith('ing') && next !== undefined && (GERUND_OBJECT_START.has(next) || GERUND_PARTICLES.has(nextNormal ?? ''));
}

/** Particles of phrasal verbs, after which an -ing form is the verb's: "ruling out", "setting up", "backing down". */
const GERUND_PARTICLES: ReadonlySet<string> = new Set(['out', 'off', 'up', 'down', 'back', 'away']);

/** Tags of a word that opens an -ing form's object: an article, a pronoun, a number, a name. */
const GERUND_OBJECT_START: ReadonlySet<string> = new Set(['DET', 'PRON', 'NUM', 'PROPN']);

/** Characters searched past the cursor for a token that does not start where expected. */
const SEARCH_WINDOW = 256;

/**
 * The part of an analysis inside `[start, end)`, re-based so offsets count from `start`: the tokens
 * that lie wholly inside, and the sentences they belong to, clipped to the range. Scoring a statement
 * from its document's analysis this way avoids reading its text a second time.
 */
export function sliceAnalysis(analysis: Analysis, start: number, end: number): Analysis {
  const { tokens } = analysis;
  const lo = firstIndexWhereNot(tokens.length, (i) => (tokens[i] as Token).start < start);
  const out: Token[] = [];
  const sentences: Sentence[] = [];
  let sentenceOf = -1;
  for (let t = lo; t < tokens.length && (tokens[t] as Token).end <= end; t += 1) {
    const token = tokens[t] as Token;
    if (token.sentence !== sentenceOf) {
      sentenceOf = token.sentence;
      const s = analysis.sentences[token.sentence] as Sentence;
      sentences.push({ firstToken: out.length, lastToken: out.length, start: Math.max(s.start, start) - start, end: Math.min(s.end, end) - start });
    }
    // Written out rather than spread: tokens of slices then share one shape with `analyze`'s, so the
    // scoring code that reads them stays monomorphic.
    out.push({ normal: token.normal, lemma: token.lemma, pos: token.pos, start: token.start - start, end: token.end - start, sentence: sentences.length - 1 });
    (sentences[sentences.length - 1] as { lastToken: number }).lastToken = out.length - 1;
  }
  return { text: analysis.text.slice(start, end), tokens: out, sentences };
}
