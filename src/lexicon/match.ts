import { APPROXIMATIONS, COPULAS, isGerund, isParticipleBeforeNoun, isPerCent, isPossessive, joinsModifiers, pastHyphenPieces, QUANTITY_PAIRS, type Token } from '../nlp/index.js';
import { DETERMINERS, isJoiner, type Pattern, type PatternIndex, type PatternWord } from './compile.js';

/** A pattern found in the text, as an inclusive token range. */
export interface Match {
  readonly pattern: Pattern;
  readonly first: number;
  readonly last: number;
}

/**
 * Finds lexicon patterns left to right; at each position the longest match wins (then the higher
 * priority), and matches never overlap or cross a sentence boundary. Each token is visited once per
 * candidate pattern, so repeated words are all found at their own positions.
 */
export function matchPatterns(compiled: PatternIndex, tokens: readonly Token[]): Match[] {
  const matches: Match[] = [];
  const memo = memoOf(compiled);
  const lookup: Lookup = {
    known: (token) => candidates(compiled, memo, token).patterns.length > 0,
    stanceWord: (token) => candidates(compiled, memo, token).singles.some((p) => p.kind === 'entry' && p.words.length === 1 && wordMatches(p.words[0] as PatternWord, token)),
  };
  let i = 0;
  // The sentence whose words are marked in `memo.seen` (see `markSentence`), or −1.
  let marked = -1;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    // The best match so far, as its pattern and last token: a `Match` is made only for the one kept.
    let best: Pattern | undefined;
    let bestLast = -1;
    // No pattern starts with a joiner (compiling drops them), so a joiner token has no candidates.
    const found = candidates(compiled, memo, token);
    const tried = secondWordAhead(found, tokens, i) ? found.patterns : found.singles;
    // Most longer candidates lack a word of theirs in the sentence: only those that have them all are
    // tried ("not" starts 110 phrases, "be" 75; see `Pattern.required`).
    const checked = tried === found.patterns && found.requiring;
    if (checked && marked !== token.sentence) {
      markSentence(memo, tokens, i);
      marked = token.sentence;
    }
    for (let k = 0; k < tried.length; k += 1) {
      if (checked && !allMarked(found.requiredIds[k] as readonly number[], memo)) continue;
      const pattern = tried[k] as Pattern;
      const last = matchAt(pattern, tokens, i, lookup);
      if (last === -1) continue;
      if (best === undefined || isBetter(pattern, last, best, bestLast)) {
        best = pattern;
        bestLast = last;
      }
    }
    if (best === undefined) {
      i += 1;
    } else {
      matches.push({ pattern: best, first: i, last: bestLast });
      i = bestLast + 1;
    }
  }
  return matches;
}

/** Whether the sentence marked last holds a form or a lemma of each required word, given by id (see `Candidates.requiredIds`). */
function allMarked(ids: readonly number[], { seen, generation }: Memo): boolean {
  for (let k = 0; k < ids.length; k += 2) if (seen[ids[k] as number] !== generation && seen[ids[k + 1] as number] !== generation) return false;
  return true;
}

/**
 * Marks in `memo.seen` the ids of the forms and lemmas of the tokens after token `i` in its sentence that
 * some pattern requires. The marks stand for the later tokens of that sentence too: they then hold more
 * words than follow them, which lets a pattern be tried for nothing, never be passed over. A new
 * generation clears the marks of the sentence before without touching them.
 */
function markSentence(memo: Memo, tokens: readonly Token[], i: number): void {
  memo.generation += 1;
  const { seen, wordIds, generation } = memo;
  const sentence = (tokens[i] as Token).sentence;
  for (let t = i + 1; t < tokens.length; t += 1) {
    const token = tokens[t] as Token;
    if (token.sentence !== sentence) break;
    const normal = wordIds.get(token.normal);
    if (normal !== undefined) seen[normal] = generation;
    const lemma = token.lemma === token.normal ? undefined : wordIds.get(token.lemma);
    if (lemma !== undefined) seen[lemma] = generation;
  }
}

