import { DETERMINERS, isJoiner } from '../lexicon/compile.js';
import type { Match } from '../lexicon/match.js';
import { APPROXIMATIONS, beforeAdverbs, COPULAS, isCapitalised, isCurrencySign, isGerund, isGerundBeforeNoun, isHyphenatedPiece, isInflectedVerb, isInnerHyphen, isNoun, isNounPhraseWord, isPassiveParticiple, isPerCent, isPossessive, QUANTITY_PAIRS, type Token } from '../nlp/index.js';
import type { RuleContext, WorkingHit } from './context.js';
import { firstAtOrAfter, insertHit, trigger } from './context.js';
import { clauseEnd, QUOTATION_MARKS, runEnd } from './phrase.js';
import { closesFrontedClause, describesNoun, endsNounPhrase, isAttributive, isClauseStart, opensRelative, pastSubject, prepositionalAsideEnd, scopeEnd, scopeStart } from './scope.js';

/**
 * negation — "will not seek annexation", "not interested in dialogue", "no intention to attack".
 * Each negator governs the hits after it in its scope (`params.negation.window`, cut at clause
 * punctuation). Once it has governed a hit, it stops at the next preposition: "would not retaliate
 * against an attack" negates the retaliation, not the attack it answers; a verb ("freed", "lifted")
 * governs only its object, up to the first preposition ("freed prisoners as a goodwill gesture") or
 * an adverb after it ("settle the matter peacefully"); a noun ("the end of", "a freeze on") only the
 * noun phrase after it ("before the end of the month to settle the dispute" ends no act). A refusal
 * marker in scope absorbs the negation ("did not reject the offer" negates the rejection, not the
 * offer). A negator with `direction:
 * "before"` governs the hits just before it in its clause instead ("contract talks collapsed", "the
 * talks were suspended"). A negator with `governs` governs that pole's hits only ("released a statement
 * welcoming the talks" negates nothing). Two negators over one hit cancel; flips happen in `polarity`.
 */
