import type { Sentence, Token } from '../nlp/index.js';
import type { AttributionWords } from './data.js';
import { firstMentionFrom, type Mention } from './mentions.js';
import { isSideless, sideOfActor } from './targets.js';
import type { Actors } from './types.js';
import { firstIndexWhereNot } from '../util/search.js';
import { coordinated, firstTokenAt, namedAfter, TITLE_POS, type MentionIndex } from './attribution.js';

/** Where a subject naming two sides stands: "Both sides", "The two leaders", "The foreign ministers of the two countries". */
export interface PairPhrase {
  /** Inclusive token range. */
  readonly first: number;
  readonly last: number;
}

/** Words before a sentence's subject that leave it opening the sentence: a conjunction, an adverb, a paragraph's break. */
const LEADING: ReadonlySet<string> = new Set(['CCONJ', 'ADV', 'SPACE']);
/** Tokens of a fronted adverbial ("After talks in Putrajaya,") before a subject at most. */
const MAX_FRONTED = 8;
/** Words between "the two" and its noun ("the two army commanders", "the two foreign ministers"). */
const MAX_PAIR_MODIFIERS = 2;

/**
 * The subject naming two sides that opens the sentence, or its clause after a fronted adverbial:
 * "Both sides agreed …", "The two neighbours last fought …", "The leaders of the two countries agreed …",
 * "Commanders from both armies met …", "Both said …" (nouns: `pairNouns`; an agent before "of the two" or
 * "from both": `agentNouns` or `pairNouns`).
 */
export function pairPhrase(tokens: readonly Token[], sentence: Sentence, words: AttributionWords): PairPhrase | undefined {
  let start = sentence.firstToken;
  while (start <= sentence.lastToken && LEADING.has(tokens[start]?.pos ?? '')) start += 1;
  const opening = pairAt(tokens, start, sentence, words);
  if (opening !== undefined) return opening;
  for (let t = start; t <= Math.min(sentence.lastToken, start + MAX_FRONTED); t += 1) {
    if (tokens[t]?.normal === ',') return pairAt(tokens, t + 1, sentence, words);
  }
  return undefined;
}

/** The last token of "both [noun]" or "the two [modifiers] noun" from `t` up to `lastToken` (nouns: `pairNouns`), or −1. */
function twoOf(tokens: readonly Token[], t: number, lastToken: number, words: Pick<AttributionWords, 'pairNouns'>): number {
  const isPairNoun = (n: number) => tokens[n]?.pos === 'NOUN' && words.pairNouns.has(tokens[n]?.lemma ?? '');
  if (tokens[t]?.normal === 'both') return isPairNoun(t + 1) ? t + 1 : t;
  if (tokens[t]?.normal !== 'the' || tokens[t + 1]?.normal !== 'two') return -1;
  for (let n = t + 2; n <= t + 2 + MAX_PAIR_MODIFIERS && n <= lastToken; n += 1) {
    if (isPairNoun(n) && !isPairNoun(n + 1)) return n;
    if (!TITLE_POS.has(tokens[n]?.pos ?? '')) return -1;
  }
  return -1;
}

function pairAt(tokens: readonly Token[], at: number, sentence: Sentence, words: AttributionWords): PairPhrase | undefined {
  const direct = twoOf(tokens, at, sentence.lastToken, words);
  if (direct !== -1) return { first: at, last: direct };
  // "The leaders of the two countries", "The foreign ministers of both countries", "Commanders from both armies"
  // (a capitalised plural opening the sentence may be tagged as a name).
  let head = tokens[at]?.pos === 'DET' ? at + 1 : at;
  while (head - at <= MAX_PAIR_MODIFIERS && (tokens[head]?.pos === 'ADJ' || tokens[head]?.pos === 'PROPN') && tokens[head + 1]?.pos !== 'ADP') head += 1;
  const agent = tokens[head];
  const link = tokens[head + 1]?.normal;
  if ((agent?.pos !== 'NOUN' && agent?.pos !== 'PROPN') || !(words.agentNouns.has(agent.lemma) || words.pairNouns.has(agent.lemma)) || (link !== 'of' && link !== 'from')) return undefined;
  const owners = twoOf(tokens, head + 2, sentence.lastToken, words);
  return owners === -1 || owners === head + 2 ? undefined : { first: at, last: owners };
}

/** Sentences looked back over for the two sides a pair phrase names. */
const PAIR_LOOKBACK = 4;

/**
 * The two sides (an actor's affiliation, else the actor) a pair phrase in sentence `index` names: those
 * of the nearest earlier sentence that names a pair, by two mentions coordinated ("talks between
 * Thailand and Cambodia", "Hun Manet and Phumtham shook hands"), else by naming exactly two sides, or
 * by a pair phrase already resolved (`resolved`, by sentence index). A sentence naming three sides or
 * more with no such pair makes the phrase unresolvable, as does none within `PAIR_LOOKBACK` sentences:
 * no guess. Go-betweens (`mediatorPhrases`: "talks mediated by Qatar and Turkey") are not counted: "the
 * two sides" are the parties, not those who brought them together.
 */