function isBetter(pattern: Pattern, last: number, best: Pattern, bestLast: number): boolean {
  if (pattern.words.length !== best.words.length) return pattern.words.length > best.words.length;
  if (last !== bestLast) return last > bestLast;
  return pattern.priority > best.priority;
}

const NONE: readonly Pattern[] = [];

/**
 * The candidates of a token, remembered per index by surface form with the lemma they were found for:
 * news repeats a small vocabulary, so each distinct word is looked up and its prefixes sliced once
 * instead of at every occurrence. A form with two lemmas ("saw": see, saw) recomputes on a change.
 */
const memos = new WeakMap<PatternIndex, Memo>();

/** Distinct surface forms remembered per index before the memo starts over (bounds memory on endless vocabularies). */
const MEMO_SIZE = 50_000;

/**
 * What an index remembers while it matches: the candidates of each form seen, every word some pattern
 * requires by an id of its own, and per id the generation of the last sentence that held it (see
 * `markSentence`): words as numbers, so checking a pattern's required words reads an array.
 */
interface Memo {
  readonly candidates: Map<string, Candidates>;
  readonly wordIds: ReadonlyMap<string, number>;
  readonly seen: Int32Array;
  generation: number;
}

/**
 * The patterns a token may start, and what lets most of them be skipped: "be", "in", "not" start dozens
 * of phrases ("be =suspended", "in the wake of"), and at most places the next word is none of their
 * second words, so only the one-word patterns need trying there.
 */
interface Candidates {
  /** The lemma the patterns were found for. */
  readonly lemma: string;
  readonly patterns: readonly Pattern[];
  /** The one-word patterns among them, in the same order (just `patterns` when `seconds` is undefined, which never reads it). */
  readonly singles: readonly Pattern[];
  /**
   * Every form and lemma a second word of the longer patterns is written with; `undefined` when there
   * is nothing to rule out (no longer pattern) or the next words cannot rule it out (a second word that
   * is a prefix or may be a particle after its object, "called the strike off"): all patterns are tried.
   */
  readonly seconds: ReadonlySet<string> | undefined;
  /** Whether a second word is one of `COPULAS`, so a subject's prepositional phrase may stand before it (see `pastSubjectPhrase`). */
  readonly predicated: boolean;
  /** Each pattern's required words (`Pattern.required`) as ids of `Memo.wordIds`, in the order of `patterns`. */
  readonly requiredIds: readonly (readonly number[])[];
  /** Whether any of `patterns` has a required word. */
  readonly requiring: boolean;
}

function memoOf(compiled: PatternIndex): Memo {
  let memo = memos.get(compiled);
  if (memo === undefined) {
    const wordIds = new Map<string, number>();
    for (const list of [compiled.byWord, compiled.byPrefix]) {
      for (const patterns of list.values()) for (const { required } of patterns) for (const word of required) if (!wordIds.has(word)) wordIds.set(word, wordIds.size);
    }
    memo = { candidates: new Map(), wordIds, seen: new Int32Array(wordIds.size), generation: 0 };
    memos.set(compiled, memo);
  }
  return memo;
}

/** The patterns whose first word can match the token: by surface form, by lemma, by wildcard prefix. */
function candidates(compiled: PatternIndex, memo: Memo, token: Token): Candidates {
  const known = memo.candidates.get(token.normal);
  return known !== undefined && known.lemma === token.lemma ? known : findCandidates(compiled, memo, token);
}

/**
 * `candidates` for a token the memo does not hold, remembered. A function of its own: its closures
 * capture its locals, which makes V8 allocate their context at every call of the function holding them.
 */
