import type { Lexicon } from '../lexicon/types.js';
import type { Token } from '../nlp/index.js';
import type { RuleContext, WorkingHit } from './context.js';
import { signOf } from './context.js';
import { clauseEnd } from './phrase.js';

/**
 * How a sentence with a juxtaposition marker ("kept its coast guard ships at the shoal while opening a
 * hotline") sets its acts side by side: `paired` when the lexicon knows acts on both sides of the
 * marker (or the marker only states a condition: "nothing to negotiate while their tanks stand on our
 * land", where the act is negated or refused, also by its own words: "would not sit idly by while its
 * water share shrank"), `one-sided` when every counted hit lies on one side and the other side holds a
 * verb the lexicon does not know: a second act, unscored; acts past the phrase a one-word preposition
 * opens ("alongside the leaders of France, Merz told …") are `paired`. A "while" clause after the acts whose verbs
 * all say how long something goes on (`params.labels.whileDurations`: "keep the crossing open while road
 * works continue", "would not fire while the truce holds") is a time, not a second act: `paired`. A
 * sentence with no marker is `paired` when "and" joins two clauses whose acts lie on opposite sides (see
 * `coordinated`).
 */
export type Juxtaposition = 'paired' | 'one-sided';

/** The sentence's juxtaposition, or `undefined` without a marker or a coordination of opposite acts. */
export function juxtapositionOf(context: RuleContext): Juxtaposition | undefined {
  const marker = context.markers.juxtaposition[0];
  if (marker === undefined) return coordinated(context) ? 'paired' : undefined;
  let before = 0;
  let after = 0;
  for (const hit of context.hits) {
    if (hit.factor === 0) continue;
    if (hit.negators.length > 0 || hit.refusedBy !== undefined || writtenNegated(hit, context)) return 'paired';
    if (hit.last < marker.first) before += 1;
    else if (hit.first > marker.last) after += 1;
  }
  if ((before > 0) === (after > 0)) return 'paired';
  const { tokens, sentences } = context.analysis;
  // Acts past the phrase a preposition opens are the main clause's, beside an opening phrase that sets
  // nothing against them: "Speaking in Kyiv alongside the leaders of France, Merz told Moscow …".
  if (after > 0 && marker.first === marker.last && tokens[marker.first]?.pos === 'ADP' && firstCounted(context).first > clauseEnd(tokens, marker.last + 1)) return 'paired';
  const sentence = sentences[tokens[marker.first]?.sentence ?? 0];
  if (sentence === undefined) return 'paired';
  const [from, to] = before > 0 ? [marker.last + 1, sentence.lastToken] : [sentence.firstToken, marker.first - 1];
  if (before > 0 && saysHowLong(context, marker.first, from)) return 'paired';
  for (let t = from; t <= to; t += 1) if (tokens[t]?.pos === 'VERB') return 'one-sided';
  return 'paired';
}

/** The first hit that still counts (`juxtapositionOf` calls it only when there is one). */
function firstCounted(context: RuleContext): WorkingHit {
  return context.hits.find((hit) => hit.factor !== 0) as WorkingHit;
}

/**
 * Whether the clause of a "while" at `marker`, from `from`, has a subject of its own and ends on a verb of
 * `params.labels.whileDurations` ("while the Armenian grid is repaired this winter", "while road works on
 * the border highway continue", where wink-nlp reads "works" as a verb); "while keeping its troops
 * there" and "while the commissions continue their work on marking the line" name a second act.
 */
function saysHowLong({ analysis: { tokens }, lexicon }: RuleContext, marker: number, from: number): boolean {
  const durations = lexicon.params.labels.whileDurations;
  if (durations === undefined || !WHILE.has(tokens[marker]?.normal ?? '') || tokens[from]?.pos === 'VERB') return false;
  let last: Token | undefined;
  const end = clauseEnd(tokens, from);
  for (let t = from; t <= end; t += 1) if (tokens[t]?.pos === 'VERB') last = tokens[t];
  return last !== undefined && durations.includes(last.lemma);
}

const WHILE: ReadonlySet<string> = new Set(['while', 'whilst']);

const negatorWords = new WeakMap<Lexicon, ReadonlySet<string>>();

/** Parts of speech of content words: a negator among them reverses an act ("withdraw troops", "lift the ban") rather than negating it. */
const CONTENT = new Set(['VERB', 'NOUN', 'PROPN', 'AUX', 'ADJ']);

/**
 * Whether the entry writes its act negated: its first word is a negator that is a function word
 * ("not sit idly by", "nothing to discuss"), not a verb of reversal ("withdraw troops").
 */
function writtenNegated(hit: WorkingHit, { lexicon, analysis }: RuleContext): boolean {
  let words = negatorWords.get(lexicon);
  if (words === undefined) {
    words = new Set(lexicon.modifiers.negators.filter((n) => n.direction !== 'before').map((n) => n.term.toLowerCase()));
    negatorWords.set(lexicon, words);
  }
  const first = analysis.tokens[hit.first];
  return first !== undefined && !CONTENT.has(first.pos) && words.has(first.normal);
}

/**
 * Whether "and" joins two clauses of the sentence whose counted acts stand on opposite sides, all of
 * one pole before it and all of the other after it: "We will talk with anyone who wants to talk, and we
 * will shoot down anything that crosses into our airspace". The second clause opens after a comma, or
 * with a pronoun, an auxiliary or "that" ("and would keep the joint patrol in force"); "Canberra and
 * Beijing buried the hatchet" joins two subjects. A contrast marker sets the sentence's acts against
 * each other already ("After three years of levies, …").
 */
function coordinated(context: RuleContext): boolean {
  if (context.hits.length < 2 || context.markers.contrast.length > 0) return false;
  const { tokens } = context.analysis;
  const counted = context.hits.filter((hit) => hit.factor !== 0);
  if (counted.length < 2) return false;
  for (let c = (counted[0] as WorkingHit).last + 1; c < (counted.at(-1) as WorkingHit).first; c += 1) {
    if (tokens[c]?.normal !== 'and' || !opensClause(tokens, c)) continue;
    const before = counted.filter((hit) => hit.last < c);
    const after = counted.filter((hit) => hit.first > c);
    const sign = signOf(before[0] as WorkingHit);
    if (before.every((hit) => signOf(hit) === sign) && after.every((hit) => signOf(hit) === -sign)) return true;
  }
  return false;
}

/** Whether the "and" at `c` opens a clause: after a comma, or before a pronoun, an auxiliary or "that". */
function opensClause(tokens: RuleContext['analysis']['tokens'], c: number): boolean {
  const next = tokens[c + 1];
  return tokens[c - 1]?.normal === ',' || (next !== undefined && (next.pos === 'PRON' || next.pos === 'AUX' || next.normal === 'that'));
}
