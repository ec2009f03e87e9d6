import { isJoiner } from '../lexicon/compile.js';
import type { Match } from '../lexicon/match.js';
import type { RuleContext, WorkingHit } from './context.js';
import { firstAtOrAfter, insertHit, signOf, trigger } from './context.js';
import { ASSERTED } from './assertion.js';
import { beforeAdverbs, isPossessive, type Token } from '../nlp/index.js';
import { CLAUSE_BREAK, scopeStart } from './scope.js';
import { runEnd } from './phrase.js';

/**
 * cessation — "We call on China to cease its aggressive actions", "urged Manila to stop provocations",
 * "the Philippines should stop provocations": asking one other side to stop its own act names that act
 * as theirs, an accusation, so a confrontation hit that a cessation negator (`params.cessations.negators`:
 * stop, cease, halt, refrain from, …) governs keeps its pole instead of flipping into engagement
 * (modifier `cessation:<appeal>`). The negator must follow an appeal or demand hit
 * (`params.cessations.categories`: "call on", "urge", "demanded that") with the one side asked between
 * them, or a modal (`params.cessations.modals`: "must", "should") whose subject is another side. A call
 * on several sides, or on none, is an appeal to de-escalate and flips as any negation does: "urged both
 * sides to cease hostilities", "called for a halt to the fighting", "urged the federal government and
 * the regional leadership to cease hostilities" (`params.cessations.mutual`: both, all, and, …), and so
 * is a speaker's own resolve ("we must stop the fighting"); a demand on none is not ("demanded an end to
 * the embargo": a demand, unlike an appeal, asks whoever does the act); and a stop asked of anyone of an
 * act a name owns ("asked the Security Council to stop Thailand's aggression") names that side's act as
 * well. An appeal that asks one other side to stop ("call on", "urge") is then the vehicle of a demand,
 * not an act of cooperation, and counts 0 (modifier `demand`). A release (`params.cessations.releases`)
 * that an appeal asks for by name ("called for the release of jailed activists") is asked of whoever holds
 * them, named or not, and so is a demand too. Off without `params.cessations`.
 *
 * Returns what makes the cessation a demand on another side: its word, and the appeal hit when an
 * appeal does; `undefined` when nothing does.
 */
export function demandedOf(context: RuleContext, hit: WorkingHit, negator: Match): Demand | undefined {
  const cessations = context.lexicon.params.cessations;
  if (cessations === undefined || hit.pole !== 'confrontation') return undefined;
  const release = cessations.releases?.includes(context.analysis.tokens[negator.first]?.lemma ?? '') === true;
  if (!release && !cessations.negators.includes(negator.pattern.term)) return undefined;
  return askedBy(context, negator, cessations) ?? ownerAsked(context, hit, negator, cessations) ?? (release ? releaseAsked(context, negator, cessations) : undefined);
}

/**
 * A release an appeal asks for by name ("called for the release of jailed activists"): whoever holds
 * them is the side asked, named or not, so the detention stays that side's act and the appeal is the
 * vehicle of a demand.
 */
function releaseAsked(context: RuleContext, negator: Match, cessations: Cessations): Demand | undefined {
  const appeal = lastAppealBefore(context.hits, scopeStart(context, negator.first, REACH), negator.first, cessations.categories);
  if (appeal === undefined || releaseAfter(context.analysis.tokens, appeal.last, cessations.releases ?? []) !== negator.first) return undefined;
  return { word: trigger(context, appeal), appeal };
}

/**
 * A stop asked for, of whomever ("asked the Security Council to stop Thailand's aggression", "called for
 * an end to Russia's aggression"), of an act a name owns between the negator and the hit: the act is
 * named as that side's, and the appeal, if one asks, is the vehicle of a demand. Asked for means after
 * "to" or after an appeal hit; a stop that happened ("welcomed the end of Russia's blockade") flips as
 * any negation does.
 */