function findCandidates(compiled: PatternIndex, memo: Memo, token: Token): Candidates {
  const surface = surfaceCandidates(compiled, token.normal);
  const byLemma = token.lemma === token.normal ? NONE : (compiled.byWord.get(token.lemma) ?? NONE);
  const patterns = byLemma.length === 0 ? surface : surface.length === 0 ? byLemma : [...surface, ...byLemma];
  const seconds = secondWordsOf(patterns);
  const singles = seconds === undefined ? patterns : patterns.filter((p) => p.words.length === 1);
  const predicated = seconds !== undefined && [...COPULAS].some((verb) => seconds.has(verb));
  const requiredIds = patterns.map(({ required }) => required.map((word) => memo.wordIds.get(word) as number));
  const requiring = patterns.some(({ required }) => required.length > 0);
  const found: Candidates = { lemma: token.lemma, patterns, singles, seconds, predicated, requiredIds, requiring };
  if (memo.candidates.size >= MEMO_SIZE) memo.candidates.clear();
  memo.candidates.set(token.normal, found);
  return found;
}

/** See `Candidates.seconds`. */
function secondWordsOf(patterns: readonly Pattern[]): ReadonlySet<string> | undefined {
  const seconds = new Set<string>();
  for (const { words } of patterns) {
    const second = words[1];
    if (second === undefined) continue;
    if (second.prefix || isVerbParticle(words)) return undefined;
    seconds.add(second.normal).add(second.lemma);
    if (second.determiner) {
      for (const determiner of DETERMINERS) seconds.add(determiner);
      // A name, an adjective or a possessive may stand in for the determiner (see `inSequence`), leaving the third word second.
      const third = words[2];
      if (third?.prefix) return undefined;
      if (third !== undefined) seconds.add(third.normal).add(third.lemma);
    }
  }
  return seconds.size === 0 ? undefined : seconds;
}

/**
 * Whether a token where a second word could stand holds one of `seconds` (always, when there are none to
 * rule out): the next word after any joiners, after up to `SKIPPABLE_MAX` skippable words as `inSequence`
 * skips them, or after a subject's prepositional phrase when `predicated`. It may say yes where no
 * pattern matches (another sentence, a modifier phrase that skips nothing), never no where one does.
 */
function secondWordAhead({ seconds, predicated }: Candidates, tokens: readonly Token[], start: number): boolean {
  if (seconds === undefined) return true;
  // A passive's adverbs ("were once again suspended") stand after a form of "be" only (see `inSequence`).
  const adverbs = (tokens[start] as Token).lemma === 'be';
  let t = start + 1;
  while (t < tokens.length && isJoiner((tokens[t] as Token).normal)) t += 1;
  const from = t;
  for (let skipped = 0; t < tokens.length; t += 1) {
    const token = tokens[t] as Token;
    // A number stands for a determiner (see `wordMatches`); a determiner second word put them all, "the" among them, in `seconds`.
    if (seconds.has(token.normal) || seconds.has(token.lemma) || (token.pos === 'NUM' && seconds.has('the'))) return true;
    if (seconds.has(copulaAfterAuxiliary(tokens, t) ?? '')) return true;
    // The first noun of a compound may be skipped before a term's last word (see `isCompoundNoun`).
    const head = compoundHead(tokens, t);
    if (head !== undefined && (seconds.has(head.normal) || (head.pos === 'NOUN' && seconds.has(head.lemma)))) return true;
    const percent = percentLength(tokens, t);
    if (percent > 0) {
      t += percent - 1;
      continue;
    }
    if (predicated && opensPhrase(token)) return pastSubjectPhrase(tokens, t, isAnyPredicate, seconds) !== t;
    const nameGoesOn = continuesName(tokens, t, from);
    const approximation = approximatorLength(tokens, t);
    if (!nameGoesOn && (skipLimitReached(tokens, t, skipped, SKIPPABLE_MAX) || !(isSkippable(token) || modifiesNextNoun(tokens, t) || approximation > 0 || (adverbs && token.pos === 'ADV')))) return false;
    if (!nameGoesOn && approximation === 0) skipped += 1;
    t = pastSkippedWord(tokens, t + 1) - 1;
  }
  return false;
}