export function negation(context: RuleContext): void {
  if (context.markers.negator.length === 0) return;
  const window = context.lexicon.params.negation.window;
  const tokens = context.analysis.tokens;
  // Negators inside another negator's scope pass it on to what they govern, so two negations over
  // one hit cancel even when the second one is what reaches it ("no party … it is unwilling to talk to").
  const outer = new Map<Match, Match[]>();
  const idle: Match[] = [];
  for (const negator of context.markers.negator) {
    // The last piece of a hyphenated adjective is no verb: "Israeli-linked ships have been barred".
    if (isInsideName(context, negator) || isHyphenatedPiece(tokens, negator.first)) continue;
    const item = context.lexicon.modifiers.negators[negator.pattern.index];
    // A verb that looks back at its subject ("the war has ended") governs what follows it when it takes
    // an object there ("the agreement has ended the war"), as its forward form does.
    if (item?.direction === 'before' && !takesObject(tokens, negator.last)) {
      if (!governBefore(context, negator, window, outer)) idle.push(negator);
      continue;
    }
    if (item?.raisesToAmount === true && isRaisedToAmount(context, negator)) continue;
    if (item?.intransitive === true && hasNoObject(context.analysis.tokens, negator.last) && governBefore(context, negator, window, outer)) continue;
    const plain = scopeEnd(context, negatedSubjectEnd(tokens, negator) ?? negator.last, window);
    const scope = item?.throughRelative === true ? throughRelative(tokens, plain) : plain;
    let end = scope;
    // A verb ("lifted", "freed", "halted", "resolve the") governs its object, which ends at the first
    // preposition; a noun ("the withdrawal of") the noun phrase after it. A refusal past the object is
    // no longer in scope: "without a verified withdrawal of Rwandan soldiers the signatures mean nothing".
    const verb = tokens[negator.last]?.pos === 'VERB' || tokens[negator.first]?.pos === 'VERB';
    const nominal = isNominal(context, negator);
    // A noun's "to" before a verb governs that verb and its object as a verb does ("citing Avarua's
    // failure to consult Wellington before signing agreements with China").
    // A pronoun object is all a verb governs ("would rescind it to get trade talks moving"), but for
    // what it keeps someone from doing ("stop them from attacking").
    // A passive participle has no object: what follows says what for, up to the scope's end ("would not
    // allow its territory to be used as a launchpad for attacks"); a one-word negator in the passive looks
    // forward at nothing ("links were cut as part of the crackdown"), and an -ing form after "be" is no
    // passive ("was suspending talks").
    // A noun with a verb right after it is that verb's subject and governs nothing after it: "the delay
    // was not a rejection of the dam" rejects nothing.
    if (isSubjectNoun(tokens, negator) || isDescribedNoun(tokens, negator)) end = negator.last;
    else if (verb && isPronounObject(tokens, negator.last + 1)) end = negator.last + 1;
    else if (verb && isPassiveParticiple(tokens, negator.last)) end = negator.last > negator.first || isGerund(tokens[negator.last]) ? scope : negator.last;
    else if (verb || (nominal && tokens[negator.last + 1]?.pos === 'VERB')) end = prepositionAfter(context, negator.last, end, true);
    else if (nominal) end = objectPhraseEnd(context, negator.last, end);
    // A preposition ("without") governs the noun phrase it takes, not the verb after it: "their presence
    // without the consent of the host state violates Moldova's sovereignty".
    else if (negator.first === negator.last && tokens[negator.first]?.pos === 'ADP' && isNounPhraseWord(tokens[negator.last + 1])) end = objectPhraseEnd(context, negator.last, end);
    // A verb or a noun undoes what its object's participle says was done ("freed detained journalists",
    // "the release of 40 detained demonstrators"); "not" leaves a participle that only describes a noun
    // as it is ("did not visit the bombed hospital").
    const undoes = verb || tokens[negator.first]?.pos === 'NOUN' || tokens[negator.last]?.pos === 'NOUN';
    const refusal = context.markers.refusal[firstAtOrAfter(context.markers.refusal, negator.last + 1)];
    const absorbed = refusal !== undefined && refusal.first <= end ? refusal : undefined;
    let reach = absorbed === undefined ? end : absorbed.first - 1;
    // "neither A nor B", and the same negator coordinated ("no plan and no wish to hold a referendum"):
    // each word negates its own act once.
    const partner = CORRELATIVES.get(negator.pattern.term);
    const pair =
      context.markers.negator.find((m) => m.first > negator.last && m.first <= reach && (partner === undefined ? m.pattern.term === negator.pattern.term && tokens[m.first - 1]?.pos === 'CCONJ' : m.pattern.term === partner)) ??
      (partner === undefined ? coordinatedPhrase(context, negator, reach) : undefined);
    if (pair !== undefined) reach = pair.first - 1;
    // A negator that looks forward inside the scope is what this one negates ("never ceased to work for
    // peace"): what lies past it is that negator's to govern, and passes back here only through it.
    const inner = pair === undefined ? forwardNegatorWithin(context, negator, reach) : undefined;
    if (inner !== undefined) reach = inner.last;
    // A negator that looks back in this one's verb group takes this one with it to its subject (see
    // `isVerbGroupAfter`); what follows the group is no longer in scope: "has never failed its Syrian
    // neighbours" denies a failure, not the neighbours.
    const group = context.markers.negator.find((m) => m.first > negator.last && m.first <= reach && context.lexicon.modifiers.negators[m.pattern.index]?.direction === 'before' && isVerbGroupAfter(context, negator, m));
    if (group !== undefined) reach = Math.min(reach, group.last);
    if (absorbed !== undefined) context.refusalNegations.set(absorbed, [...(context.refusalNegations.get(absorbed) ?? []), negator]);
    const label = `negation:${trigger(context, negator)}`;
    let governed = 0;
    // The last token of the last hit governed, or −1.
    let governedEnd = -1;
    // Whether a refusal, a correlative or an inner negator ends the reach before the scope does.
    const cut = reach !== end;
    // Past the end of the object, only what talks were to settle (see below).
    let settles = false;
    // "No" right after a verb's hit determines that verb's object: the act is denied with it ("offered no
    // help", "threatens no one").
    const denied = deniedVerbHit(context, negator);
    if (denied !== undefined && govern(context, denied, negator, label) && denied.factor !== 0) governed += 1;
    for (let h = firstAtOrAfter(context.hits, negator.last + 1); h < context.hits.length && (context.hits[h]?.first ?? Infinity) <= reach; h += 1) {
      const hit = context.hits[h] as WorkingHit;
      // A hit that opens with a conjunction is an alternative of its own, out of the scope: "withdraw from
      // Mogok or face cuts" threatens the cuts.
      if (tokens[hit.first]?.pos === 'CCONJ') break;
      const harm = settles ? undefined : harmLentTo(context, h);
      if (harm !== undefined) {
        hit.factor = 0;
        hit.modifiers.push(`lent-to:${trigger(context, harm)}`);
        reach = Math.max(reach, harm.last);
        continue;
      }
      // A means phrase after the act and its object is what a "not" or "no" denies, not the act: "no
      // intention of resolving this conflict by force" would resolve it otherwise.
      const means = isPlain(tokens, negator) ? meansAfter(context, h, scope) : undefined;
      if (means !== undefined) {
        reach = Math.max(reach, means.last);
        continue;
      }
      if ((settles && hit.pole !== 'engagement') || (!undoes && (describesNoun(context, hit) || (governed === 0 && isReducedRelative(tokens, hit, negator)))) || !govern(context, hit, negator, label)) continue;
      // A hit that counts nothing leaves the negator an act of its own (see `addNegatorHit`).
      if (hit.factor === 0) continue;
      governed += 1;
      governedEnd = Math.max(governedEnd, hit.last);
      // A threat's "of" or "to" names the act threatened, which goes with it ("lifting the threat of a walkout"),
      // a request's "to" the act requested ("denied its requests to send aid convoys"), and a hostile
      // verb's "with" its means ("would not retaliate with tariffs").
      // The "on" of talks names what they were to settle, up to the scope's end: an agreement or a truce
      // goes with them ("paused talks on an early trade agreement"), a tariff or sanctions they were
      // about do not ("paused talks on tariffs").
      if (isTalksOn(context, hit) && !cut) {
        reach = prepositionAfter(context, hit.last + 1, scope, false);
        settles = true;
      } else if (isThreatOf(context, hit) || isRequestTo(context, hit) || isHostileWith(context, hit)) {
        // The act a threat or a request names, or a hostile verb's means, takes a window of its own:
        // "no plans to follow Donald Trump's call for steep tariffs on China".
        reach = prepositionAfter(context, hit.last + 1, cut ? reach : Math.max(reach, scopeEnd(context, hit.last, window)), false);
        // A request's own words count nothing once negated: what is denied is the act it asks for
        // ("no plans to follow Donald Trump's call for steep tariffs"), as a refused request counts 0.
        if (isRequestTo(context, hit) && hit.pole === 'engagement') hit.factor = 0;
      } else reach = prepositionAfter(context, hit.last, cut ? reach : Math.max(reach, compoundHeadEnd(tokens, hit.last)), false);
      // A relative "that" on the noun just governed opens a clause describing it, which the scope ends at
      // as it does at "which": "will not sign any roadmap that legitimises the seizure" refuses the roadmap,
      // not the seizure. A negator read through relative clauses (`throughRelative`) goes on.
      if (item?.throughRelative !== true && isNoun(tokens[hit.last]) && opensRelative(tokens[hit.last + 1])) reach = Math.min(reach, hit.last);
      // A list that runs past the scope shares what governs its first items; after a noun ("the
      // suspension of accession talks and the violence against demonstrators") "and" may as well join
      // a second subject. The list stops before the next negator, whose acts are its own ("will grant no
      // amnesty and open no negotiations", "no sanctions, no talks").
      if (!nominal) {
        const listed = listItemEnd(context, h, reach);
        const next = listed > reach ? forwardNegatorWithin(context, negator, listed) : undefined;
        reach = next !== undefined && next.first > hit.last ? Math.max(reach, next.first - 1) : listed;
      }
    }
    if (governed > 0 && !cut) governed += governAny(context, negator, reach, scope, label);
    if (governed === 0 && absorbed === undefined) idle.push(negator);
    const relative = negatedRelativeClause(tokens, negator);
    for (const inner of context.markers.negator) {
      const before = context.lexicon.modifiers.negators[inner.pattern.index]?.direction === 'before';
      // A negator that has negated an act of its own before the inner one leaves the inner one's acts
      // to it: "terror and talks cannot go together, terror and trade cannot go together".
      if (inner.first > negator.last && ((before ? isVerbGroupAfter(context, negator, inner) : inner.first <= reach && (governedEnd === -1 || governedEnd >= inner.first)) || (relative !== undefined && inner.first > relative[0] && inner.last <= relative[1]))) {
        outer.set(inner, [...(outer.get(inner) ?? []), negator, ...(outer.get(negator) ?? [])]);
      }
    }
  }
  for (const negator of idle) addNegatorHit(context, negator, outer.get(negator) ?? []);
  context.hits.forEach((hit, h) => {
    for (const inner of [...hit.negators]) {
      for (const negator of outer.get(inner) ?? []) {
        // Passed on through an inner negator, the outer one governs whatever the inner one does, pole
        // or not: "waived the penalties that would have cut aid" keeps the aid (a double negation). A
        // means phrase after it takes a plain negator's denial instead ("no intention of resolving this
        // conflict by force").
        const means = isPlain(tokens, negator) ? meansAfter(context, h, tokens.length - 1) : undefined;
        const target = means ?? hit;
        if (!target.negators.includes(negator)) govern(context, target, negator, `negation:${trigger(context, negator)}`, true);
      }
    }
  });
}

/**
 * The hit of an inflected verb right before a one-word "no", whose object that "no" opens; `undefined` if
 * none. A bare verb after a modal is left alone: "would host no rival delegation" promises restraint.
 */
