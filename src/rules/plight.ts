import { isGerund, isNounPhraseWord, type Token } from '../nlp/index.js';
import { addToList } from '../util/multimap.js';
import { countNothingWithin, type RuleContext } from './context.js';

/**
 * plight — "for families displaced by the fighting around Khartoum", "Mexicans who fled cartel violence",
 * "villagers fleeing air strikes", "a memorial to Polish victims of the occupation": a phrase of
 * `params.plights.phrases` says what befell the people it describes, and the confrontation hits of
 * `params.plights.categories` in the noun phrase right after it (past "from" or "during") are their past,
 * no act of the sentence (DOMAIN: background harm in a cooperative act); they count 0 (modifier
 * `plight:<phrase>`). A main verb is no such phrase: "thousands fled the fighting" tells the fighting,
 * and only "who fled", "who had fled" and the like are listed. Off without `params.plights`.
 */
export function plight(context: RuleContext): void {
  countAfterPhrases(context, context.lexicon.params.plights, 'plight');
}

/**
 * charge — "extradited to Spain a trafficker wanted over the killing of two Civil Guard officers", "the
 * trial of four men charged with the murder of a Sikh leader": a phrase of `params.charges.phrases` says
 * what the people it describes are wanted or tried for, and the confrontation hits of
 * `params.charges.categories` in the noun phrase right after it are the crime a court or a police force
 * deals with, no act between the sentence's parties; they count 0 (modifier `charge:<phrase>`), as
 * `plight` reads its phrases. Off without `params.charges`.
 */
export function charge(context: RuleContext): void {
  countAfterPhrases(context, context.lexicon.params.charges, 'charge');
}

/** Counts 0 the hits of `params.categories` in the noun phrase after each of its phrases, with the modifier `<label>:<phrase>`. */
function countAfterPhrases(context: RuleContext, params: DescribingPhrases | undefined, label: string): void {
  if (params === undefined) return;
  const { hits } = context;
  if (!hits.some((hit) => hit.pole === 'confrontation' && hit.factor !== 0 && params.categories.includes(hit.category))) return;
  const { tokens, sentences } = context.analysis;
  const sentence = sentences[tokens[hits[0]?.first ?? -1]?.sentence ?? -1];
  if (sentence === undefined) return;
  const byFirstWord = phrasesOf(params.phrases);
  for (let t = sentence.firstToken; t <= sentence.lastToken; t += 1) {
    const phrases = byFirstWord.get((tokens[t] as Token).normal);
    const words = phrases?.find((candidate) => startsPhrase(tokens, t, candidate));
    if (words === undefined) continue;
    const start = t + words.length;
    countNothingWithin(context, start, phraseEnd(tokens, start), 'confrontation', `${label}:${words.join(' ')}`, (hit) => params.categories.includes(hit.category));
  }
}

/** `params.plights` and `params.charges`: phrases that describe people, and the categories of what they say of them. */
type DescribingPhrases = NonNullable<RuleContext['lexicon']['params']['plights']>;

/** The phrases split into words, by first word; split once per list. */
function phrasesOf(phrases: readonly string[]): ReadonlyMap<string, readonly (readonly string[])[]> {
  let byFirstWord = split.get(phrases);
  if (byFirstWord === undefined) {
    byFirstWord = new Map();
    for (const phrase of phrases) {
      const words = phrase.split(' ');
      addToList(byFirstWord, words[0] as string, words);
    }
    split.set(phrases, byFirstWord);
  }
  return byFirstWord;
}

const split = new WeakMap<readonly string[], Map<string, (readonly string[])[]>>();

/** Whether the tokens from `t` spell `words` in lower case. */
function startsPhrase(tokens: readonly Token[], t: number, words: readonly string[]): boolean {
  for (let w = 0; w < words.length; w += 1) if (tokens[t + w]?.normal !== words[w]) return false;
  return true;
}

/**
 * The last token of the noun phrase from `start`, past a "from" or "during" opening it, of at most
 * `PHRASE_WORDS` words, an -ing noun among them ("the fighting around Khartoum" ends at "fighting": a
 * preposition ends it; "who had fled fighting in Rakhine", where the tagger reads a verb). Not phrase.ts's
 * `nounPhraseEnd`, which takes an -ing form only before a noun.
 */
function phraseEnd(tokens: readonly Token[], start: number): number {
  const from = OPENERS.has(tokens[start]?.normal ?? '') ? start + 1 : start;
  let t = from;
  while (t < from + PHRASE_WORDS && (isNounPhraseWord(tokens[t]) || isGerund(tokens[t]))) t += 1;
  return t - 1;
}

/** Prepositions that may open what the people fled: "fled during the fighting", "fleeing from the shelling". */
const OPENERS: ReadonlySet<string> = new Set(['from', 'during']);
/** Words of that noun phrase at most: "the Nazi German occupation" is 4. */
const PHRASE_WORDS = 5;