function surfaceCandidates(compiled: PatternIndex, normal: string): readonly Pattern[] {
  let found = compiled.byWord.get(normal) ?? NONE;
  for (const length of compiled.prefixLengths) {
    if (length > normal.length) break;
    const byPrefix = compiled.byPrefix.get(normal.slice(0, length));
    if (byPrefix !== undefined) found = [...found, ...byPrefix];
  }
  return found;
}

/** What `inSequence` asks of the lexicon about a token it might skip. */
interface Lookup {
  /** Whether the token starts any pattern. */
  readonly known: (token: Token) => boolean;
  /** Whether the token is a one-word entry of its own ("ceasefire"). */
  readonly stanceWord: (token: Token) => boolean;
}

/** Returns the index of the last token of the match starting at `start`, or −1. */
function matchAt(pattern: Pattern, tokens: readonly Token[], start: number, lookup: Lookup): number {
  const { words } = pattern;
  const first = words[0] as PatternWord;
  if (pattern.pos !== undefined && !pattern.pos.has((tokens[start] as Token).pos)) return -1;
  // A candidate's plain first word was looked up by this token's form or lemma, so it matches; only
  // a prefix or exact first word needs looking at, and one-word plain patterns (most entries) answer at once.
  const firstKnown = !first.prefix && !first.exact;
  if (firstKnown && words.length === 1) return start;
  if (!firstKnown && !wordMatches(first, tokens[start] as Token)) return -1;
  const sentence = (tokens[start] as Token).sentence;
  const last = inSequence(pattern, tokens, start, sentence, lookup);
  return last === -1 ? separatedParticle(pattern, tokens, start, sentence) : last;
}