function deniedVerbHit(context: RuleContext, negator: Match): WorkingHit | undefined {
  const tokens = context.analysis.tokens;
  if (negator.first !== negator.last || tokens[negator.first]?.normal !== 'no' || !isInflectedVerb(tokens[negator.first - 1])) return undefined;
  const h = firstAtOrAfter(context.hits, negator.first) - 1;
  const hit = context.hits[h];
  return hit !== undefined && hit.last === negator.first - 1 ? hit : undefined;
}

/**
 * The last noun of the compound a hit stands in front of, the window aside ("would not sign the
 * security and budget-support agreement": the support is the agreement's); `last` when a noun does not
 * follow it.
 */
function compoundHeadEnd(tokens: readonly Token[], last: number): number {
  return Math.max(last, runEnd(tokens, last + 1, COMPOUND_REACH, (t) => tokens[t]?.pos === 'NOUN'));
}

const COMPOUND_REACH = 3;

/** Whether a negator is a function word ("not", "no", "never"), neither a verb nor a noun. */
function isPlain(tokens: readonly Token[], negator: Match): boolean {
  return negator.first === negator.last && !PLAIN_EXCLUDED.has(tokens[negator.first]?.pos ?? '');
}

const PLAIN_EXCLUDED: ReadonlySet<string> = new Set(['VERB', 'NOUN', 'PROPN']);

/**
 * The last token of the subject a "not" opening a clause or a quotation negates ("Not one metre of the
 * Blue Homeland will be given up", "Not a single soldier of ours"), when a verb or an auxiliary follows
 * it: the negation is the predicate's, and the subject's words take nothing of its window. `undefined`
 * otherwise. "No" is left to its window: "No one in this government has asked for the agreement to be
 * changed" negates the asking, not the agreement.
 */
function negatedSubjectEnd(tokens: readonly Token[], negator: Match): number | undefined {
  if (negator.first !== negator.last || tokens[negator.first]?.normal !== 'not' || !(isClauseStart(tokens, negator.first) || QUOTATION_MARKS.has(tokens[negator.first - 1]?.normal ?? ''))) return undefined;
  const past = pastSubject(tokens, negator.last + 1);
  const next = tokens[past]?.pos;
  return past > negator.last + 1 && (next === 'AUX' || next === 'VERB') ? past - 1 : undefined;
}

/**
 * A scope ending at `end` taken on through the relative clause opened right after it, for a negator
 * with `throughRelative` ("will never be a launch pad for anyone who wants to harm Burundi", "never
 * allow its territory to be used by those who want to destabilise Rwanda").
 */
function throughRelative(tokens: readonly Token[], end: number): number {
  return opensRelative(tokens[end + 1]) && tokens[end + 1]?.sentence === tokens[end]?.sentence ? clauseEnd(tokens, end + 2) : end;
}

/**
 * The relative pronoun and the last token of the clause it opens on the noun a "no" negates ("There is no
 * country with which we are not ready to talk", "no situation in which we would not respond"): a negation
 * inside that clause is a double negation, an affirmation. `undefined` when no such clause follows.
 */
function negatedRelativeClause(tokens: readonly Token[], negator: Match): readonly [number, number] | undefined {
  if (negator.first !== negator.last || tokens[negator.first]?.normal !== 'no') return undefined;
  // The noun phrase, one prepositional phrase in it ("no country in this region"), then the pronoun,
  // after a preposition or not ("with which", "who").
  let preposition = false;
  let t = negator.last + 1;
  for (; t <= negator.last + NEGATED_PHRASE_WORDS && !opensRelative(tokens[t]); t += 1) {
    if (tokens[t]?.pos === 'ADP' && opensRelative(tokens[t + 1])) break;
    if (tokens[t]?.pos === 'ADP' && !preposition) preposition = true;
    else if (!isNounPhraseWord(tokens[t])) return undefined;
  }
  if (t === negator.last + 1) return undefined;
  if (tokens[t]?.pos === 'ADP') t += 1;
  if (tokens[t]?.sentence !== tokens[negator.first]?.sentence || !opensRelative(tokens[t])) return undefined;
  return [t, clauseEnd(tokens, t + 1)];
}

/** Words from a "no" to the relative pronoun on its noun at most: "no country in this region with" is 5. */
const NEGATED_PHRASE_WORDS = 6;

/**
 * A hit up to `reach` that opens with a one-word negator's own word after a conjunction: the negator
 * coordinated with a phrase that holds its own ("not under pressure and not for sale"), which negates
 * nothing more.
 */
function coordinatedPhrase(context: RuleContext, negator: Match, reach: number): WorkingHit | undefined {
  const tokens = context.analysis.tokens;
  if (negator.first !== negator.last) return undefined;
  const word = tokens[negator.first]?.normal;
  return context.hits.find((hit) => hit.first > negator.last && hit.first <= reach && tokens[hit.first]?.normal === word && tokens[hit.first - 1]?.pos === 'CCONJ');
}

/**
 * Governs the hits after `from` up to the scope's end that "any" opens ("will not sit down with Rabat under
 * any mediation format"): the negation licenses it, so what it introduces is ruled out too. Returns how many.
 */
function governAny(context: RuleContext, negator: Match, from: number, scope: number, label: string): number {
  const tokens = context.analysis.tokens;
  let governed = 0;
  for (let h = firstAtOrAfter(context.hits, from + 1); h < context.hits.length && (context.hits[h]?.first ?? Infinity) <= scope; h += 1) {
    const hit = context.hits[h] as WorkingHit;
    if (tokens[hit.first - 1]?.normal === 'any' && !hit.negators.includes(negator) && govern(context, hit, negator, label)) governed += 1;
  }
  return governed;
}

/**
 * Whether a one-word negator that is a function word ("no", "not", "without"), written in lower case,
 * stands between two capitalised words, neither the sentence's first: a word of a name ("the Liberal
 * Democratic Party and Ishin no Kai signed a policy accord"). A verb there is the name's predicate
 * ("New Zealand paused NZ$18 million in funding", "The Taliban freed American George Glezmann").
 */
function isInsideName(context: RuleContext, negator: Match): boolean {
  const { tokens, text } = context.analysis;
  const at = tokens[negator.first];
  const before = tokens[negator.first - 1];
  const after = tokens[negator.last + 1];
  if (negator.first !== negator.last || at === undefined || before === undefined || after === undefined || !NAME_WORDS.has(at.pos)) return false;
  if (before.sentence !== at.sentence || tokens[negator.first - 2]?.sentence !== at.sentence) return false;
  return !isCapitalised(text, at) && isCapitalised(text, before) && isCapitalised(text, after);
}

/**
 * Whether the token is a verb with no object: what follows it, adverbs skipped, ends its clause or opens a
 * phrase of its own ("if the threats against it stopped.", "air strikes will halt and attacks will
 * stop", "the shelling ceased after midnight"). Infinitival "to" is a complement ("never ceased to
 * extend its hand").
 */
function hasNoObject(tokens: readonly Token[], verb: number): boolean {
  if (tokens[verb]?.pos !== 'VERB') return false;
  let t = verb + 1;
  while (tokens[t]?.pos === 'ADV') t += 1;
  const next = tokens[t];
  return next === undefined || next.sentence !== tokens[verb]?.sentence || NO_OBJECT.has(next.pos);
}