function ownerAsked(context: RuleContext, hit: WorkingHit, negator: Match, cessations: Cessations): Demand | undefined {
  const tokens = context.analysis.tokens;
  let owner: number | undefined;
  for (let t = negator.last + 1; t < hit.first; t += 1) if (tokens[t]?.pos === 'PROPN' && isPossessive(tokens[t + 1])) owner = t;
  if (owner === undefined) return undefined;
  let before = negator.first - 1;
  // A quotation may open between "to" and the stop: 'asked the Council to "stop Thailand's aggression"'.
  while (isJoiner(tokens[before]?.normal ?? '')) before -= 1;
  const word = `${tokens[owner]?.normal ?? ''}'s`;
  const appeal = lastAppealBefore(context.hits, scopeStart(context, negator.first, REACH), negator.first, cessations.categories);
  if (appeal !== undefined) return { word, appeal };
  return tokens[before]?.normal === 'to' ? { word } : undefined;
}

type Cessations = NonNullable<RuleContext['lexicon']['params']['cessations']>;

/** What asks another side to stop: a modal ("Manila should stop") or an appeal hit ("urged Manila to stop"). */
export interface Demand {
  readonly word: string;
  readonly appeal?: WorkingHit;
}

/**
 * Who asks for the stop at `negator`: a modal with another side as subject, an appeal or demand naming
 * one other side, or, for a stop coordinated with an earlier one ("to stop the arrests …, and to refrain
 * from sending police"), whoever asked for that one.
 */
function askedBy(context: RuleContext, negator: Match, cessations: Cessations): Demand | undefined {
  const tokens = context.analysis.tokens;
  const start = scopeStart(context, negator.first, REACH);
  const modal = beforeAdverbs(tokens, negator.first);
  if (modal >= start && cessations.modals.includes(tokens[modal]?.normal ?? '')) {
    const subject = subjectStart(context, start, modal);
    return isOneOtherSide(context, subject, subject, modal, cessations) ? { word: tokens[modal]?.normal ?? '' } : undefined;
  }
  const earlier = coordinatedWith(context, negator, cessations);
  if (earlier !== undefined) return askedBy(context, earlier, cessations);
  const appeal = lastAppealBefore(context.hits, start, negator.first, cessations.categories);
  if (appeal === undefined) return askerBefore(context, start, negator.first, cessations);
  // An appeal on no side is a call to de-escalate ("called for a halt to the fighting"); a demand on
  // no side still asks whoever does the act to stop it ("demanded an end to the embargo").
  const sides = sidesNamed(context, appeal.first, appeal.last + 1, negator.first, cessations);
  return sides === 'one' || (sides === 'none' && appeal.pole === 'confrontation') ? { word: trigger(context, appeal), appeal } : undefined;
}

/**
 * A verb that asks without being an appeal of its own (`params.cessations.askers`: "We asked Russia to
 * stop the shelling"), naming one other side between it and a stop after "to" (not a question: "asked
 * whether Russia would stop"); no hit, so nothing to count 0.
 */
function askerBefore(context: RuleContext, start: number, negator: number, cessations: Cessations): Demand | undefined {
  const tokens = context.analysis.tokens;
  if (tokens[beforeAdverbs(tokens, negator)]?.normal !== 'to') return undefined;
  for (let t = negator - 1; t >= start; t -= 1) {
    const token = tokens[t] as Token;
    if (token.pos !== 'VERB' || cessations.askers?.includes(token.lemma) !== true) continue;
    return isOneOtherSide(context, t, t + 1, negator, cessations) ? { word: token.normal } : undefined;
  }
  return undefined;
}

/**
 * The earlier cessation negator of the same sentence that `negator` is coordinated with: `negator`
 * follows "to" after "and", "or" or a comma ("to stop the persecution, to stop the arrests and to
 * refrain from …"), a quotation perhaps opening between ('to withdraw its ships and to "cease its threats').
 */
function coordinatedWith(context: RuleContext, negator: Match, cessations: Cessations): Match | undefined {
  const tokens = context.analysis.tokens;
  let to = negator.first - 1;
  while (isJoiner(tokens[to]?.normal ?? '')) to -= 1;
  const link = tokens[to - 1]?.normal ?? '';
  if (tokens[to]?.normal !== 'to' || !COORDINATORS.has(link)) return undefined;
  const negators = context.markers.negator;
  for (let n = firstAtOrAfter(negators, negator.first) - 1; n >= 0; n -= 1) {
    const earlier = negators[n] as Match;
    if (tokens[earlier.first]?.sentence !== tokens[negator.first]?.sentence) return undefined;
    if (cessations.negators.includes(earlier.pattern.term)) return earlier;
  }
  return undefined;
}