/** The last token of the pattern's words found one after another from `start`, or −1. */
function inSequence(pattern: Pattern, tokens: readonly Token[], start: number, sentence: number, { known, stanceWord }: Lookup): number {
  const { words } = pattern;
  let t = start;
  // Stance phrases may skip a name, an adjective, a number, an article or a possessive before a word
  // ("reopened the Rafah crossing", "exchanged heavy fire", "withdrew its troops"); modifier phrases
  // are function words and match as written, but for the adverbs of a passive ("were once again
  // suspended", "was abruptly called off") that start no pattern themselves ("were never lifted"
  // keeps its "never").
  const skips = pattern.kind === 'entry' ? SKIPPABLE_MAX : 0;
  const adverbs = pattern.kind !== 'entry' && (words[0] as PatternWord).lemma === 'be' ? SKIPPABLE_MAX : 0;
  let skipped = 0;
  for (let w = 1; w < words.length; w += 1) {
    t += 1;
    while (t < tokens.length && isJoiner((tokens[t] as Token).normal)) t += 1;
    if (w === 1) {
      for (let a = 0; a < adverbs && tokens[t]?.pos === 'ADV' && !known(tokens[t] as Token); a += 1) t += 1;
      const second = words[1] as PatternWord;
      const copula = skips > 0 && COPULAS.has(second.lemma);
      if (copula && opensPhrase(tokens[t])) t = pastSubjectPhrase(tokens, t, isPredicate, second);
      // A stance phrase's "be", "remain" or "stay" may follow a modal or a perfect's "have": "no troops would
      // be sent", "flights have been suspended", "our troops will stay".
      if (copula && copulaAfterAuxiliary(tokens, t) === second.lemma) t += 1;
    }
    // A stance phrase's "be" may have adverbs after it that start no pattern ("our hand is still
    // stretched out"), unless the phrase has the adverb itself ("before it is too late"); "never" starts
    // a pattern, and stays out of the phrase.
    if (skips > 0 && (words[w - 1] as PatternWord).lemma === 'be') {
      for (let a = 0; a < SKIPPABLE_MAX && tokens[t]?.pos === 'ADV' && !known(tokens[t] as Token) && !wordMatches(words[w] as PatternWord, tokens[t] as Token); a += 1) t += 1;
    }
    const skippedBefore = skipped;
    const last = w === words.length - 1;
    const from = t;
    while (t < tokens.length) {
      const nameGoesOn = skips > 0 && continuesName(tokens, t, from);
      const approximation = approximatorLength(tokens, t);
      if ((skipLimitReached(tokens, t, skipped, skips) && !nameGoesOn) || !(isSkippable(tokens[t] as Token) || modifiesNextNoun(tokens, t) || approximation > 0 || (last && isCompoundNoun(tokens, t, words[w] as PatternWord) && !stanceWord(tokens[t] as Token))) || wordMatches(words[w] as PatternWord, tokens[t] as Token)) break;
      if (!nameGoesOn && approximation === 0) skipped += 1;
      t += 1;
      // A number's percent sign is part of the number: "impose a 25% duty" skips two words, "imposed
      // 80.5 per cent duties" three.
      t += percentLength(tokens, t);
      t = pastSkippedWord(tokens, t);
    }
    const token = tokens[t];
    if (token === undefined || token.sentence !== sentence) return -1;
    // The last word of a name skipped as one word is the name's, not the term's: "by the Australian Border
    // Force" is no "by force".
    if (skips > 0 && continuesName(tokens, t, from)) return -1;
    if (!wordMatches(words[w] as PatternWord, token)) {
      // A term's determiner may give way to a name, an adjective or a number right before the noun ("closed
      // Iranian ports" for "close its port", "breaking successive truces"; in a modifier phrase, one such
      // word: "would never allow Afghan soil to be used"), not to nothing ("meet demand from pilgrims" is no
      // "meet the demand") nor to an article ("close a port").
      const next = words[w + 1];
      if (!(words[w] as PatternWord).determiner || next === undefined) return -1;
      const standsIn = skipped > skippedBefore && (SKIPPABLE.has(tokens[t - 1]?.pos ?? '') || isPossessive(tokens[t - 1]));
      if (standsIn && wordMatches(next, token)) {
        w += 1;
        continue;
      }
      const after = tokens[t + 1];
      if (skips > 0 || !SKIPPABLE.has(token.pos) || after === undefined || after.sentence !== sentence || !wordMatches(next, after)) return -1;
      t += 1;
      w += 1;
    }
  }
  return t;
}

/**
 * A verb and its particle with the object between them ("called the strike off", "pulling two artillery
 * units back"): the match is the verb alone, so the object stays in the text after it, where the
 * verb's scope (a negator's, a refusal's) reaches it. −1 when the pattern is no verb + particle or the
 * particle is not there, or is a preposition with its own object ("cut two hours off the drive").
 */
function separatedParticle(pattern: Pattern, tokens: readonly Token[], start: number, sentence: number): number {
  const particle = pattern.words[1];
  if (particle === undefined || !isVerbParticle(pattern.words) || tokens[start]?.pos !== 'VERB') return -1;
  for (let t = start + 1, end = start + OBJECT_MAX + 1; t <= end; t += 1) {
    const token = tokens[t];
    if (token === undefined || token.sentence !== sentence) return -1;
    // A particle with a noun phrase of its own after it is a preposition: "cutting two hours off the drive".
    if (t > start + 1 && wordMatches(particle, token)) return OBJECT.has(tokens[t + 1]?.pos ?? '') ? -1 : start;
    // An approximation goes with its number, as in a stance phrase: "forced at least 60 people back".
    const approximation = approximatorLength(tokens, t);
    if (approximation > 0) {
      t += approximation - 1;
      end += approximation;
      continue;
    }
    if (!OBJECT.has(token.pos) && !isParticipleBeforeNoun(tokens, t)) return -1;
  }
  return -1;
}