const NO_OBJECT: ReadonlySet<string> = new Set(['PUNCT', 'ADP', 'CCONJ', 'SCONJ']);

/**
 * Whether the verb at `verb` is followed by its object, a noun phrase ("has ended the war", "had ended a
 * row"); not by a time it happened ("had ended this week", "stalled last month").
 */
function takesObject(tokens: readonly Token[], verb: number): boolean {
  const next = tokens[verb + 1];
  return tokens[verb]?.pos === 'VERB' && next !== undefined && next.sentence === tokens[verb]?.sentence && OBJECT_START.has(next.pos) && !TIME_DETERMINERS.has(next.normal);
}

const OBJECT_START: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);
/** Determiners that open when something happened rather than an object: "this week", "last month". */
const TIME_DETERMINERS: ReadonlySet<string> = new Set(['this', 'that', 'last', 'next', 'every', 'each']);

/** Whether token `t` is a pronoun object ("it", "them") with no "from" after it. */
function isPronounObject(tokens: readonly Token[], t: number): boolean {
  return OBJECT_PRONOUNS.has(tokens[t]?.normal ?? '') && tokens[t + 1]?.normal !== 'from';
}

const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'them']);

/** Tags of the lower-case words names hold: "Ishin no Kai", "Partido de la Liberación". */
const NAME_WORDS: ReadonlySet<string> = new Set(['DET', 'PART', 'ADP', 'ADV', 'CCONJ']);

/**
 * Whether "to" and an amount follow the negator in its clause, within `AMOUNT_REACH` tokens: "lifting the
 * total US tariff on many of the country's exports to 50%", "lifted duties to $2 a tonne".
 */
function isRaisedToAmount(context: RuleContext, negator: Match): boolean {
  const tokens = context.analysis.tokens;
  const sentence = tokens[negator.last]?.sentence;
  for (let t = negator.last + 1; t <= negator.last + AMOUNT_REACH && tokens[t]?.sentence === sentence; t += 1) {
    const token = tokens[t] as Token;
    if (token.pos === 'PUNCT' && !isInnerHyphen(tokens, t)) return false;
    if (token.normal !== 'to') continue;
    const next = tokens[t + 1];
    return next?.pos === 'NUM' || isCurrencySign(tokens, t + 1);
  }
  return false;
}

/** How far after a raising verb its "to" and amount may stand. */
const AMOUNT_REACH = 14;

/** Whether the hit is a threat (`params.threats.terms`) followed by "of" or "to" and a verb, and the act threatened ("its threat to impose reciprocal restrictions"). */
function isThreatOf(context: RuleContext, hit: WorkingHit): boolean {
  const tokens = context.analysis.tokens;
  const named = tokens[hit.last + 1]?.normal === 'of' || (tokens[hit.last + 1]?.normal === 'to' && tokens[hit.last + 2]?.pos === 'VERB');
  return named && (context.lexicon.params.threats?.terms.includes(hit.term) ?? false);
}

/**
 * Whether the hit is a request followed by the act requested: a noun of category "appeal" and "to"
 * ("requests to send aid convoys"), or an appeal ending in its preposition ("call for steep tariffs").
 */
function isRequestTo(context: RuleContext, hit: WorkingHit): boolean {
  return isNounBefore(context, hit, 'appeal', REQUEST_TO) || (hit.category === 'appeal' && context.analysis.tokens[hit.last]?.pos === 'ADP');
}

const REQUEST_TO: ReadonlySet<string> = new Set(['to']);

/** Whether the hit is a hostile verb followed by "with" and its means ("retaliate with tariffs", "respond with force"). */
function isHostileWith(context: RuleContext, hit: WorkingHit): boolean {
  const tokens = context.analysis.tokens;
  return hit.pole === 'confrontation' && tokens[hit.last]?.pos === 'VERB' && tokens[hit.last + 1]?.normal === 'with';
}

/** Whether the hit is talks (a noun of category "consult") followed by "on", "over" or "about" and what they are about. */
function isTalksOn(context: RuleContext, hit: WorkingHit): boolean {
  return isNounBefore(context, hit, 'consult', TALKS_ON);
}

const TALKS_ON: ReadonlySet<string> = new Set(['on', 'over', 'about']);

/**
 * The hit after hit `h` within `scope` that is a means phrase ("by force", "with full force", "by all means
 * necessary") right after the hit and its object's noun-phrase words, or `undefined`.
 */
function meansAfter(context: RuleContext, h: number, scope: number): WorkingHit | undefined {
  const tokens = context.analysis.tokens;
  const hit = context.hits[h] as WorkingHit;
  const next = context.hits[h + 1];
  if (next === undefined || next.last > scope || !MEANS.has(tokens[next.first]?.normal ?? '')) return undefined;
  for (let t = hit.last + 1; t < next.first; t += 1) if (!isNounPhraseWord(tokens[t])) return undefined;
  return next;
}

/** Prepositions that open a means phrase of the lexicon. */
const MEANS: ReadonlySet<string> = new Set(['by', 'with']);

/** Whether the hit is a noun of `category` with one of `words` right after it. */
function isNounBefore(context: RuleContext, hit: WorkingHit, category: string, words: ReadonlySet<string>): boolean {
  const tokens = context.analysis.tokens;
  return hit.category === category && tokens[hit.last]?.pos === 'NOUN' && words.has(tokens[hit.last + 1]?.normal ?? '');
}

/**
 * The confrontation hit a negated act of giving would serve: hit `h` is of a category of
 * `params.lending`, and after its object "to" or "for" and a noun phrase's first words lead to that hit
 * ("will not lend its territory or its voice to an invasion of a neighbour", "will not offer its bases
 * for any attack"), an act that may yet happen (no definite article or possessive before it). The
 * negation then rules out the hostile act, as it does when no word of giving is a hit ("will not
 * provide weapons for an attack"), and the giving counts 0 (modifier `lent-to:<act>`).
 */
function harmLentTo(context: RuleContext, h: number): WorkingHit | undefined {
  const categories = context.lexicon.params.lending?.categories;
  const hit = context.hits[h] as WorkingHit;
  const next = context.hits[h + 1];
  if (categories === undefined || next === undefined || hit.pole !== 'engagement' || next.pole !== 'confrontation' || !categories.includes(hit.category)) return undefined;
  const tokens = context.analysis.tokens;
  // The object's words and conjunctions, then the word naming what it would serve ("to" before a bare
  // plural may be tagged an infinitive's: "lend its airspace to strikes on Iran").
  let to = hit.last + 1;
  while (to < next.first && (isNounPhraseWord(tokens[to]) || tokens[to]?.pos === 'CCONJ')) to += 1;
  if (!LENT_TO.has(tokens[to]?.normal ?? '') || next.first <= to || next.first > to + HARM_REACH) return undefined;
  // A definite act is one that exists, and to refuse it anything is to oppose it: "will not lend
  // legitimacy to the occupation of the crossing" is no reassurance.
  for (let t = to + 1; t < next.first; t += 1) {
    const token = tokens[t];
    if (!isNounPhraseWord(token) || isPossessive(token) || (token?.pos === 'DET' && !INDEFINITE.has(token.normal))) return undefined;
  }
  return next;
}

