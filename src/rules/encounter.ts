import { isNounPhraseWord, type Token } from '../nlp/index.js';
import type { RuleContext } from './context.js';
import { trigger } from './context.js';

/**
 * encounter — "met his Chinese counterpart Liu Jinsong", "visited Dhaka", "hosted both ministers in the
 * Oval Office", "held a meeting with Minister of National Defense Ahn Gyu-back": a meeting or visit
 * (`params.encounters.terms`, entries kept below the neutral threshold alone, since "the board meets
 * five times a year" and "will host the exhibition" are logistics) whose object names a party, a proper
 * noun or one of `params.encounters.parties` ("counterpart", "minister"), is consultation between
 * parties (CAMEO 04) and counts `params.encounters.factor` times (modifier `encounter:<first word of the
 * party>`). The object is the noun phrase right after the verb, or after "with" ("met with Aliyev", "a
 * meeting with Putin") or a noun's "to" ("his first visit to China"), up to `REACH` tokens: "meets in
 * Geneva", "met its recruiting goal" and "a visit to the disputed islands" name no party. Off without
 * `params.encounters`. A verb whose subject is a large number of people is travel, not a meeting ("About
 * 2.9 million South Koreans visited Japan"; see `isCountedCrowd`).
 */
export function encounter(context: RuleContext): void {
  const params = context.lexicon.params.encounters;
  if (params === undefined) return;
  const tokens = context.analysis.tokens;
  for (const hit of context.hits) {
    if (hit.factor === 0 || !params.terms.includes(hit.term)) continue;
    const party = partyAfter(tokens, hit.last, params.parties);
    if (party === undefined || isCountedCrowd(tokens, hit.first)) continue;
    hit.factor *= params.factor;
    hit.modifiers.push(`encounter:${trigger(context, { first: party, last: party })}`);
  }
}

/**
 * The first token naming a party in the object after a meeting word ending at token `last`: right after
 * a verb, after "with", or after a noun's "to".
 */
function partyAfter(tokens: readonly Token[], last: number, parties: readonly string[]): number | undefined {
  const word = tokens[last];
  if (word === undefined) return undefined;
  let t = last + 1;
  if (tokens[t]?.normal === 'with' || (word.pos === 'NOUN' && tokens[t]?.normal === 'to')) t += 1;
  else if (word.pos !== 'VERB') return undefined;
  for (const end = t + REACH; t < end; t += 1) {
    const token = tokens[t];
    if (token === undefined || token.sentence !== word.sentence) return undefined;
    if (token.pos === 'PROPN' || (token.pos === 'NOUN' && parties.includes(token.lemma))) return t;
    if (!isNounPhraseWord(token)) return undefined;
  }
  return undefined;
}

/**
 * Whether the subject right before the verb at token `first` is a large number of people ("About 2.9
 * million South Koreans visited Japan", "6.0 million Taiwanese visited Japan"): tourists or travellers
 * counted, not a party meeting another. Up to `CROWD_WORDS` names, nouns or adjectives may stand between
 * the number and the verb.
 */
function isCountedCrowd(tokens: readonly Token[], first: number): boolean {
  let t = first - 1;
  while (t >= first - CROWD_WORDS && CROWD.has(tokens[t]?.pos ?? '')) t -= 1;
  const count = tokens[t];
  return t < first - 1 && count?.pos === 'NUM' && (MULTIPLIERS.has(count.normal) || Number(count.normal.replaceAll(',', '')) >= CROWD_COUNT);
}

/** Words that make a number a crowd's, as the last word of the count: "2.9 million". */
const MULTIPLIERS: ReadonlySet<string> = new Set(['hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion']);

/** The least number written in figures that counts a crowd: "the two ministers met Putin" is a meeting. */
const CROWD_COUNT = 100;

/** Tags of the words between a count and the verb: "million South Korean tourists". */
const CROWD: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADJ']);

/** Words between a count and the verb at most. */
const CROWD_WORDS = 3;

/** Tokens of the object searched for the party: "Iran's Supreme Leader Ali Khamenei" is found at once, "the two Nordic foreign ministers" at 5. */
const REACH = 6;