/**
 * The token after the rest of a skipped word from token `t`: a hyphenated name is one word ("reopened the
 * Ekok-Mfum border crossing"), and so is a name with its possessive ("freeze Turkey's pre-accession funds"),
 * "all", "some", "most", "many" or "several" with the "of" before a determiner ("closed all of its
 * crossings", "shut most of its consulates"), an adjective with
 * the "and" or "or" before another ("its deep and lasting ties"), and the two words of an approximation
 * before a number ("sent at least 60 troops").
 */
function pastSkippedWord(tokens: readonly Token[], t: number): number {
  const after = pastHyphenPieces(tokens, t);
  if (isPossessive(tokens[after]) || approximatorLength(tokens, after - 1) === 2) return after + 1;
  const [skipped, token, next] = [tokens[after - 1], tokens[after], tokens[after + 1]];
  if (skipped === undefined || token === undefined || next === undefined) return after;
  if (token.normal === 'of' && PARTITIVES.has(skipped.normal) && (DETERMINERS.has(next.normal) || isPossessive(next))) return after + 1;
  // Adjectives only: between names it also took in background closures ("exports fell 43 percent, largely
  // reflecting the closure of the Jibia and Illela crossings"), a loss on the evaluation sets.
  return joinsModifiers(tokens, after, false) ? after + 1 : after;
}

/**
 * How many words from token `t` make an approximation right before a number, which a stance phrase
 * skips as part of the number, no skipped word of its own ("withdrew its roughly 80 troops", "released at
 * least 40 Nigerian fishermen"): 1, 2 or 0 for none.
 */
function approximatorLength(tokens: readonly Token[], t: number): number {
  const token = tokens[t];
  const next = tokens[t + 1];
  // The number's tag first: most skipped words have none after them, and the lists are never read.
  if (token === undefined || next === undefined) return 0;
  if (next.pos === 'NUM') return APPROXIMATIONS.has(token.normal) ? 1 : 0;
  return tokens[t + 2]?.pos === 'NUM' && QUANTITY_PAIRS.get(token.normal)?.has(next.normal) === true ? 2 : 0;
}

/** Skippable words that may take "of" before their noun phrase's determiner. */
const PARTITIVES: ReadonlySet<string> = new Set(['all', 'some', 'most', 'many', 'several']);

/** Whether a pattern is a verb and a particle, which may stand apart ("called the strike off"). */
function isVerbParticle(words: readonly PatternWord[]): boolean {
  return words.length === 2 && PARTICLES.has((words[1] as PatternWord).normal);
}

const PARTICLES: ReadonlySet<string> = new Set(['back', 'off', 'down', 'out', 'up', 'aside', 'away', 'over']);
const OBJECT: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'PRON']);
/** Words of an object between a verb and its particle: "two artillery units" is 3, "its two heavy artillery units" 5. */
const OBJECT_MAX = 5;

/**
 * The token after a prepositional phrase opening at `t` that stands between a stance phrase's noun and
 * its predicate ("the door to a peace treaty with Baku was closed", "our hand to Pyongyang remains
 * extended"), when `predicate` holds there: the phrase's words are prepositions and noun-phrase words,
 * at most `SUBJECT_PHRASE_MAX` of them. `t` itself when there is no such phrase.
 */
function pastSubjectPhrase<T>(tokens: readonly Token[], t: number, predicate: (tokens: readonly Token[], index: number, word: T) => boolean, word: T): number {
  const sentence = tokens[t]?.sentence;
  for (let u = t + 1; u <= t + SUBJECT_PHRASE_MAX; u += 1) {
    const token = tokens[u];
    if (token === undefined || token.sentence !== sentence) return t;
    if (predicate(tokens, u, word)) return u;
    if (!isJoiner(token.normal) && !SUBJECT_PHRASE.has(token.pos)) return t;
  }
  return t;
}

/**
 * Whether token `index` is a pattern's predicate word, or an auxiliary before it ("would be"). Written
 * as functions of their arguments rather than closures, which would make every call of the matcher
 * functions that pass them allocate a context, whether or not a subject phrase is there.
 */