/** The words that name what a gift would serve: "lend its territory to", "offer its bases for". */
const LENT_TO: ReadonlySet<string> = new Set(['to', 'for']);
/** Determiners of an act that may yet happen: "to an invasion", "for any attack". */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'any']);
/** Tokens from that word to the hostile act at most: "to any foreign military invasion" is 4. */
const HARM_REACH = 4;

/** The first negator looking forward that starts after `negator` and by `reach`. */
function forwardNegatorWithin(context: RuleContext, negator: Match, reach: number): Match | undefined {
  return context.markers.negator.find((m) => m.first > negator.last && m.first <= reach && context.lexicon.modifiers.negators[m.pattern.index]?.direction !== 'before');
}

/** "neither … nor" is one negation over two acts, not a double negation (negator terms as the lexicon writes them). */
const CORRELATIVES: ReadonlyMap<string, string> = new Map([['neither', 'nor']]);

/** How far after a verb its object's partitive "of" may stand ("suspended its first package of"). */
const PARTITIVE_REACH = 4;

/**
 * The last token before the first preposition after `from`, or `reach`. After a verb, a partitive "of"
 * up to `PARTITIVE_REACH` tokens on ("suspended most of their tariffs", "lifted all of the sanctions",
 * "halted part of the aid", "suspended its first package of countermeasures") is still the verb's
 * object, as is "in" after a sum of money; after a hit it is not ("no violation of the ceasefire").
 */
function prepositionAfter(context: RuleContext, from: number, scope: number, afterVerb: boolean): number {
  const tokens = context.analysis.tokens;
  let reach = scope;
  // The words of a quantity and the later pieces of a hyphenated word ("a months-long run of rail
  // strikes") do not count toward the partitive's reach.
  let quantity = 0;
  for (let t = from + 1; t <= reach; t += 1) {
    if (isHyphenatedPiece(tokens, t)) {
      quantity += 1;
      continue;
    }
    // After a verb, an adverb after a noun ends the object too: "settle the matter peacefully" does not
    // settle the peace, "lifted the sanctions immediately".
    if (afterVerb && tokens[t]?.pos === 'ADV' && endsNounPhrase(tokens[t - 1])) return t - 1;
    // Right after a hit, "to" is a preposition however it is tagged: wink-nlp reads "to aid convoys" as
    // an infinitive ("will not close the crossing to aid convoys" does not negate the convoys).
    if (!afterVerb && t === from + 1 && tokens[t]?.normal === 'to') return t - 1;
    // An approximate amount is part of the quantity, tagged as a preposition or an adverb: "paused about
    // NZ$18 million in funding", "cut around 300 million euros in aid", and over a partitive "of" as
    // without it ("paused about 18 million dollars of development funding").
    if (afterVerb && APPROXIMATION_TAGS.has(tokens[t]?.pos ?? '') && isApproximateAmount(context, t)) {
      quantity += 1;
      continue;
    }
    if (tokens[t]?.pos !== 'ADP') continue;
    // A phrase of time or manner between a verb and its object is no end of the object: "suspended for
    // one year the sweeping export controls", "revoked 'with immediate effect' its cooperation accord".
    const object = afterVerb ? objectAfterAdverbial(tokens, from, t) : undefined;
    if (object !== undefined) {
      // The phrase does not count toward the scope: the object has the window's words after it.
      while (reach + 1 < tokens.length && reach < scope + object - t && tokens[reach + 1]?.sentence === tokens[from]?.sentence) reach += 1;
      t = object - 1;
      continue;
    }
    if (afterVerb && tokens[t]?.normal === 'of' && t - from - quantity <= PARTITIVE_REACH) continue;
    // "in" after a sum of money says what the sum is: "suspended $400 million in military aid".
    if (afterVerb && tokens[t]?.normal === 'in' && endsSum(context, t - 1)) continue;
    // What a verb keeps someone from doing is its object too: "prohibits both sides from attacking".
    if (afterVerb && tokens[t]?.normal === 'from' && isGerund(tokens[t + 1])) continue;
    // A quantity is no preposition: "ended more than six decades of cooperation", "halted at least 40
    // convoys", "will scrap its 25 per cent counter-tariffs".
    if (afterVerb && isQuantifier(tokens, t)) {
      quantity += 2;
      continue;
    }
    return t - 1;
  }
  return reach;
}

/**
 * The last token of the hit after hit `h` when a list joins the two past `reach` ("lifted the border
 * closures, the no-fly zone and the financial sanctions imposed on Niger", "any effort to isolate or
 * sanction them"): only "and", "or", commas and noun-phrase words between, at most `LIST_GAP` tokens, the
 * later hit a noun phrase's and not a new clause's subject; else `reach`.
 */
function listItemEnd(context: RuleContext, h: number, reach: number): number {
  const tokens = context.analysis.tokens;
  const hit = context.hits[h] as WorkingHit;
  const next = context.hits[h + 1];
  // A verb after "and" opens a predicate of its own ("suspended the treaty and closed the crossing"), but
  // an -ing form right before a noun describes it ("the anti-dumping and countervailing duties").
  if (next === undefined || next.first <= reach || next.first - hit.last > LIST_GAP) return reach;
  // The same preposition before two gerunds repeats the phrase: "no intention of closing the crossing or
  // of recalling its ambassador".
  const parallel = isGerund(tokens[next.first]) && tokens[hit.first - 1]?.normal === 'of' && tokens[next.first - 1]?.normal === 'of';
  if (!(isNounPhraseWord(tokens[next.first]) || isGerundBeforeNoun(tokens, next.first) || parallel)) return reach;
  let joined = false;
  let clause = false;
  for (let t = hit.last + 1; t < next.first - (parallel ? 1 : 0); t += 1) {
    const token = tokens[t] as Token;
    if (LIST_JOINERS.has(token.normal)) {
      // The comma closing a fronted clause ends it: "Although … without a deal, U.S. and Canadian negotiators agreed".
      if (token.normal === ',' && closesFrontedClause(tokens, t)) return reach;
      joined = true;
      clause ||= token.normal !== ',' && tokens[t - 1]?.normal === ',';
    } else if (!isNounPhraseWord(token) && !isHyphenatedPiece(tokens, t)) return reach;
  }
  return joined && !opensClause(tokens, next.last + 1, clause) ? next.last : reach;
}

/**
 * Whether the words from `t` on are a clause's predicate, so the noun phrase before them its subject: an
 * auxiliary or an adverb after any more noun-phrase words and one prepositional phrase ("and the ceasefire
 * line still runs", "and the dialogue with Athens would continue"), or a verb after ", and" ("…, and the
 * talks resumed"; without the comma, a participle: "and the sanctions imposed on Niger").
 */
function opensClause(tokens: readonly Token[], t: number, afterComma: boolean): boolean {
  const pos = tokens[pastSubject(tokens, t)]?.pos;
  return pos === 'AUX' || pos === 'ADV' || (afterComma && pos === 'VERB');
}