const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', ',']);

/** The last hit of the given categories wholly inside `[start, before)`. */
function lastAppealBefore(hits: readonly WorkingHit[], start: number, before: number, categories: readonly string[]): WorkingHit | undefined {
  for (let h = firstAtOrAfter(hits, before) - 1; h >= 0; h -= 1) {
    const hit = hits[h] as WorkingHit;
    if (hit.first < start) return undefined;
    if (hit.last < before && categories.includes(hit.category)) return hit;
  }
  return undefined;
}

/** Where the subject of a modal starts: after the last verb between the clause start and the modal ("said Manila should stop"). */
function subjectStart(context: RuleContext, start: number, modal: number): number {
  const tokens = context.analysis.tokens;
  for (let t = modal - 1; t >= start; t -= 1) {
    const pos = tokens[t]?.pos;
    if (pos === 'VERB' || pos === 'AUX' || pos === 'SCONJ') return t + 1;
  }
  return start;
}

/**
 * Which sides the tokens `[from, to)` name: `one` other than the speaker (some noun, name or pronoun),
 * `none`, or `several` when any of `[checkFrom, to)` is the speaker's or several sides' ("urged both sides
 * on Thursday to cease": the appeal's own words count); a range past the text's end counts as `several`,
 * which no caller reads as a demand.
 */
function sidesNamed(context: RuleContext, checkFrom: number, from: number, to: number, cessations: Cessations): 'one' | 'none' | 'several' {
  const tokens = context.analysis.tokens;
  let named = false;
  for (let t = checkFrom; t < to; t += 1) {
    const token = tokens[t];
    if (token === undefined || cessations.mutual.includes(token.normal) || SPEAKER.has(token.normal)) return 'several';
    if (t >= from && (token.pos === 'PROPN' || token.pos === 'NOUN' || token.pos === 'PRON')) named = true;
  }
  return named ? 'one' : 'none';
}

/** Whether the tokens `[from, to)` name one side other than the speaker (see `sidesNamed`). */
function isOneOtherSide(context: RuleContext, checkFrom: number, from: number, to: number, cessations: Cessations): boolean {
  return sidesNamed(context, checkFrom, from, to, cessations) === 'one';
}

/**
 * retraction — "We urge the Japanese Government to withdraw the claim", "urged Beijing to withdraw the
 * ship", "called on Eritrea to withdraw its forces from Ethiopian territory", "We call on Thailand to
 * reconsider its decision", "called on India to stop the practice": asking one other side to undo or
 * stop its act (`params.cessations.retractions`, after "to") names that act as wrong, an accusation, as
 * asking it to stop an act the lexicon knows does (see `demandedOf`).
 * The appeal is then a demand (CAMEO 10) and counts for confrontation (modifier `demand:<verb>`), and an
 * entry on the verb itself ("withdraw its forces") is the act asked for, not the speaker's, and counts 0
 * (modifier `demanded:<appeal>`). A call on several sides ("urged both sides to withdraw their forces")
 * is an appeal to de-escalate and stays one. An appeal already read as a demand by a stop it asks for
 * is left as it is. Off without `params.cessations.retractions`.
 */
export function retraction(context: RuleContext): void {
  const cessations = context.lexicon.params.cessations;
  if (cessations?.retractions === undefined) return;
  const tokens = context.analysis.tokens;
  for (const appeal of context.hits) {
    if (appeal.pole !== 'engagement' || !cessations.categories.includes(appeal.category)) continue;
    if (appeal.factor === 0 && appeal.modifiers.includes('demand')) askedAlongside(context, appeal);
    if (appeal.factor === 0 || appeal.flipped) continue;
    const retracted = retractionAfter(tokens, appeal.last, cessations.retractions);
    const verb = retracted !== undefined && isOneOtherSide(context, appeal.first, appeal.last + 1, retracted, cessations) ? retracted : releaseAfter(tokens, appeal.last, cessations.releases ?? []);
    if (verb === undefined) continue;
    appeal.flipped = true;
    appeal.modifiers.push(`demand:${trigger(context, { first: verb, last: verb })}`);
    countAskedAt(context, verb, appeal);
    askedAlongside(context, appeal);
  }
  askedByAskers(context, cessations);
}