function isPredicate(tokens: readonly Token[], index: number, second: PatternWord): boolean {
  return wordMatches(second, tokens[index] as Token) || copulaAfterAuxiliary(tokens, index) === second.lemma;
}

/** `isPredicate` for any of the words a token's candidates may have second (see `Candidates.seconds`). */
function isAnyPredicate(tokens: readonly Token[], index: number, seconds: ReadonlySet<string>): boolean {
  const token = tokens[index] as Token;
  return seconds.has(token.normal) || seconds.has(token.lemma) || seconds.has(copulaAfterAuxiliary(tokens, index) ?? '');
}

/**
 * The lemma of the copula (`COPULAS`) right after token `t` when `t` is an auxiliary other than "be" ("would
 * be", "has been", "will remain"; "will not" has none), else `undefined`.
 */
function copulaAfterAuxiliary(tokens: readonly Token[], t: number): string | undefined {
  const token = tokens[t];
  const next = tokens[t + 1];
  if (token === undefined || token.pos !== 'AUX' || token.lemma === 'be' || next === undefined || next.sentence !== token.sentence) return undefined;
  return COPULAS.has(next.lemma) ? next.lemma : undefined;
}

/** Whether a token opens a prepositional phrase: a preposition, or "to" or "for" however it is tagged ("a loan for upgrading the port"). */
function opensPhrase(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'ADP' || PREPOSITIONS_AS_TAGGED.has(token.normal));
}

const PREPOSITIONS_AS_TAGGED: ReadonlySet<string> = new Set(['to', 'for']);

/**
 * Tags of a subject phrase's words: wink-nlp tags "to talks" in "the door to talks" as a particle and a
 * verb; a conjunction joins two nouns ("the crossing between Jordan and Syria was reopened").
 */
const SUBJECT_PHRASE: ReadonlySet<string> = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART', 'VERB', 'CCONJ']);
/** Words of a subject's prepositional phrase: "to a peace treaty with Baku" is 6. */
const SUBJECT_PHRASE_MAX = 7;

const SKIPPABLE: ReadonlySet<string> = new Set(['ADJ', 'PROPN', 'NUM']);
/**
 * Articles, "some", "all", "every", "any" and possessives a stance phrase may skip too ("withdrew its
 * troops", "reached an agreement", "reopening some checkpoints", "shut every road crossing", "would
 * honour any commitment"), and "full" and
 * "extra", which wink-nlp tags as adverbs before an adjective ("restore full diplomatic relations", "moved
 * an extra armoured brigade"); never "no".
 */
const SKIPPABLE_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'some', 'its', 'their', 'his', 'her', 'our', 'all', 'every', 'any', 'full', 'extra']);
const SKIPPABLE_MAX = 3;
// A name of several words is skipped only among the first two words: after a number each word of a name
// counts ("sent 10,000 National Guard troops" is Mexico's own border deployment, no "send troop" of three
// skipped words); a one-word name may be the third (see `skipLimitReached`).
const NAME_SKIPPABLE_MAX = 2;

/** How many tokens from `t` say "per cent" after a number: 1 for "%" or "percent" ("a 25% duty"), 2 for "per cent", else 0. */
function percentLength(tokens: readonly Token[], t: number): number {
  const token = tokens[t];
  if (token === undefined || tokens[t - 1]?.pos !== 'NUM') return 0;
  if (PERCENT.has(token.normal)) return 1;
  return isPerCent(tokens, t) ? 2 : 0;
}

const PERCENT: ReadonlySet<string> = new Set(['%', 'percent']);

/**
 * Whether token `t` is the first noun of a compound whose second noun is a term's last word ("trade" in
 * "reached a trade deal", "bargaining" in "back to the bargaining table"), which a stance phrase skips
 * as it skips an adjective; not a noun before a preposition ("called an attack on" is no "call on").
 * `inSequence` keeps a noun that is an entry of its own ("a round of ceasefire talks" keeps "ceasefire").
 */