const LIST_JOINERS: ReadonlySet<string> = new Set(['and', 'or', ',']);
const LIST_GAP = 5;

/** Whether the preposition at `t` is part of a quantity: "more than", "fewer than", "at least", "at most", "per cent". */
function isQuantifier(tokens: RuleContext['analysis']['tokens'], t: number): boolean {
  const word = tokens[t]?.normal;
  if (word === 'than') return QUANTITY_PAIRS.get(tokens[t - 1]?.normal ?? '')?.has(word) === true;
  if (word === 'per') return isPerCent(tokens, t);
  return word === 'at' && QUANTITY_PAIRS.get(word)?.has(tokens[t + 1]?.normal ?? '') === true;
}

/** Whether token `t` is a word of approximation before a number or a sum ("about NZ$18 million", "around 300"). */
function isApproximateAmount(context: RuleContext, t: number): boolean {
  const tokens = context.analysis.tokens;
  if (!APPROXIMATIONS.has(tokens[t]?.normal ?? '')) return false;
  // A currency's country prefix stands before its sign: "NZ$18 million" is read "NZ", "$", "18".
  const at = tokens[t + 1]?.pos === 'PROPN' && tokens[t + 2]?.pos === 'SYM' ? t + 2 : t + 1;
  return tokens[at]?.pos === 'NUM' || tokens[at]?.pos === 'SYM' || context.markers.currency.some((m) => m.first === at);
}

/** Tags wink-nlp gives a word of approximation before an amount ("about" is either). */
const APPROXIMATION_TAGS: ReadonlySet<string> = new Set(['ADP', 'ADV']);

/** Whether token `t` ends a sum of money: "$400 million", "300 million euros". */
function endsSum(context: RuleContext, t: number): boolean {
  let u = t;
  while (context.analysis.tokens[u]?.pos === 'NUM') u -= 1;
  return context.markers.currency.some((m) => m.last === u);
}

/**
 * Whether a negator is a noun and its preposition ("the end of", "an end to", "a freeze on", "the lifting
 * of"): it governs the noun phrase after it, its object, and nothing past it.
 */
function isNominal(context: RuleContext, negator: Match): boolean {
  const tokens = context.analysis.tokens;
  return negator.last > negator.first && tokens[negator.first]?.pos === 'NOUN' && NOMINAL_LINKS.has(tokens[negator.last]?.pos ?? '');
}

const NOMINAL_LINKS: ReadonlySet<string> = new Set(['ADP', 'PART']);

/**
 * Whether a hit is a participle right after a noun, past a verb of the negator's own clause: it describes
 * that noun ("would not affect the border survey agreed this week"), which the negated verb takes as its
 * object, and is no act the negation reaches while it has governed none (a negated hit before it keeps
 * the participle in its object's reach: "would not recognise any contract signed in those waters"). Not
 * so with no verb between ("no country agreed"), nor after a relative pronoun ("would never sign any
 * document that recognised the occupation").
 */
function isReducedRelative(tokens: readonly Token[], hit: WorkingHit, negator: Match): boolean {
  return hit.first === hit.last && hit.negators.length === 0 && isInflectedVerb(tokens[hit.first]) && isNoun(tokens[hit.first - 1]) && hasVerb(tokens, negator.last + 1, hit.first - 1);
}

/**
 * Whether the negator is one noun with an auxiliary or a verb right after it ("the delay was", "the freeze
 * will"); not a negative pronoun, whose predicate is what it negates ("none will do so without consulting").
 */
function isSubjectNoun(tokens: readonly Token[], negator: Match): boolean {
  const next = tokens[negator.last + 1]?.pos;
  return negator.first === negator.last && tokens[negator.first]?.pos === 'NOUN' && !NEGATIVE_PRONOUNS.has(tokens[negator.first]?.normal ?? '') && (next === 'AUX' || next === 'VERB');
}

/** Tags of the words a participle right before them describes: "repeated offers", "shared fishing quotas". */
const MODIFIED: ReadonlySet<string> = new Set(['NOUN', 'ADJ']);

const NEGATIVE_PRONOUNS: ReadonlySet<string> = new Set(['none', 'nothing', 'nobody', 'neither']);

/**
 * Where a verb's object starts when a prepositional phrase stands between them: the preposition at `at`
 * right after the verb `verb` (quotation marks between, see `isJoiner`), its words with no determiner ("for one year",
 * "with immediate effect", "on Monday", "for now"), then a determiner opening the object ("the", "its"),
 * or, in an aside between commas, any noun phrase.
 * Undefined when the phrase is the verb's complement ("halted talks with the rebels", "suspended
 * cooperation with the army").
 */
function objectAfterAdverbial(tokens: readonly Token[], verb: number, at: number): number | undefined {
  // Set off by commas, the phrase is an aside whatever follows it, as the scope reads it: "suspends, with
  // immediate effect, negotiations on a free-trade agreement".
  if (at === verb + 2 && tokens[verb + 1]?.normal === ',') {
    const close = prepositionalAsideEnd(tokens, verb + 1);
    return close !== undefined && isNounPhraseWord(tokens[close + 1]) ? close + 1 : undefined;
  }
  for (let t = verb + 1; t < at; t += 1) if (!isJoiner(tokens[t]?.normal ?? '')) return undefined;
  let t = at + 1;
  while (!DETERMINERS.has(tokens[t]?.normal ?? '') && (isNounPhraseWord(tokens[t]) || tokens[t]?.pos === 'ADV')) t += 1;
  if (t === at + 1) return undefined;
  while (isJoiner(tokens[t]?.normal ?? '')) t += 1;
  return DETERMINERS.has(tokens[t]?.normal ?? '') ? t : undefined;
}

/**
 * Whether the negator is a noun with only adjectives after it up to a punctuation mark, which say what
 * it is ("calling the release extremely selfish and irresponsible."): it acts on nothing after it.
 */
function isDescribedNoun(tokens: readonly Token[], negator: Match): boolean {
  if (tokens[negator.last]?.pos !== 'NOUN') return false;
  let t = negator.last + 1;
  while (tokens[t]?.pos === 'ADV' || tokens[t]?.pos === 'CCONJ') t += 1;
  if (tokens[t]?.pos !== 'ADJ') return false;
  while (tokens[t]?.pos === 'ADJ' || tokens[t]?.pos === 'ADV' || tokens[t]?.pos === 'CCONJ') t += 1;
  return tokens[t] === undefined || tokens[t]?.pos === 'PUNCT';
}

/**
 * The last token of the noun phrase after `from`, or `reach`: its articles, possessives, adjectives,
 * nouns, names, numbers and gerunds, through "of" ("an end to all forms of violence"), list commas and a
 * conjunction that joins another noun ("the end of the blockade and sanctions"), not one that opens a
 * phrase of its own ("an end to the fighting and a return to talks"). "before the end of the month to
 * try to settle the dispute" ends the month, no act.
 */
