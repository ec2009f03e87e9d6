import type { Match } from '../lexicon/match.js';
import { beforeAdverbs, isGerund, isNounPhraseWord, isPossessive, type Token } from '../nlp/index.js';
import type { RuleContext, WorkingHit } from './context.js';
import { CONCESSION } from './concession.js';
import { leanOf, signOf, trigger } from './context.js';
import { breaksClause, CLAUSE_BREAK, opensPredicate } from './scope.js';

/**
 * contrast — "we want peace, but we will retaliate": after a contrast marker the clause counts more
 * (`after`), before it less (`before`). A hit takes the factor of the last marker before it in its
 * sentence that still reaches it (a marker with `until: "clause"` stops at the next comma or
 * semicolon: "despite tensions, they signed"), else the `before` factor of the first marker after it.
 * A marker's `owned` factor replaces `after` when the words after it name another's act: a name's
 * possessive ("despite Lee's offer") or a noun phrase with no verb ("despite the sanctions").
 * A marker that opens a sentence ("However, …") lowers the previous sentence's untouched hits. A marker
 * with `refusal` turns the hits before it when what follows refuses an act no hit names (see
 * `takeBackConcession`).
 */
export function contrast(context: RuleContext): void {
  if (context.markers.contrast.length === 0) return;
  const tokens = context.analysis.tokens;
  const sentences = context.analysis.sentences;
  const items = context.lexicon.modifiers.contrast;
  const markers = context.markers.contrast;
  const breaks = clauseBreaksBefore(context);
  const reaches = (marker: Match, token: number) =>
    items[marker.pattern.index]?.until !== 'clause' || (breaks.get(token) ?? 0) === (breaks.get(marker.last + 1) ?? 0);
  // One sweep: hits and markers are both in text order and never overlap.
  let next = 0;
  let lastBefore: Match | undefined;
  let lastSentenceWide: Match | undefined;
  for (const hit of context.hits) {
    while (next < markers.length && (markers[next] as Match).last < hit.first) {
      lastBefore = markers[next] as Match;
      if (items[lastBefore.pattern.index]?.until !== 'clause') lastSentenceWide = lastBefore;
      next += 1;
    }
    const before = lastBefore !== undefined && reaches(lastBefore, hit.first) ? lastBefore : lastSentenceWide;
    const marker = before ?? markers[next];
    const item = marker && items[marker.pattern.index];
    if (marker === undefined || item === undefined) continue;
    const owned = before !== undefined && item.owned !== undefined && concedesAnothersAct(tokens, before.last + 1);
    const opposed = before !== undefined && !owned && item.opposed !== undefined && opposesRest(context, hit, (other) => other.first > before.last && reaches(before, other.first));
    const factor = owned ? (item.owned as number) : opposed ? (item.opposed as number) : before ? item.after : item.before;
    // A factor of 1 ("despite" on the clause before it) changes nothing and is not listed.
    if (factor === 1) continue;
    hit.factor *= factor;
    hit.modifiers.push(`${owned ? 'contrast-owned' : opposed ? 'contrast-opposed' : before ? 'contrast-after' : 'contrast-before'}:${trigger(context, marker)}`);
  }
  for (const marker of markers) if (items[marker.pattern.index]?.refusal === true) takeBackConcession(context, marker);
  const opening = markers[0];
  const item = opening && items[opening.pattern.index];
  if (opening === undefined || item === undefined || item.before === 1 || sentences[tokens[opening.first]?.sentence ?? -1]?.firstToken !== opening.first) return;
  for (const hit of context.previous) {
    if (hit.modifiers.some((m) => m.startsWith('contrast-'))) continue;
    hit.factor *= item.before;
    hit.modifiers.push(`contrast-before:${trigger(context, opening)}`);
  }
}

/**
 * Whether the hit counts for the pole opposite to the one the sentence's other hits outside the marker's
 * reach (`inReach`) lean to, together: "ceasefire" in "the ports will stay closed until there is a
 * permanent ceasefire". No lean (no other hits, or a tie) opposes nothing.
 */
function opposesRest(context: RuleContext, hit: WorkingHit, inReach: (other: WorkingHit) => boolean): boolean {
  // The hit itself is in the marker's reach, so it never counts toward the lean.
  const lean = leanOf(context.hits, (other) => !inReach(other));
  return lean !== 0 && Math.sign(lean) !== signOf(hit);
}

/**
 * Whether the conceded words from `from` name another's act: they open with a name and its possessive
 * ("Lee's offer", "the North's attack"), or are a noun phrase with no verb and no pronoun ("the
 * sanctions", "the shelling of a convoy route", "repeated provocations"), which the speaker concedes
 * rather than does; not a clause ("having been attacked", "what they did") nor a pronoun's act ("its
 * own doubts", "their attack": whose is not known).
 */