/**
 * The hits on the verb at token `verb` that `by` asks for: the other side's act to do, counting 0, of
 * either pole ("We call on Thailand to reconsider its decision": the reconsidering is Thailand's, no hint
 * of the speaker's that ties may be cut).
 */
function countAskedAt(context: RuleContext, verb: number, by: Pick<WorkingHit, 'first' | 'last'>): void {
  for (let h = firstAtOrAfter(context.hits, verb); context.hits[h]?.first === verb; h += 1) {
    const asked = context.hits[h] as WorkingHit;
    if (asked.factor !== 0) countAsked(asked, trigger(context, by));
  }
}

/** A hit that is another side's act asked for by the words `by`: it counts 0 (modifier `demanded:<by>`). */
function countAsked(asked: WorkingHit, by: string): void {
  asked.factor = 0;
  asked.modifiers.push(`demanded:${by}`);
}

/**
 * An undoing asked by a verb of `params.cessations.askers` naming one other side ("We asked Russia to
 * withdraw its troops"): the act asked for is that side's to do and counts 0, as after an appeal; no
 * appeal hit is there to become the demand, so the sentence keeps only what else it says. An asker of
 * `expectations` demands whatever act it asks after "to" ("expects the United States to respect the
 * sovereignty of the Kingdom").
 */
function askedByAskers(context: RuleContext, cessations: Cessations): void {
  const { tokens, sentences } = context.analysis;
  const sentence = sentences[tokens[context.hits[0]?.first ?? -1]?.sentence ?? -1];
  if (sentence === undefined || cessations.askers === undefined || cessations.retractions === undefined) return;
  for (let t = sentence.firstToken; t <= sentence.lastToken; t += 1) {
    const token = tokens[t] as Token;
    if (token.pos !== 'VERB' || !cessations.askers.includes(token.lemma)) continue;
    const retracted = retractionAfter(tokens, t, cessations.expectations?.includes(token.lemma) === true ? undefined : cessations.retractions);
    if (retracted === undefined || !isOneOtherSide(context, t, t + 1, retracted, cessations)) continue;
    countAskedAt(context, retracted, { first: t, last: t });
    askedAlongside(context, { first: t, last: t });
    if (cessations.askerWeight !== undefined && isAskedTo(tokens, t, retracted) && !isNegated(context, t)) {
      insertHit(context, { first: t, last: t, term: token.lemma, pole: 'confrontation', category: 'demand', weight: cessations.askerWeight }, [], [`demand:${trigger(context, { first: retracted, last: retracted })}`]);
    }
  }
}

/** Whether the undoing at `retracted` is asked with "to" of the one the asker at `t` names ("asked India to withdraw"), not told in a "that" clause. */
function isAskedTo(tokens: readonly Token[], t: number, retracted: number): boolean {
  if (tokens[retracted - 1]?.normal !== 'to') return false;
  for (let u = t + 1; u < retracted; u += 1) if (tokens[u]?.normal === 'that') return false;
  return true;
}

/** Whether a negator ends right before the verb at token `t`, or before the adverbs in front of it ("has not asked", "has not yet asked", "never asked"). */
function isNegated(context: RuleContext, t: number): boolean {
  const before = beforeAdverbs(context.analysis.tokens, t);
  return context.markers.negator.some((negator) => negator.last < t && negator.last >= before - 1);
}

/**
 * demanded — "Beijing demanded that Tokyo hand over the crew", "issued an ultimatum to the rebels to lay
 * down their arms", "gave Quito 15 days to lift it": what a demand (a confrontation hit of
 * `params.cessations.categories` still counting for confrontation) asks of another side is that side's
 * act to do, not the speaker's. The first engagement hit after the demand, with no punctuation,
 * conjunction, auxiliary, word of the speaker's or other verb between, counts 0 (modifier
 * `demanded:<demand>`) when it is no verb or a verb in its base form or after "to" ("hand", "to lay",
 * "lift"; not "demanded an apology and offered talks"), and so do the engagement hits after it up to the
 * next punctuation or conjunction and the acts asked in infinitives coordinated after it. Off without
 * `params.cessations`.
 */