export function pairBefore(
  index: number,
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  mentions: readonly Mention[],
  words: PairWords,
  actors: Actors,
  resolved: ReadonlyMap<number, readonly [string, string]>,
): readonly [string, string] | undefined {
  for (let s = index - 1; s >= Math.max(0, index - PAIR_LOOKBACK); s -= 1) {
    const named = resolved.get(s) ?? namedPair(sentences[s] as Sentence, tokens, mentions, words, actors);
    if (named === 'ambiguous') return undefined;
    if (named !== undefined) return named;
  }
  return undefined;
}

function namedPair(
  sentence: Sentence,
  tokens: readonly Token[],
  mentions: readonly Mention[],
  words: PairWords,
  actors: Actors,
): readonly [string, string] | 'ambiguous' | undefined {
  const { byLast, mediatorPhrases } = words;
  // A go-between, or one coordinated after it ("mediated by Qatar and Turkey"), is no party.
  const mediator = (m: Mention) => namedAfter(tokens, (coordinated(tokens, m, byLast)[0] ?? m).first, mediatorPhrases);
  const named: Mention[] = [];
  for (let k = firstMentionFrom(mentions, sentence.start); k < mentions.length && (mentions[k] as Mention).start < sentence.end; k += 1) {
    const m = mentions[k] as Mention;
    if (isNamed(m) && !mediator(m)) named.push(m);
  }
  const side = (m: Mention) => {
    const own = sideOfActor(m.actor as string, actors);
    return actors.get(own) === undefined ? (m.actor as string) : own;
  };
  let joined: readonly [string, string] | undefined;
  for (const b of named) {
    // One mention coordinated before another; the last two of a list ("India, Pakistan and China") are no pair.
    const [a, ...more] = coordinated(tokens, b, byLast);
    if (a !== undefined && more.length === 0 && isNamed(a) && side(a) !== side(b)) joined = [side(a), side(b)];
  }
  if (joined !== undefined) return joined;
  const sides = new Set(named.map(side));
  if (sides.size >= 3) return 'ambiguous';
  // A sentence that speaks of a pair past its opening ("the two sides", "both countries") names two others,
  // a go-between and a well-wisher ("The U.S. also praised Turkey's role in bringing the two sides
  // together"): the pair is named before.
  return sides.size === 2 && !pairWithin(tokens, sentence.firstToken + 1, sentence.lastToken, words) ? ([...sides] as [string, string]) : undefined;
}

/** Whether tokens `first` to `last` hold a pair of sides by a noun ("both countries", "the two neighbours"; `pairNouns`). */
function pairWithin(tokens: readonly Token[], first: number, last: number, words: Pick<AttributionWords, 'pairNouns'>): boolean {
  for (let t = first; t < last; t += 1) {
    if (twoOf(tokens, t, last, words) > t) return true;
  }
  return false;
}

/** The word lists a pair is looked for with. */
type PairWords = Pick<AttributionWords, 'mediatorPhrases' | 'pairNouns'> & { readonly byLast: MentionIndex['byLast'] };

/** A resolved mention outside quotations that names its actor (no pronoun). */
function isNamed(m: Mention): boolean {
  return m.actor !== null && m.form !== 'pronoun' && !m.inQuote;
}

/**
 * Whether a speaker of no side (`isSideless`) addresses two sides at once in the text `[start, end)`:
 * by a pair noun ("called on both countries to show restraint") or by two sides joined by "and" ("urged
 * Addis Ababa and Mogadishu to settle their differences"). Such an appeal is aimed at neither.
 */
export function addressesBoth(tokens: readonly Token[], mentions: readonly Mention[], start: number, end: number, actorId: string | null, actors: Actors, words: Pick<AttributionWords, 'pairNouns'>): boolean {
  if (actorId === null || !isSideless(actorId, actors)) return false;
  const first = firstTokenAt(tokens, start);
  const last = firstTokenAt(tokens, end) - 1;
  if (pairWithin(tokens, first, last, words)) return true;
  for (let k = firstIndexWhereNot(mentions.length, (i) => (mentions[i] as Mention).first < first); k + 1 < mentions.length; k += 1) {
    const [m, n] = [mentions[k] as Mention, mentions[k + 1] as Mention];
    if (n.last > last) break;
    if (m.actor !== null && n.actor !== null && n.first === m.last + 2 && tokens[m.last + 1]?.normal === 'and' && sideOfActor(m.actor, actors) !== sideOfActor(n.actor, actors)) return true;
  }
  return false;
}
