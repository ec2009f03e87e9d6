import type { Token } from '../nlp/index.js';
import type { RuleContext, WorkingHit } from './context.js';
import { QUOTATION_MARKS } from './phrase.js';

/**
 * grief — "Bangladesh's chief adviser said he was deeply saddened by the blaze at a garment warehouse that
 * killed 16 workers", "the nation was 'in shock and mourning' after a fire at a fuel depot killed 14
 * people": a sentence in which its speaker grieves (a word of `params.griefs.words`) tells of a loss, and
 * the killings, deaths and clashes it names are what is mourned, no act between the parties (DOMAIN:
 * affect without a relation is neutral). Its confrontation hits of `params.griefs.categories` count 0
 * (modifier `grief:<word>`). A word of grief tagged a verb counts only as a predicate, after an
 * auxiliary, an adverb, a conjunction, a quotation mark or "in" ("was deeply saddened", "in shock and
 * mourning", "said he was 'devastated'", "the nation was in mourning"), not with a subject before it
 * ("Russian strikes devastated Kharkiv"). Other hits keep their weight: "condemned the attack and said
 * he was saddened by the loss of life" still condemns. Off without `params.griefs`.
 */
export function grief(context: RuleContext): void {
  const params = context.lexicon.params.griefs;
  if (params === undefined) return;
  const { hits } = context;
  if (!hits.some((hit) => isMourned(hit, params.categories))) return;
  const { tokens, sentences } = context.analysis;
  const sentence = sentences[tokens[hits[0]?.first ?? -1]?.sentence ?? -1];
  const word = sentence === undefined ? undefined : griefWord(tokens, sentence.firstToken, sentence.lastToken, params.words);
  if (word === undefined) return;
  for (const hit of hits) {
    if (!isMourned(hit, params.categories)) continue;
    hit.factor = 0;
    hit.modifiers.push(`grief:${word.normal}`);
  }
}

/** Whether the hit is one a word of grief makes count 0: a confrontation hit of `categories` that still counts. */
function isMourned(hit: WorkingHit, categories: readonly string[]): boolean {
  return hit.pole === 'confrontation' && hit.factor !== 0 && categories.includes(hit.category);
}

/** The sentence's first word of grief, read as such (see `grief`); `undefined` if none. */
function griefWord(tokens: readonly Token[], first: number, last: number, words: readonly string[]): Token | undefined {
  for (let t = first; t <= last; t += 1) {
    const token = tokens[t] as Token;
    if (!words.includes(token.normal)) continue;
    if (token.pos !== 'VERB' || PREDICATE_BEFORE.has(tokens[t - 1]?.pos ?? '') || QUOTATION_MARKS.has(tokens[t - 1]?.normal ?? '') || tokens[t - 1]?.normal === 'in') return token;
  }
  return undefined;
}

/** Tags before a participle of grief that make it a predicate: "was saddened", "deeply shaken", "in shock and mourning". */
const PREDICATE_BEFORE: ReadonlySet<string> = new Set(['AUX', 'ADV', 'CCONJ']);