export function demanded(context: RuleContext): void {
  const cessations = context.lexicon.params.cessations;
  if (cessations === undefined) return;
  const tokens = context.analysis.tokens;
  for (let d = 0; d < context.hits.length; d += 1) {
    const demand = context.hits[d] as WorkingHit;
    if (demand.pole !== 'confrontation' || signOf(demand) >= 0 || !cessations.categories.includes(demand.category) || demand.modifiers.includes(ASSERTED)) continue;
    const by = trigger(context, demand);
    for (let h = d + 1, t = demand.last + 1; context.hits[h] !== undefined; h += 1) {
      const asked = context.hits[h] as WorkingHit;
      for (; t < asked.first; t += 1) if (endsAsked(tokens[t] as Token, tokens[t - 1], h === d + 1) && !joinsAdjectives(tokens, t)) break;
      if (t < asked.first || asked.first > demand.last + REACH || (h === d + 1 && !isAskedForm(tokens, asked.first))) break;
      if (asked.pole === 'engagement' && asked.factor !== 0) countAsked(asked, by);
    }
    askedInClause(context, demand, by);
    askedAlongside(context, demand);
  }
}

/**
 * A demand followed by "that" and a clause in the subjunctive ("demanding that Beijing withdraw its
 * vessels and pay compensation", "demanded that they be handed over"): every engagement hit of the
 * clause, up to its punctuation, is asked of the other side and counts 0. A clause in another tense is a
 * claim, not a demand ("insisted that dialogue was the only way").
 */
function askedInClause(context: RuleContext, demand: WorkingHit, by: string): void {
  const tokens = context.analysis.tokens;
  if (tokens[demand.last + 1]?.normal !== 'that') return;
  const end = runEnd(tokens, demand.last + 2, tokens.length, (t) => tokens[t]?.pos !== 'PUNCT');
  let verb = demand.last + 2;
  while (verb <= end && tokens[verb]?.pos !== 'VERB' && tokens[verb]?.pos !== 'AUX') verb += 1;
  const first = tokens[verb];
  if (first === undefined || verb > end || first.normal !== first.lemma) return;
  for (let h = firstAtOrAfter(context.hits, verb); h < context.hits.length && (context.hits[h] as WorkingHit).last <= end; h += 1) {
    const asked = context.hits[h] as WorkingHit;
    if (asked.pole === 'engagement' && asked.factor !== 0) countAsked(asked, by);
  }
}

/**
 * Whether `token` ends what a demand asks: punctuation, a conjunction, and before the first act asked, an
 * auxiliary, a verb, a word of the speaker's or a subordinator other than "that" ("while offering talks").
 */
function endsAsked(token: Token, before: Token | undefined, first: boolean): boolean {
  if (PHRASE_END.has(token.pos)) return true;
  if (!first) return false;
  if (token.pos === 'AUX' || SPEAKER.has(token.normal) || (token.pos === 'SCONJ' && token.normal !== 'that')) return true;
  return token.pos === 'VERB' && !isBareVerb(token, before);
}

/**
 * Whether the act a demand asks for may start at token `t`: no verb, or a verb in its base form or after
 * "to"; and not right after "that", where it is the subject of a statement ("insisted that dialogue was
 * the only way"), not an act asked of a side ("demanded that Tokyo hand over the crew").
 */
function isAskedForm(tokens: readonly Token[], t: number): boolean {
  const token = tokens[t] as Token;
  if (tokens[t - 1]?.normal === 'that') return false;
  return token.pos !== 'VERB' || isBareVerb(token, tokens[t - 1]);
}

/** A verb in its base form ("hand", "accept") or after "to" ("to lay", whose lemma wink reads as "lie"). */
function isBareVerb(token: Token, before: Token | undefined): boolean {
  return token.normal === token.lemma || before?.normal === 'to';
}

/** Whether token `t` is a conjunction between two adjectives ("the immediate and unconditional withdrawal"). */
function joinsAdjectives(tokens: readonly Token[], t: number): boolean {
  return tokens[t]?.pos === 'CCONJ' && tokens[t - 1]?.pos === 'ADJ' && tokens[t + 1]?.pos === 'ADJ';
}

/** Where what a demand asks for ends: punctuation or a conjunction ("demanded an apology and offered talks"). */
const PHRASE_END: ReadonlySet<string> = new Set(['PUNCT', 'CCONJ']);

