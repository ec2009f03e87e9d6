import { isNoun, type Token } from '../nlp/index.js';
import { countNothingWithin, type RuleContext } from './context.js';
import { isSpeakingVerb, runEnd, runStart } from './phrase.js';

/**
 * chronicle — "Historians note that the Algiers Agreement, signed in December 2000, ended a border war",
 * "Historians in La Paz recalled that the War of the Pacific … cost Bolivia its entire coastline", "…, said
 * Assad Shoman, the Belizean historian", "Hungary's statistics office said trade with Slovakia reached 14.6
 * billion euros, making it one of Hungary's five largest trading partners": a sentence whose speaker is
 * a word of `params.chronicles.speakers` (historians, archivists, a statistics office) tells the past or
 * a record, no act of the sentence's parties, and every hit in it counts 0 (modifier `chronicle:<word>`).
 * The speaker is the subject of a verb of `params.chronicles.verbs` after it (past the rest of its noun
 * phrase or a name, "the statistics bureau said", "Historian Kofi Agyeman said", or a phrase of place,
 * "Historians at a Kabul University conference noted"), stands after such a verb as its apposition ("said
 * Assad Shoman, the Belizean historian"), or after "according to". Historians who act keep the sentence's
 * hits: "Polish and Ukrainian historians agreed in Lublin to revive a joint commission". Off without
 * `params.chronicles`.
 */
export function chronicle(context: RuleContext): void {
  const params = context.lexicon.params.chronicles;
  const first = context.hits[0];
  if (params === undefined || first === undefined) return;
  const { tokens, sentences } = context.analysis;
  const sentence = sentences[tokens[first.first]?.sentence ?? -1];
  if (sentence === undefined) return;
  for (let t = sentence.firstToken; t <= sentence.lastToken; t += 1) {
    const token = tokens[t] as Token;
    if (!isNoun(token) || !params.speakers.includes(token.normal)) continue;
    if (!isSubjectOf(tokens, t, params.verbs) && !isApposition(tokens, t, params.verbs) && !isAccordingTo(tokens, t)) continue;
    const modifier = `chronicle:${token.normal}`;
    countNothingWithin(context, sentence.firstToken, sentence.lastToken, 'engagement', modifier);
    countNothingWithin(context, sentence.firstToken, sentence.lastToken, 'confrontation', modifier);
    return;
  }
}

/**
 * Whether the speaker at `t` is the subject of a verb of `verbs` after it, past a name or the rest of its
 * noun phrase ("Historian Kofi Agyeman said", "the statistics bureau said"), a phrase of place of at most
 * `PLACE_WORDS` words ("Historians at a Kabul University conference noted") and auxiliaries.
 */
function isSubjectOf(tokens: readonly Token[], t: number, verbs: readonly string[]): boolean {
  let u = runEnd(tokens, t + 1, NAME_WORDS, (v) => NAME.has((tokens[v] as Token).pos) && !isVerbReadAsNoun(tokens, v, verbs)) + 1;
  if (PLACE_PREPOSITIONS.has(tokens[u]?.normal ?? '')) u = runEnd(tokens, u + 1, PLACE_WORDS, (v) => PLACE_PHRASE.has((tokens[v] as Token).pos)) + 1;
  while (tokens[u]?.pos === 'AUX') u += 1;
  return isVerbReadAsNoun(tokens, u, verbs) || isSpeakingVerb(tokens[u], tokens[t]?.sentence, verbs);
}

/** Whether token `u` is a verb of `verbs` the tagger reads as a noun, a present tense after a plural: "Historians note that". */
function isVerbReadAsNoun(tokens: readonly Token[], u: number, verbs: readonly string[]): boolean {
  const token = tokens[u];
  return token?.pos === 'NOUN' && tokens[u + 1]?.normal === 'that' && verbs.includes(token.lemma);
}

/**
 * Whether the speaker at `t` stands after a verb of `verbs` as its apposition, with only a name, its
 * article, adjectives and commas between: "…, said Assad Shoman, the Belizean historian".
 */
function isApposition(tokens: readonly Token[], t: number, verbs: readonly string[]): boolean {
  const verb = runStart(tokens, t - 1, APPOSITION_WORDS - 1, (u) => APPOSITION.has((tokens[u] as Token).pos)) - 1;
  return isSpeakingVerb(tokens[verb], tokens[t]?.sentence, verbs);
}

/** Whether "according to" stands before the speaker at `t`, with at most its article and adjectives between. */
function isAccordingTo(tokens: readonly Token[], t: number): boolean {
  const to = runStart(tokens, t - 1, ACCORDING_WORDS - 1, (u) => NOUN_PHRASE.has((tokens[u] as Token).pos)) - 1;
  return tokens[to]?.normal === 'to' && tokens[to - 1]?.normal === 'according';
}

/** Words of a name or a noun phrase after the speaker at most: "Kofi Agyeman" is 2, "National Statistics Institute" 1 after "Statistics". */
const NAME_WORDS = 3;
const NAME: ReadonlySet<string> = new Set(['PROPN', 'NOUN']);
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from']);
/** Words of a phrase of place after "in" or "at" at most: "a Kabul University conference" is 4. */
const PLACE_WORDS = 5;
const PLACE_PHRASE: ReadonlySet<string> = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'PART']);
/** Words between a verb and the speaker in apposition after it at most: "Assad Shoman, the Belizean" is 5. */
const APPOSITION_WORDS = 6;
const APPOSITION: ReadonlySet<string> = new Set(['PROPN', 'DET', 'ADJ', 'PUNCT']);
/** Words between "according to" and the speaker at most: "Polish" in "according to Polish historians" is 1. */
const ACCORDING_WORDS = 3;
const NOUN_PHRASE: ReadonlySet<string> = new Set(['DET', 'ADJ', 'PROPN']);