function objectPhraseEnd(context: RuleContext, from: number, reach: number): number {
  const tokens = context.analysis.tokens;
  return runEnd(tokens, from + 1, reach - from, (t) => {
    const token = tokens[t];
    const joined = token?.pos === 'CCONJ' && isNounPhraseWord(tokens[t + 1]) && tokens[t + 1]?.pos !== 'DET';
    // A comma inside the scope separates the items of a list ("the air, land and sea blockade"): the
    // scope already ends at any other.
    // An adverb before an adjective or a participle is one of the phrase's modifiers ("a legally binding agreement").
    const modifying = token?.pos === 'ADV' && (tokens[t + 1]?.pos === 'ADJ' || tokens[t + 1]?.pos === 'VERB');
    // "per" of "per cent" is a word of the amount ("the removal of Beijing's 80.5 per cent duties").
    return isNounPhraseWord(token) || isGerund(token) || token?.normal === 'of' || token?.normal === ',' || isInnerHyphen(tokens, t) || joined || modifying || isPerCent(tokens, t);
  });
}

/**
 * Whether a negator that governs what precedes it stands in the same verb group as the negator
 * before it, with nothing but auxiliaries, particles and adverbs between ("the sanctions have not
 * been lifted", "are yet to be lifted"): the group is negated, so the two cancel over what the verb
 * governs, as they do after a negator that looks forward ("has not lifted the sanctions").
 */
function isVerbGroupAfter(context: RuleContext, negator: Match, inner: Match): boolean {
  const tokens = context.analysis.tokens;
  for (let t = negator.last + 1; t < inner.first; t += 1) if (!VERB_GROUP.has(tokens[t]?.pos ?? '')) return false;
  return true;
}

const VERB_GROUP: ReadonlySet<string> = new Set(['AUX', 'PART', 'ADV']);

/** How many negation windows back a passive negator, or one with only its subject before it, looks for that subject. */
const PASSIVE_REACH = 2;

/**
 * Governs the hits before a negator marked direction "before". False when it stands as a predicate
 * with nothing before it to govern ("sovereignty over the island is not on the table"): then it may be
 * an act of its own (`alone`). In front of a noun or after a preposition it describes what stands next
 * to it, and is no act either way.
 */
function governBefore(context: RuleContext, negator: Match, window: number, outer: Map<Match, Match[]>): boolean {
  const tokens = context.analysis.tokens;
  // In front of a noun it describes that noun ("their long-stalled trade agreement"), not what precedes
  // it; after a preposition, adverbs between, it is a gerund naming an act ("accused Baku of stalling on
  // the talks", "accusing them of cynically stalling the budget").
  if (isAttributive(context, negator) || tokens[beforeAdverbs(tokens, negator.first)]?.pos === 'ADP') return true;
  // A passive ("were eased", "has been put on ice", "will stay suspended") governs its subject, which
  // may carry a long modifier before the verb: "Restrictions on Kosovo-plated vehicles crossing into
  // Serbia were eased", "Live-fire drills near the maritime border will stay suspended". So does any
  // negator with no verb before it in that reach, where all it can govern is its subject: "Talks with
  // Ethiopia over the Grand Renaissance Dam have hit a brick wall".
  const passive = COPULAS.has(tokens[negator.first]?.lemma ?? '') || isPassiveParticiple(tokens, negator.first - 1);
  const reach = scopeStart(context, negator.first, window * PASSIVE_REACH);
  let from = reach;
  if (!passive && hasVerb(tokens, reach, negator.first)) {
    from = scopeStart(context, negator.first, window);
    // A negator that is an act of its own when it governs nothing (`alone`: "hit a brick wall") is a whole
    // predicate, whose subject reaches back to the verb before it past the window: 'a negotiator said talks
    // on the Kok-Tash water intake had "run into a concrete wall"'.
    if (context.lexicon.modifiers.negators[negator.pattern.index]?.alone !== undefined) from = Math.min(from, lastInflectedVerb(tokens, reach, negator.first) + 1);
  }
  // Right after a noun that an inflected verb, an infinitive or a gerund after "for" or "by" precedes
  // and before a preposition, it describes that noun's phrase, not the verb's clause: "thanked Tunisia
  // for treating Libyan patients stranded by the closure" strands no thanks, "offered to take back 120
  // migrants stranded on the strip" takes them back, "was grateful to Laos for sheltering Thai tourists
  // stranded in Luang Prabang" strands no gratitude. Other gerunds, other bare forms and hyphenated
  // pieces are no such verb ("negotiations on
  // reopening the airport to aid flights ran aground", "EU-brokered talks").
  if (!passive && tokens[negator.first]?.pos === 'VERB' && endsNounPhrase(tokens[negator.first - 1]) && tokens[negator.last + 1]?.pos === 'ADP') from = Math.max(from, lastInflectedVerb(tokens, from, negator.first, true) + 1);
  const start = contentClauseStart(tokens, from, negator.first, context.lexicon.params.negation.reporting ?? []);
  const label = `negation:${trigger(context, negator)}`;
  // A noun that negates forward at the head of the subject is what this one undoes ("the suspension of
  // the talks was lifted"): it passes this one on to what it governs, a double negation. A verb or a
  // conjunction between them makes it a clause of its own ("airlines were barred … and all trade was
  // suspended").
  for (const inner of context.markers.negator) {
    if (inner.first < start || inner.last >= negator.first || tokens[inner.first]?.pos !== 'NOUN' || context.lexicon.modifiers.negators[inner.pattern.index]?.direction === 'before') continue;
    if (!hasVerb(tokens, inner.last + 1, negator.first) && !hasConjunction(tokens, inner.last + 1, negator.first)) outer.set(inner, [...(outer.get(inner) ?? []), negator]);
  }
  let governed = false;
  // A noun phrase's hit that ends in the scope with no verb after it is the subject: "the final round of
  // talks on the dam had ended without result". A verb's is a predicate of its own ("lodged a sharp
  // protest over the visit and demanded that the trip be cancelled"), as is one with a verb of its own
  // ("the closure of the crossings has left aid trucks stranded").
  let first = firstAtOrAfter(context.hits, start);
  const straddling = context.hits[first - 1];
  if (straddling !== undefined && straddling.last >= start && tokens[straddling.first]?.pos !== 'VERB' && !hasVerb(tokens, straddling.last + 1, negator.first)) first -= 1;
  for (let h = first; h < context.hits.length && (context.hits[h]?.last ?? Infinity) < negator.first; h += 1) {
    const hit = context.hits[h] as WorkingHit;
    if (!objectBetween(context, hit, negator.first)) governed = govern(context, hit, negator, label) || governed;
  }
  return governed;
}

/**
 * Where the clause of a negator at `to` begins when a verb of `reporting` reports it with no "that" (see
 * `reportedClauseStart`) or a "that" opening a content clause stands in `from`..`to - 1`: what is said
 * not to happen is inside it, not the saying ("pledged that such an incident would not be repeated"
 * governs nothing of the pledge, "warned the deal would collapse" nothing of the warning). `from` otherwise.
 */
