import { beforeAdverbs, isInflectedVerb, isPassiveParticiple, type Token } from '../nlp/index.js';
import type { RuleContext, WorkingHit } from './context.js';
import { countNothingWithin, firstAtOrAfter, trigger } from './context.js';
import { nounPhraseEnd, runEnd } from './phrase.js';
import { CLAUSE_BREAK, opensRelative } from './scope.js';

/**
 * release — "released ten Colombian nationals detained near the border", "released 23 Nigerian fishermen
 * detained off Bakassi": a hostile participle right after the people a release names (an engagement hit
 * whose first word is one of `params.cessations.releases` and whose last is a noun, or such a verb and
 * its object: "repatriated 23 Timorese fishermen detained for straying") says what was done to them
 * before, the harm the release undoes, as "freed detained journalists" has it before the noun (see
 * `negation`). It counts 0 (modifier `released:<release>`). So does a hostile verb in a relative clause
 * on those people, past an "of" phrase of theirs, after a release entry or a negator of release that
 * counts as one alone ("handed back two Azerbaijani servicemen who had been detained", "freed the 17
 * crew members of the container ship it seized in April"), also past the day of the release ("freed 12
 * officials on Wednesday who had been held since the clashes"). A release in the passive reads its subject
 * the same way (see `undoSubjectHarm`). Off without `params.cessations`.
 */
export function release(context: RuleContext): void {
  const releases = context.lexicon.params.cessations?.releases;
  if (releases === undefined) return;
  const { hits } = context;
  const tokens = context.analysis.tokens;
  for (let h = 0; h < hits.length; h += 1) {
    const freed = hits[h] as WorkingHit;
    if (freed.pole !== 'engagement' || !releases.includes(tokens[freed.first]?.lemma ?? '')) continue;
    if (isPassiveParticiple(tokens, freed.first)) undoSubjectHarm(context, freed);
    else if (h + 1 < hits.length) undoHarm(context, freed, hits[h + 1] as WorkingHit);
  }
  // A negator of release governs a participle right after the people itself ("freed 14 fishermen detained off
  // Pedernales"); its scope ends before a relative clause.
  for (const negator of context.markers.negator) {
    if (!releases.includes(tokens[negator.first]?.lemma ?? '')) continue;
    const next = hits[firstAtOrAfter(hits, negator.last + 1)];
    if (next !== undefined) undoHarm(context, negator, next, true);
  }
}

/**
 * A release in the passive ("Seventeen Colombians detained in Venezuela on smuggling charges were handed
 * over", "The vessel, seized near Woody Island in March, was handed back") names the people in its subject:
 * a hostile participle right after the subject's noun or after a comma opening an aside, with no other
 * verb, conjunction or pronoun from there to the release's "be", is the harm undone, and counts 0 with the
 * rest of its phrase (modifier `released:<release>`).
 */
function undoSubjectHarm(context: RuleContext, freed: WorkingHit): void {
  const tokens = context.analysis.tokens;
  const be = beforeAdverbs(tokens, freed.first);
  const label = `released:${trigger(context, freed)}`;
  for (const harm of context.hits) {
    if (harm.first >= be) return;
    if (harm.pole !== 'confrontation' || harm.factor === 0 || !isInflectedVerb(tokens[harm.first]) || !SUBJECT_BEFORE.has(tokens[harm.first - 1]?.pos ?? '')) continue;
    if (!onlyPhraseBetween(tokens, harm.last + 1, be)) continue;
    harm.factor = 0;
    harm.modifiers.push(label);
    countNothingWithin(context, harm.last + 1, be - 1, 'confrontation', label);
  }
}

/** What a participle describing a subject follows: its noun, or the comma that opens an aside on it. */
const SUBJECT_BEFORE: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PUNCT']);

/** Whether tokens `from`..`to` − 1 hold no verb, auxiliary, conjunction or pronoun: the participle's phrase runs on to the release. */
function onlyPhraseBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let t = from; t < to; t += 1) if (CLAUSE_WORDS.has(tokens[t]?.pos ?? '')) return false;
  return true;
}

const CLAUSE_WORDS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'CCONJ', 'SCONJ', 'PRON']);

/** A hit's or a marker's inclusive token range. */
type Span = Pick<WorkingHit, 'first' | 'last'>;

/**
 * Makes `harm` count 0 when it is a hostile verb right after the people `freed` names, or in a relative
 * clause on them; and with it, or with a participle that is no hit, the hostile hits of the rest of that
 * phrase, which tell where and why the people were held ("captured during the July fighting", "detained
 * during the road blockades", "it had held for three weeks in a customs dispute"), up to the clause's
 * end or a conjunction ("… and handed back their vehicles"), as `countNothingWithin` counts a span out.
 */