/**
 * What a demand asks for besides its first act, in infinitives coordinated after it ("calls on Canada
 * to correct its error and to respect the sovereignty of states", "to stop its rhetoric, to refrain
 * from unfriendly steps and to lift its objections"): asked of the same side, so what would count for
 * engagement there is not the speaker's act and counts 0 (modifier `demanded:<appeal>`), unless the
 * speaker's own word comes first in its infinitive ("and to respond to our offer of dialogue": the offer
 * is the speaker's). The list ends with the sentence or at a semicolon or colon.
 */
function askedAlongside(context: RuleContext, appeal: Pick<WorkingHit, 'first' | 'last'>): void {
  const tokens = context.analysis.tokens;
  const sentence = tokens[appeal.last]?.sentence;
  let listed = false;
  let ours = false;
  let h = firstAtOrAfter(context.hits, appeal.last + 1);
  for (let t = appeal.last + 1; tokens[t]?.sentence === sentence && !LIST_END.has(tokens[t]?.normal ?? ''); t += 1) {
    if (isCoordinatedInfinitive(tokens, t)) [listed, ours] = [true, false];
    ours ||= SPEAKER.has(tokens[t]?.normal ?? '');
    for (; context.hits[h] !== undefined && (context.hits[h] as WorkingHit).first <= t; h += 1) {
      const asked = context.hits[h] as WorkingHit;
      if (listed && !ours && asked.factor !== 0 && signOf(asked) > 0) countAsked(asked, trigger(context, appeal));
    }
  }
}

/** Whether token `t` is "to" of an infinitive coordinated with an earlier one: "and to respect", ", to refrain". */
function isCoordinatedInfinitive(tokens: readonly Token[], t: number): boolean {
  if (tokens[t]?.normal !== 'to' || tokens[t + 1]?.pos !== 'VERB') return false;
  let before = t - 1;
  while (isJoiner(tokens[before]?.normal ?? '')) before -= 1;
  return COORDINATORS.has(tokens[before]?.normal ?? '');
}

const LIST_END: ReadonlySet<string> = new Set([';', ':']);

/**
 * The undoing verb after "to" (one of `retractions`; any verb when none are given) that an appeal ending
 * at token `last` asks for, before any other verb or clause punctuation, within `REACH` tokens.
 */
function retractionAfter(tokens: readonly Token[], last: number, retractions?: readonly string[]): number | undefined {
  for (let t = last + 1; t <= last + REACH; t += 1) {
    const token = tokens[t];
    if (token === undefined || token.sentence !== tokens[last]?.sentence || CLAUSE_BREAK.has(token.normal)) return undefined;
    if (token.pos !== 'VERB') continue;
    return (retractions === undefined || retractions.includes(token.lemma)) && tokens[beforeAdverbs(tokens, t)]?.normal === 'to' ? t : undefined;
  }
  return undefined;
}

/**
 * The release an appeal ending at token `last` asks for by name: a noun of `releases` that the appeal's
 * words lead straight into ("called for his release", "called for Bazoum's immediate and unconditional
 * release", "called for the release of …"), within `REACH` tokens.
 */
function releaseAfter(tokens: readonly Token[], last: number, releases: readonly string[]): number | undefined {
  for (let t = last + 1; t <= last + REACH; t += 1) {
    const token = tokens[t];
    if (token === undefined || token.sentence !== tokens[last]?.sentence) return undefined;
    if (token.pos === 'NOUN') return releases.includes(token.lemma) ? t : undefined;
    if (!RELEASE_LEAD.has(token.pos)) return undefined;
  }
  return undefined;
}

/** What may stand between an appeal and the release it names: "for Bazoum's immediate and unconditional". */
const RELEASE_LEAD: ReadonlySet<string> = new Set(['ADP', 'DET', 'PRON', 'PROPN', 'PART', 'ADJ', 'ADV', 'NUM', 'CCONJ']);

/** The speaker's own side: "we must stop the fighting" is resolve, not a demand. */
const SPEAKER: ReadonlySet<string> = new Set(['we', 'i', 'us', 'our']);

/** Tokens before the negator searched for the appeal or the modal's clause: "called on the Armenian leadership to refrain from" is 7. */
const REACH = 12;