function contentClauseStart(tokens: readonly Token[], from: number, to: number, reporting: readonly string[]): number {
  const reported = reportedClauseStart(tokens, from, to, reporting);
  if (reported !== undefined) return reported;
  for (let t = to - 1; t >= from; t -= 1) if (tokens[t]?.normal === 'that' && tokens[t]?.pos === 'SCONJ') return t + 1;
  return from;
}

/**
 * Where a clause a verb of `reporting` reports with no "that" begins, when the negator at `to` follows
 * auxiliaries, a noun phrase opening with an article, a name or a pronoun, and that verb inflected within
 * `from`..`to - 1` ("warned the deal would collapse", "warned Hargeisa the port deal would collapse"):
 * right after the verb. `undefined` otherwise.
 */
function reportedClauseStart(tokens: readonly Token[], from: number, to: number, reporting: readonly string[]): number | undefined {
  let t = to - 1;
  while (t >= from && tokens[t]?.pos === 'AUX') t -= 1;
  if (t === to - 1) return undefined;
  const subject = t;
  while (t >= from && isNounPhraseWord(tokens[t])) t -= 1;
  if (t === subject || t < from || !isInflectedVerb(tokens[t]) || !reporting.includes(tokens[t]?.lemma ?? '') || !CLAUSE_SUBJECT_OPENERS.has(tokens[t + 1]?.pos ?? '')) return undefined;
  return t + 1;
}

/** What a reported clause's subject opens with: "the deal", "Hargeisa the port deal", "they". */
const CLAUSE_SUBJECT_OPENERS: ReadonlySet<string> = new Set(['DET', 'PROPN', 'PRON']);

/** Whether a conjunction stands among tokens `from`..`to - 1`. */
function hasConjunction(tokens: readonly Token[], from: number, to: number): boolean {
  for (let t = from; t < to; t += 1) if (tokens[t]?.pos === 'CCONJ' || tokens[t]?.pos === 'SCONJ') return true;
  return false;
}

/**
 * Whether a verb stands among tokens `from`..`to - 1`; a participle between a preposition or determiner
 * and its noun describes the noun ("talks on shared fishing quotas") and is no verb here.
 */
function hasVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let t = from; t < to; t += 1) if (tokens[t]?.pos === 'VERB' && !describesNextNoun(tokens, t)) return true;
  return false;
}

/**
 * The last inflected verb among tokens `from`..`to - 1` (see `isInflectedVerb`) that is no hyphenated
 * word's piece nor a participle describing a noun ("talks on shared fishing quotas", see `describesNextNoun`;
 * "its repeated offers"); `from − 1` if none. A name after it is its object: "thanked Tunisia". With
 * `nonFinite`, a bare verb after "to" is one too ("offered to take back 120 migrants"), and so is a
 * gerund after "for" or "by" ("was grateful to Laos for sheltering Thai tourists").
 */
function lastInflectedVerb(tokens: readonly Token[], from: number, to: number, nonFinite = false): number {
  for (let t = to - 1; t >= from; t -= 1) if ((isInflectedVerb(tokens[t]) || (nonFinite && (isInfinitive(tokens, t) || isGerundOfReason(tokens, t)))) && !isHyphenatedPiece(tokens, t) && !describesNextNoun(tokens, t) && !MODIFIED.has(tokens[t + 1]?.pos ?? '')) return t;
  return from - 1;
}

/**
 * Whether token `t` is an -ing verb after "for" or "by", which give a reason or a means: "sheltering" in
 * "grateful to Laos for sheltering". Other prepositions may open a noun's complement inside the subject,
 * which the negator governs: "Negotiations on reopening the airport to relief flights broke down".
 */
function isGerundOfReason(tokens: readonly Token[], t: number): boolean {
  return isGerund(tokens[t]) && GERUND_REASONS.has(tokens[t - 1]?.normal ?? '');
}

const GERUND_REASONS: ReadonlySet<string> = new Set(['for', 'by']);

/** Whether token `t` is a verb's bare form after "to": "take" in "offered to take back". */
function isInfinitive(tokens: readonly Token[], t: number): boolean {
  const token = tokens[t];
  return token?.pos === 'VERB' && token.normal === token.lemma && tokens[t - 1]?.normal === 'to';
}

/**
 * Whether the verb at `t` stands between a preposition or determiner and a noun phrase. Narrower than
 * phrase.ts's `isAttributiveParticiple`, which also takes a hyphenated word's last piece ("EU-brokered
 * talks") and would let more subjects be reached here.
 */
function describesNextNoun(tokens: readonly Token[], t: number): boolean {
  return ATTRIBUTIVE_BEFORE.has(tokens[t - 1]?.pos ?? '') && NOUN_AFTER.has(tokens[t + 1]?.pos ?? '');
}

const ATTRIBUTIVE_BEFORE: ReadonlySet<string> = new Set(['ADP', 'DET']);
const NOUN_AFTER: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'PROPN']);

/**
 * Whether the hit is a verb whose object is all that stands between it and a negator looking back
 * from `before`: the negator undoes that object, not the verb ("demanded the remarks be withdrawn"
 * withdraws the remarks, not the demand; "the deal signed in March was scrapped" still scraps a signing).
 * The object may be an -ing verb's ("prepared to discuss returning the lorries stranded in Belarus").
 */
function objectBetween(context: RuleContext, hit: WorkingHit, before: number): boolean {
  const tokens = context.analysis.tokens;
  if (tokens[hit.last]?.pos !== 'VERB') return false;
  let noun = false;
  // "demanded that the trip be cancelled" as "demanded the remarks be withdrawn".
  let from = tokens[hit.last + 1]?.normal === 'that' ? hit.last + 2 : hit.last + 1;
  if (isGerund(tokens[from])) from += 1;
  for (let t = from; t < before; t += 1) {
    const token = tokens[t];
    if (!isNounPhraseWord(token)) return false;
    noun ||= token?.pos === 'NOUN' || token?.pos === 'PROPN' || token?.pos === 'PRON';
  }
  return noun;
}

/**
 * A negator with `alone` that governs nothing is an act of its own ("freed 22 fishermen"): a hit on the
 * negator, which the negators reaching it then govern like any other ("never freed the fishermen").
 */
function addNegatorHit(context: RuleContext, negator: Match, negators: readonly Match[]): void {
  const alone = context.lexicon.modifiers.negators[negator.pattern.index]?.alone;
  const pole = alone === undefined ? undefined : context.lexicon.categories[alone.category]?.pole;
  if (alone === undefined || pole === undefined) return;
  insertHit(context, { first: negator.first, last: negator.last, term: negator.pattern.term, pole, category: alone.category, weight: alone.weight }, negators, []);
}

/**
 * Puts the hit under the negator, unless the negator governs only the other pole (`governs`) and is not
 * passed on through another negator (`passedOn`); says whether it did.
 */
function govern(context: RuleContext, hit: WorkingHit, negator: Match, label: string, passedOn = false): boolean {
  const governs = context.lexicon.modifiers.negators[negator.pattern.index]?.governs;
  if (!passedOn && governs !== undefined && hit.pole !== governs) return false;
  hit.negators.push(negator);
  hit.modifiers.push(label);
  return true;
}