function undoHarm(context: RuleContext, freed: Span, harm: WorkingHit, relativeOnly = false): void {
  const tokens = context.analysis.tokens;
  const people = peopleEnd(tokens, freed);
  if (people === -1) return;
  const held = heldAt(tokens, people);
  const isHarm = harm.pole === 'confrontation' && harm.factor !== 0 && isInflectedVerb(tokens[harm.first]);
  if (isHarm && (people === harm.first - 1 ? !relativeOnly : isRelativeOpening(tokens, pastDay(tokens, people + 1), harm.first))) {
    harm.factor = 0;
    harm.modifiers.push(`released:${trigger(context, freed)}`);
  }
  if (held === -1 || !ADVERBIAL.has(tokens[held + 1]?.pos ?? '')) return;
  countNothingWithin(context, held + 1, backgroundEnd(tokens, held), 'confrontation', `released:${trigger(context, freed)}`);
}

/**
 * The participle that tells how the people ending at `people` were held: right after them ("soldiers
 * captured") or after a relative clause's opening ("drivers it had held"); −1 when there is none.
 */
function heldAt(tokens: readonly Token[], people: number): number {
  if (isInflectedVerb(tokens[people + 1])) return people + 1;
  const from = pastDay(tokens, people + 1);
  for (let t = from + 1; t <= from + RELATIVE_WORDS; t += 1) {
    if (isInflectedVerb(tokens[t])) return isRelativeOpening(tokens, from, t) ? t : -1;
  }
  return -1;
}

/**
 * The token after the day of the release when one stands at `t` between the people and a relative clause
 * on them ("freed 12 officials on Wednesday who had been held since the clashes"): "on" and a name or
 * numbers ("on Wednesday", "on 3 March"); `t` otherwise.
 */
function pastDay(tokens: readonly Token[], t: number): number {
  if (tokens[t]?.normal !== 'on') return t;
  let end = t + 1;
  while (end <= t + DAY_WORDS && DAY.has(tokens[end]?.pos ?? '')) end += 1;
  return end > t + 1 && tokens[end]?.pos === 'PRON' ? end : t;
}

/** Tags of a day's words: "Wednesday", "3 March". */
const DAY: ReadonlySet<string> = new Set(['PROPN', 'NUM']);
/** Words of a day at most: "3 March 2025" is 3. */
const DAY_WORDS = 3;

/** The last token of the phrase of the participle at `held`: before a clause break, a conjunction ("… and on the same day closed its airspace") or the sentence's end. */
function backgroundEnd(tokens: readonly Token[], held: number): number {
  return runEnd(tokens, held, tokens.length, (t) => !CLAUSE_BREAK.has((tokens[t] as Token).normal) && (tokens[t] as Token).pos !== 'CCONJ');
}

/**
 * The last token of the people a release names: the hit's own noun ("release of the fishermen"), or the
 * noun phrase after a verb of release that is a hit alone ("repatriated 23 Timorese fishermen"); −1 when
 * neither ends in a noun.
 */
function peopleEnd(tokens: readonly Token[], freed: Span): number {
  const last = tokens[freed.last];
  // A verb alone ("repatriated") or with its particle ("handed back") names the people after it.
  const verb = freed.first === freed.last ? last?.pos === 'VERB' : freed.last === freed.first + 1 && tokens[freed.first]?.pos === 'VERB' && PARTICLES.has(last?.pos ?? '');
  let end = verb ? nounPhraseEnd(tokens, freed.last + 1, OBJECT_WORDS) : freed.last;
  // "the 17 crew members of the container ship it seized": the relative clause may follow an "of" phrase.
  if (verb && tokens[end + 1]?.normal === 'of') end = Math.max(end, nounPhraseEnd(tokens, end + 2, OBJECT_WORDS));
  // A noun phrase may take in the pronoun that opens a relative clause after it ("servicemen who").
  while (verb && end > freed.last && tokens[end]?.pos === 'PRON') end -= 1;
  return tokens[end]?.pos === 'NOUN' ? end : -1;
}

/**
 * Whether tokens `from`..`to` − 1 open a relative clause on the people whose verb at `to` is done to them:
 * a relative pronoun and a passive ("who had been detained", "that were seized"), or another subject's
 * pronoun ("it seized", "they had held"). "the three men who opened fire" tells what they did.
 */
function isRelativeOpening(tokens: readonly Token[], from: number, to: number): boolean {
  const opening = tokens[from];
  if (to - from > RELATIVE_WORDS || opening?.pos !== 'PRON') return false;
  for (let t = from + 1; t < to; t += 1) if (tokens[t]?.pos !== 'AUX') return false;
  return !opensRelative(opening) || isPassiveParticiple(tokens, to);
}

/** Tags of a verb's particle: "handed back", "handed over". */
const PARTICLES: ReadonlySet<string> = new Set(['ADP', 'ADV', 'PART']);
/** Tags after a participle that open where, since when or why the people were held ("captured during", "held for", "detained near", "held since"), not an object ("ended the standoff"). */
const ADVERBIAL: ReadonlySet<string> = new Set(['ADP', 'ADV', 'SCONJ']);
/** Words of a relative clause's opening at most: "who had been" is 3. */
const RELATIVE_WORDS = 3;

/** Words of the people after a verb of release: "the 23 Timorese fishermen" is 4. */
const OBJECT_WORDS = 5;