function concedesAnothersAct(tokens: readonly Token[], from: number): boolean {
  let t = from;
  if (tokens[t]?.pos === 'DET') t += 1;
  const first = t;
  while (tokens[t]?.pos === 'PROPN') t += 1;
  if (t > first && isPossessive(tokens[t])) return true;
  const sentence = tokens[from]?.sentence;
  for (let c = from; tokens[c] !== undefined && tokens[c]?.sentence === sentence && !CLAUSE_BREAK.has(tokens[c]?.normal ?? '') && !opensPredicate(tokens, c); c += 1) {
    const pos = tokens[c]?.pos;
    if (pos === 'VERB' || pos === 'AUX' || pos === 'PRON') return false;
  }
  return true;
}

/**
 * For each token of the sentence, how many clause breaks come before it (only when a marker needs it):
 * clause punctuation, and a conjunction that opens a new predicate ("despite the attack and agreed to
 * talks" ends the conceded clause at "and").
 */
function clauseBreaksBefore(context: RuleContext): Map<number, number> {
  const counts = new Map<number, number>();
  const first = context.markers.contrast[0];
  if (first === undefined || !context.markers.contrast.some((m) => context.lexicon.modifiers.contrast[m.pattern.index]?.until === 'clause')) return counts;
  const tokens = context.analysis.tokens;
  const sentence = context.analysis.sentences[tokens[first.first]?.sentence ?? 0];
  if (sentence === undefined) return counts;
  const opening = opensSentence(tokens, sentence.firstToken, first.first);
  let seen = 0;
  for (let t = sentence.firstToken; t <= sentence.lastToken + 1; t += 1) {
    counts.set(t, seen);
    if ((CLAUSE_BREAK.has(tokens[t]?.normal ?? '') && !(opening && isParticipialAside(tokens, t, sentence.lastToken))) || opensPredicate(tokens, t)) seen += 1;
  }
  return counts;
}

/** Whether no verb stands before the marker at `marker` in its sentence: "Weeks after …", "Despite …". */
function opensSentence(tokens: readonly Token[], first: number, marker: number): boolean {
  for (let t = first; t < marker; t += 1) if (tokens[t]?.pos === 'VERB' || tokens[t]?.pos === 'AUX') return false;
  return true;
}

/**
 * Whether the comma at `t` sets off an -ing phrase that another comma closes before the sentence ends:
 * in a clause opening the sentence ("Weeks after a patrol boat collided with a fishing boat, killing one
 * fisherman, the two river police forces set up a hotline") it tells more of that clause, not the next.
 */
function isParticipialAside(tokens: readonly Token[], t: number, last: number): boolean {
  return tokens[t]?.normal === ',' && isGerund(tokens[t + 1]) && breaksClause(tokens, t + 2, last + 1);
}

/**
 * "We value the friendship of the American people, but we will not receive a single migrant": when no hit
 * counts after the marker in its sentence and the words after it rule out a future act ("will not",
 * "would never", "no one will"), the act refused is one the lexicon does not know, and what the refusal
 * takes back is the concession before the marker, whose hits count for the other pole. A refusal of the
 * past ("but they have not replied") is another's answer, not the speaker's stand, and turns nothing.
 */
function takeBackConcession(context: RuleContext, marker: Match): void {
  const { hits } = context;
  if (hits.some((hit) => hit.first > marker.last && hit.factor !== 0)) return;
  // A concession already read as the rebuff's framing (see `concession`) has been taken back, with all
  // that stands before the marker ("We respect Washington, despite its tariffs, but not one more migrant
  // will land here" keeps the tariffs hostile).
  if (hits.some((hit) => hit.last < marker.first && hit.modifiers.includes(CONCESSION))) return;
  const before = hits.filter((hit) => hit.last < marker.first && hit.factor !== 0);
  if (before.length === 0 || !context.markers.negator.some((negator) => negator.first > marker.last && refusesFuture(context.analysis.tokens, negator))) return;
  const modifier = `contrast-refusal:${trigger(context, marker)}`;
  for (const hit of before) {
    hit.flipped = !hit.flipped;
    hit.modifiers.push(modifier);
  }
}

/**
 * Whether a negator rules out a future act: a future auxiliary right before it, adverbs between ("will
 * not", "wo n't", "would never"), or right after a negated subject of at most `SUBJECT_MAX` words ("no
 * one will take", "not a single Greek trawler will fish", "never will we").
 */
function refusesFuture(tokens: readonly Token[], negator: Match): boolean {
  const auxiliary = tokens[beforeAdverbs(tokens, negator.first)];
  if (auxiliary?.pos === 'AUX' && FUTURE.has(auxiliary.lemma)) return true;
  const sentence = tokens[negator.first]?.sentence;
  for (let t = negator.last + 1; t <= negator.last + SUBJECT_MAX + 1; t += 1) {
    const token = tokens[t];
    if (token === undefined || token.sentence !== sentence) return false;
    if (token.pos === 'AUX') return FUTURE.has(token.lemma);
    if (!isNounPhraseWord(token)) return false;
  }
  return false;
}

/** Lemmas of the auxiliaries of a future or hypothetical act ("will", "'ll", "wo", "would", "shall"). */
const FUTURE: ReadonlySet<string> = new Set(['will', 'would', 'shall']);
/** Words between a negated subject's negator and its auxiliary: "not a single Greek trawler will" is 4. */
const SUBJECT_MAX = 5;