function isCompoundNoun(tokens: readonly Token[], t: number, word: PatternWord): boolean {
  const head = compoundHead(tokens, t);
  return head !== undefined && (head.pos === 'NOUN' ? wordMatches(word, head) : head.normal === word.normal);
}

/**
 * The second noun of a compound whose first noun is token `t`, or `undefined`. wink-nlp reads some -ing
 * nouns after a noun as verbs ("the road crossing"): such a word is the head as written, not by its lemma.
 */
function compoundHead(tokens: readonly Token[], t: number): Token | undefined {
  const next = tokens[t + 1];
  return tokens[t]?.pos === 'NOUN' && next !== undefined && (next.pos === 'NOUN' || isGerund(next)) ? next : undefined;
}

/**
 * Whether token `t` goes on with a name skipped from `from` that follows an article, "all" or a
 * possessive: such a name is one skipped word ("reopened the Kerem Shalom crossing", "suspended all
 * Ethiopian Airlines flights"); after a number each word counts ("sent 10,000 National Guard troops").
 */
function continuesName(tokens: readonly Token[], t: number, from: number): boolean {
  if (tokens[t]?.pos !== 'PROPN') return false;
  let first = t;
  while (first > from && tokens[first - 1]?.pos === 'PROPN') first -= 1;
  const before = tokens[first - 1];
  if (first >= t || first <= from || before === undefined) return false;
  // After a number, a nationality of two words is one word too: "released 18 Sri Lankan fishermen".
  return SKIPPABLE_WORDS.has(before.normal) || isPossessive(before) || (before.pos === 'NUM' && t - first === 1 && isNationality(tokens[t] as Token));
}

/** Whether a name's word reads as a nationality: "Lankan", "Korean", "Sudanese". */
function isNationality(token: Token): boolean {
  return NATIONALITY_ENDINGS.some((ending) => token.normal.endsWith(ending));
}

const NATIONALITY_ENDINGS: readonly string[] = ['an', 'ese'];

/**
 * Whether `skipped` words already skipped leave no room for token `t`, with `skips` allowed in all. A name
 * after the first two skipped words is room enough when it is a word alone ("release the 23 Ecuadorian
 * fishermen"), not a piece of a longer name ("sent 10,000 National Guard troops").
 */
function skipLimitReached(tokens: readonly Token[], t: number, skipped: number, skips: number): boolean {
  if (skipped >= skips) return true;
  if ((tokens[t] as Token).pos !== 'PROPN' || skipped < NAME_SKIPPABLE_MAX) return false;
  return tokens[t - 1]?.pos === 'PROPN' || tokens[t + 1]?.pos === 'PROPN';
}

/**
 * Whether token `t` is a verb form describing the noun after it: a participle ("handed 47 detained
 * fishermen back"), or an -ing form after a determiner, a possessive or a number ("close its remaining
 * crossings"); an -ing form after anything else is a verb of its own ("stop sending troops").
 */
function modifiesNextNoun(tokens: readonly Token[], t: number): boolean {
  if (isParticipleBeforeNoun(tokens, t)) return true;
  const before = tokens[t - 1];
  return isGerund(tokens[t]) && tokens[t + 1]?.pos === 'NOUN' && before !== undefined && (DETERMINERS.has(before.normal) || before.pos === 'NUM' || isPossessive(before));
}

function isSkippable(token: Token): boolean {
  return SKIPPABLE.has(token.pos) || SKIPPABLE_WORDS.has(token.normal) || isPossessive(token);
}

function wordMatches(word: PatternWord, token: Token): boolean {
  if (word.prefix) return token.normal.startsWith(word.normal);
  if (word.exact) return token.normal === word.normal;
  return token.normal === word.normal || token.lemma === word.lemma || token.lemma === word.normal || token.normal === word.lemma || (word.determiner && (DETERMINERS.has(token.normal) || token.pos === 'NUM'));
}
