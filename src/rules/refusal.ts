import type { Match } from '../lexicon/match.js';
import { beforeAdverbs, isGerund, isHyphenatedPiece, isNounPhraseWord, isParticipleBeforeNoun, isPassiveParticiple, isPossessive, type Token } from '../nlp/index.js';
import type { RuleContext, WorkingHit } from './context.js';
import { countNothingWithin, firstAtOrAfter, insertHit, trigger } from './context.js';
import { CLAUSE_BREAK, describesNoun, endsNounPhrase, isAttributive, opensRelative, scopeEnd, scopeStart } from './scope.js';
import { nounPhraseEnd, nounPhraseWithOfEnd, pastProposer, QUOTATION_MARKS, runEnd } from './phrase.js';

/**
 * refusal — "rejected Seoul's proposals", "refused to resume talks" (confrontation) versus "refused to
 * join the sanctions" (engagement). A refusal marker governs the hits in its scope, which `polarity`
 * then flips with `params.refusal` factors; a hit whose category says `refused: "reject"` (someone
 * else's demands or accusations: "dismissed their demands") is dropped instead, unless it is a verb of the
 * speaker's own words refused after "to" ("refused to condemn the invasion" flips), and one whose category
 * says `refused: "pass"` (a call: "vetoed a draft calling for a ceasefire") is dropped while the refusal
 * reaches on to what it calls for, where a protest, threat or censure called for is the speaker's own act,
 * refused ("rejected a motion calling for a boycott of Tanzanian goods" flips), as is what a refused measure
 * would have done ("declined to back a draft that would have condemned Ethiopia" flips); a refusal of another
 * side's acts (`othersActs`: "will not accept any attempt to undermine") drops the hostile acts it governs. A refused invitation, request or proposal
 * of a hostile act ("turned down an invitation to join US-led naval patrols") counts 0, and the act it
 * proposes is the speaker's own, refused (it flips). The hostile acts in the prepositional phrases right
 * after a flipped act are what it was asked for or done over, its grounds, and count 0 (modifier
 * `grounds:<refusal>`: "turned down calls … to expel Guatemala's ambassador over the Sarstoon shooting").
 * A refusal that flips no hit is itself a confrontation hit with the marker's own weight ("Pyongyang
 * refused."); a negated refusal governs nothing, and with nothing in its scope it is that hit negated
 * ("would not block the nominee" leans engagement). A refusal with `direction: "before"` is a dismissal
 * said of what precedes it in its clause ("called the offer a sham", "described the peace plan as
 * detached from reality") and governs that instead, as does a refusal in the passive ("the offer was
 * swiftly rejected").
 */
export function refusal(context: RuleContext): void {
  const { window } = context.lexicon.params.refusal;
  context.markers.refusal.forEach((marker, m) => {
    const negators = context.refusalNegations.get(marker) ?? [];
    if (negators.length % 2 === 1) {
      negatedRefusal(context, marker, negators);
      return;
    }
    // Refusing to refuse keeps open what the second refusal would rule out ("refused to rule out military
    // action" (−), "declined to rule out talks" (+)): the first negates the second, as "did not rule out"
    // does, and governs nothing of its own.
    // What a plain verb after the refusal's "to" takes ("declined to join the veto"), or the act a call the
    // refusal takes as its object asks for ("turned down calls from student groups to cancel the deal"), or −1.
    const entry = context.lexicon.modifiers.refusals[marker.pattern.index];
    const plain = plainVerbObject(context, marker);
    const call = plain === -1 && entry?.direction !== 'before' ? refusedCall(context, marker) : -1;
    const object = call === -1 ? plain : (calledActEnd(context, call) ?? -1);
    const inner = context.markers.refusal[m + 1];
    if (inner !== undefined && refusesRefusal(context, marker, inner, object)) {
      context.refusalNegations.set(inner, [...(context.refusalNegations.get(inner) ?? []), marker]);
      return;
    }
    // A refusal in the passive governs its subject, before it, as a dismissal does ("the offer was rejected").
    const before = entry?.direction === 'before' || isPassive(context, marker);
    // A dismissal governs what it is said of, before it in its clause ("called the offer a sham"), but
    // in front of a noun it only describes that noun ("denounced the sham election") and governs nothing.
    const attributive = before && isAttributive(context, marker);
    let end = attributive ? -1 : before ? marker.first - 1 : beforeCharacterisation(context, marker.last, scopeEnd(context, marker.last, window));
    if (!before) end = Math.min(Math.max(end, object), relativeClauseEnd(context, marker));
    // What a refusal of another side's doing keeps from harm, found once for the scope and the refusal's own hit.
    const guarded = entry?.othersActs === true ? protectedRelation(context, marker) : undefined;
    if (!before && guarded !== undefined) end = Math.max(end, groundPurposeEnd(context, guarded));
    const start = before ? afterDescribingVerb(context, scopeStart(context, marker.first, window), marker) : marker.last + 1;
    const label = `refusal:${trigger(context, marker)}`;
    // What follows another side's words the refusal rejects is what those words say ("dismissed
    // Kinshasa's accusations about the fighting"): theirs, dropped with them, not refused in turn.
    let rejected = false;
    // What another side's hostile act would harm, already counting 0 as that act's object ("will not
    // accept any attempt to undermine the ceasefire"), or a relationship another side's verb would act on
    // ("will not allow this difference to affect cooperation"): the refusal keeps it from harm.
    let harmed: WorkingHit | undefined;
    // The end of a hostile act another side proposed to the speaker, which the refusal refuses as its own.
    let proposedEnd = -1;
    // Whether a call the refusal refuses came before, as a hit or as the refusal's object ("rejected a
    // call by Tumbes lawmakers to shut the border"): what it asks for is the speaker's own act to refuse.
    let called = (call !== -1 && object !== -1 && URGING.has(context.analysis.tokens[call]?.lemma ?? '')) || stopsMeasure(context.analysis.tokens, marker, object);
    // The end of what such a call asks for ("rejected a motion calling for a boycott of Tanzanian goods",
    // "brushed aside calls from several lawmakers to boycott the expo"): a protest or a threat there is
    // the speaker's own act, refused, not another side's words.
    let calledEnd = called ? object : -1;
    // The last token of the last hit the refusal flips, or −1 while it flips none.
    let flippedEnd = -1;
    // The end of the act a refused call asks for, whose "that" opens no relative clause ("rejected a
    // demand that it halt the joint drills"), or −1.
    const askedAct = call === -1 ? -1 : object;
    for (let h = firstAtOrAfter(context.hits, start); h < context.hits.length && (context.hits[h]?.first ?? Infinity) <= end; h += 1) {
      const hit = context.hits[h] as WorkingHit;
      if (hit.refusedBy !== undefined || describesNoun(context, hit) || (hit.last > askedAct && negatedInRelative(context, marker, hit))) continue;
      hit.refusedBy = marker;
      hit.modifiers.push(label);
      // A refused invitation, request or proposal of a hostile act ("turned down an invitation to join
      // US-led naval patrols", "declined to join a US proposal for a common tariff on Chinese steel") is no
      // refusal of cooperation: the proposal counts 0 and the act is the speaker's own, refused.
      const proposed = before ? undefined : proposedHostileAct(context, h);
      if (proposed !== undefined) {
        hit.factor = 0;
        proposedEnd = proposed;
        end = Math.max(end, proposed);
        continue;
      }
      const byCategory = context.lexicon.categories[hit.category]?.refused;
      // The speaker's own words refused flip; what they would have spoken of counts 0, as after a rejection.
      const own = hit.first <= proposedEnd || (byCategory === 'reject' && !rejected && (entry?.ownActs === true || ownSpeech(context, marker, hit, object)));
      const refused = own || (byCategory === 'reject' && hit.last <= calledEnd) ? 'flip' : byCategory;
      if (entry?.othersActs === true && hit.pole === 'engagement' && (hit.factor === 0 || isRelationActedOn(context, marker, hit))) {
        harmed ??= hit;
        hit.factor = 0;
      } else if (refused === 'reject' || refused === 'pass' || rejected || (hit.pole === 'confrontation' && isOthersAct(context, entry, marker, hit, called))) hit.factor = 0;
      else flippedEnd = Math.max(flippedEnd, hit.last);
      if (refused === 'pass') {
        called = true;
        if (!before) calledEnd = askedEnd(context, hit);
      }
      if ((refused === 'reject' || own) && !before) rejected = true;
      if (refused === 'pass' && !before) end = Math.max(end, scopeEnd(context, hit.last, window));
      // A refused verb takes its object with it ("turned down a request from Mauritius's new government
      // to reopen the Chagos negotiations"), wherever the window ends.
      else if (!before && hit.factor !== 0 && context.analysis.tokens[hit.last]?.pos === 'VERB') end = Math.max(end, objectOf(context, hit.last));
      // So does a refused proposal its "to" and the act it proposed ("rejected Astana's proposal to move the
      // shipping talks to Astana").
      else if (!before && hit.factor !== 0 && isProposalTo(context, hit)) end = Math.max(end, objectOf(context, hit.last + 2));
    }
    if (flippedEnd !== -1) {
      // What a refused act is asked for or done over, after the act and its object, is the grounds of
      // the call or of the act, not the speaker's doing: "turned down calls … to expel Guatemala's
      // ambassador over the Sarstoon shooting", "refused to join the sanctions over the invasion".
      const act = Math.max(proposedEnd, object, flippedEnd);
      const grounds = groundsEnd(context.analysis.tokens, act);
      if (grounds > act) {
        const label = `grounds:${trigger(context, marker)}`;
        countNothingWithin(context, act + 1, grounds, 'confrontation', label);
        // So is a failed engagement the act is done over ("a push for sanctions on Kinshasa over the
        // stalled peace process"); what "without" or "in" says of the act itself stays ("the detention of
        // three citizens without consular access").
        const over = overAt(context.analysis.tokens, act + 1, grounds);
        if (over !== -1) countNothingWithin(context, over + 1, grounds, 'engagement', label, (hit) => hit.negators.length % 2 === 1);
      }
      return;
    }
    // A call another party made that the refusal declines to back, for an act the lexicon does not know
    // ("declined to back a Homeland Movement motion to remove Cyrillic signs"), is no refusal of the
    // other side: what it asked for is unknown, and the refusal counts nothing.
    if (plain !== -1 && urgesWithin(context.analysis.tokens, marker.last + 1, object)) return;
    addRefusalHit(context, marker, [], entry?.othersActs === true ? (harmed?.last ?? guarded) : undefined);
  });
}

/** Whether a noun of a call that urges an act (`URGING`) stands in tokens `from`..`to` ("the extra shifts demanded by the contractor" has none). */
function urgesWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let t = from; t <= to; t += 1) if (URGING.has(tokens[t]?.lemma ?? '') && isCallNoun(tokens[t] as Token)) return true;
  return false;
}

/** A noun, or a plural the tagger reads as a verb ("to back calls in parliament"); not a participle ("demanded"). */
function isCallNoun(token: Token): boolean {
  return token.pos === 'NOUN' || (token.pos === 'VERB' && token.normal === `${token.lemma}s`);
}

/**
 * The last token of the act the proposal at `context.hits[h]` proposes, when a confrontation hit or a
 * negated engagement stands in it: a noun of a proposing category and, past who made it, "to" with a
 * verb and its object, "for" with a noun phrase or "that" with a clause ("an invitation to join US-led
 * naval patrols", "a proposal for a common 50 percent tariff", "a proposal from some ECOWAS members to
 * reimpose trade sanctions on Niger", "a proposal that the government suspend aid to Honiara").
 */
function proposedHostileAct(context: RuleContext, h: number): number | undefined {
  const hit = context.hits[h] as WorkingHit;
  const tokens = context.analysis.tokens;
  if (hit.pole !== 'engagement' || !PROPOSALS.has(hit.category) || tokens[hit.last]?.pos !== 'NOUN') return undefined;
  const end = calledActEnd(context, hit.last) ?? (tokens[hit.last + 1]?.normal === 'for' ? nounPhraseEnd(tokens, hit.last + 2, OBJECT_REACH) : undefined);
  if (end === undefined) return undefined;
  // A hit may start in the act and end past the tagger's noun phrase ("to reimpose asset freezes", with
  // "freezes" read as a verb); a negated engagement is a hostile act too ("to suspend aid to Honiara").
  for (let k = h + 1; context.hits[k] !== undefined && (context.hits[k] as WorkingHit).first <= end; k += 1) {
    const act = context.hits[k] as WorkingHit;
    if (act.pole === 'confrontation' || act.negators.length % 2 === 1) return Math.max(end, act.last);
  }
  return undefined;
}

/** Whether the hit is a noun of a proposing category (`PROPOSALS`) followed by "to" and a verb. */
function isProposalTo(context: RuleContext, hit: WorkingHit): boolean {
  const tokens = context.analysis.tokens;
  return PROPOSALS.has(hit.category) && tokens[hit.last]?.pos === 'NOUN' && tokens[hit.last + 1]?.normal === 'to' && tokens[hit.last + 2]?.pos === 'VERB';
}

const PROPOSALS: ReadonlySet<string> = new Set(['intent-to-cooperate', 'appeal']);

/**
 * Whether a refusal of one's own act ("refused to", "declined to") governs a verb of hostile speech
 * ("refused to condemn the invasion", "declined to sign a statement criticising Iran") or the object of a
 * verb that no hit starts at, ending at `object` ("refused to join the boycott"): the words or the act the speaker will not
 * take part in, flipped as a refused act is, where a refused noun ("rejected the accusations", "refused
 * to accept the accusations") is someone else's speech (the category's `refused: "reject"`).
 */
function ownSpeech(context: RuleContext, marker: Match, hit: WorkingHit, object: number): boolean {
  const tokens = context.analysis.tokens;
  const infinitive = tokens[marker.last]?.normal === 'to' || tokens[marker.last + 1]?.normal === 'to';
  return infinitive && (tokens[hit.first]?.pos === 'VERB' || hit.last <= object);
}

/**
 * The relationship or the ground a refusal of another side's doing keeps from harm (`params.protections`):
 * the first of its `relations` nouns in the refusal's scope, within `PROTECTED_REACH` tokens ("must not
 * allow recent events to cast a shadow over their relations"), or of its `grounds` nouns with a form of
 * "use" next to it ("will not let any group use its territory"), or `undefined`.
 */
function protectedRelation(context: RuleContext, marker: Match): number | undefined {
  const protections = context.lexicon.params.protections;
  if (protections === undefined) return undefined;
  const { relations, grounds = [] } = protections;
  const tokens = context.analysis.tokens;
  const end = scopeEnd(context, marker.last, PROTECTED_REACH);
  for (let t = marker.last + 1; t <= end; t += 1) {
    const token = tokens[t] as Token;
    if (token.pos !== 'NOUN') continue;
    if (relations.includes(token.lemma) || (grounds.includes(token.lemma) && isUsedGround(tokens, t))) return t;
  }
  return undefined;
}

/**
 * The last token of what a ground another side would use is to serve, when the protected noun at `ground`
 * (see `protectedRelation`) is a ground with "to" and a verb with its object after it ("will not allow any
 * armed group to use Chinese territory to launch attacks into Myanmar"): the hostile act there is that
 * side's, refused however far the window reaches; −1 when there is none.
 */
function groundPurposeEnd(context: RuleContext, ground: number): number {
  const grounds = context.lexicon.params.protections?.grounds ?? [];
  const tokens = context.analysis.tokens;
  if (!grounds.includes(tokens[ground]?.lemma ?? '') || tokens[ground + 1]?.normal !== 'to' || tokens[ground + 2]?.pos !== 'VERB') return -1;
  return objectOf(context, ground + 2);
}

/** Whether a form of "use" stands within `USE_REACH` tokens of the ground noun at `t`: "use its territory", "its territory to be used". */
function isUsedGround(tokens: readonly Token[], t: number): boolean {
  for (let u = Math.max(0, t - USE_REACH); u <= t + USE_REACH; u += 1) if (tokens[u]?.lemma === 'use' && tokens[u]?.sentence === tokens[t]?.sentence) return true;
  return false;
}

/** Tokens between a ground and its "use": "use its territory" is 2, "its territory to be used" 3. */
const USE_REACH = 3;

/**
 * Whether an engagement hit names a relationship (`params.protections.relations`) that a verb after the
 * refusal acts on ("will not allow this difference to affect cooperation"), not what the refusal itself
 * rules out ("will not allow any cooperation with the occupiers").
 */
function isRelationActedOn(context: RuleContext, marker: Match, hit: WorkingHit): boolean {
  const tokens = context.analysis.tokens;
  if (context.lexicon.params.protections?.relations.includes(tokens[hit.last]?.lemma ?? '') !== true) return false;
  for (let t = marker.last + 1; t < hit.first; t += 1) if (tokens[t]?.pos === 'VERB') return true;
  return false;
}

/** Tokens after the refusal searched for the relationship: "recent events to cast a shadow over their relations" is 9. */
const PROTECTED_REACH = 12;

/**
 * Whether refusal `inner` follows `outer` at once, after "to" ("refused to rule out"), or in `object`, the
 * object of a verb after "to" that no hit starts at ("declined to join the veto"); not when `outer` is a
 * dismissal said of what precedes it ("a naive daydream").
 */
function refusesRefusal(context: RuleContext, outer: Match, inner: Match, object: number): boolean {
  if (context.lexicon.modifiers.refusals[outer.pattern.index]?.direction === 'before') return false;
  const between = inner.first - outer.last - 1;
  return between === 0 || (between === 1 && context.analysis.tokens[outer.last + 1]?.normal === 'to') || (between > 1 && inner.last <= object);
}

/**
 * Where a dismissal's backward scope, from `start`, begins: after the verb whose object it describes, so
 * that it governs the object and not the verb ("dismissed the South's hopes as a serious miscalculation"
 * refuses the hopes, not the dismissing; "called the proposal a sham" the proposal). A dismissal that is
 * a predicate of its own ("were blocked", "was rejected") or after "be" ("the accord signed in Cairo was
 * no longer relevant", 'negotiating with Washington was "neither wise nor honourable"') describes its
 * subject and keeps its scope.
 */
function afterDescribingVerb(context: RuleContext, start: number, marker: Match): number {
  const tokens = context.analysis.tokens;
  const first = tokens[marker.first];
  // Adverbs and an opening quotation mark may stand after "be": 'was "neither wise nor honourable"'.
  let be = beforeAdverbs(tokens, marker.first);
  while (QUOTATION_MARKS.has(tokens[be]?.normal ?? '')) be = beforeAdverbs(tokens, be);
  if (first?.pos === 'AUX' || first?.pos === 'VERB' || tokens[be]?.lemma === 'be') return start;
  for (let t = marker.first - 1; t >= start; t -= 1) if (tokens[t]?.pos === 'VERB') return t + 1;
  return start;
}

/**
 * Where a forward scope ending at `end` stops before "as" after the refused thing ("dismissed the
 * remarks as inflammatory", "rejected it as propaganda"): what follows says what the speaker calls it,
 * in the speaker's own words, and is not refused. "as" after a verb ("refused to serve as a mediator")
 * or before an adverb ("rejected the sanctions as well as the tariffs") leaves the scope as it is.
 */
function beforeCharacterisation(context: RuleContext, after: number, end: number): number {
  const tokens = context.analysis.tokens;
  for (let t = after + 2; t <= end; t += 1) {
    if (tokens[t]?.normal === 'as' && tokens[t + 1]?.pos !== 'ADV' && endsNounPhrase(tokens[t - 1])) return t - 1;
  }
  return end;
}

/**
 * A negated refusal with nothing of its own to govern ("she would not block the nominee", "we will not
 * veto the bill"; before a dismissal: "it is not out of the question that …") rules out a rejection: it
 * is the refusal's own hit, negated, so `polarity` turns it into a concession. One that governs a hit
 * leaves that hit as it is ("did not reject the offer").
 */
function negatedRefusal(context: RuleContext, marker: Match, negators: Match[]): void {
  const { window } = context.lexicon.params.refusal;
  if (context.lexicon.modifiers.refusals[marker.pattern.index]?.direction === 'before') {
    // A dismissal governs what precedes it: "It is not out of the question that the crossing reopens"
    // has nothing before it to leave be, and rules the rejection out.
    const previous = context.hits[firstAtOrAfter(context.hits, marker.first) - 1];
    if (previous !== undefined && previous.first >= scopeStart(context, marker.first, window)) return;
  } else {
    const next = context.hits[firstAtOrAfter(context.hits, marker.last + 1)];
    if (next !== undefined && next.first <= scopeEnd(context, marker.last, window)) return;
  }
  addRefusalHit(context, marker, negators);
}

/**
 * The refusal marker as a hit of its own weight, governed by `negators`: a confrontation hit, or, when it
 * keeps the relationship or the act of engagement at token `relation` from harm, an engagement hit of
 * `params.protections`'s category (modifier `protects:<noun>`).
 */
function addRefusalHit(context: RuleContext, marker: Match, negators: Match[], relation?: number): void {
  const item = context.lexicon.modifiers.refusals[marker.pattern.index];
  if (item === undefined) return;
  const hit = { first: marker.first, last: marker.last, term: item.term, weight: item.weight };
  const protection = context.lexicon.params.protections;
  if (relation === undefined || protection === undefined) insertHit(context, { ...hit, pole: 'confrontation', category: item.category }, negators, []);
  else insertHit(context, { ...hit, pole: 'engagement', category: protection.category }, negators, [`protects:${trigger(context, { first: relation, last: relation })}`]);
}

/**
 * Whether the marker is a passive participle ("was swiftly rejected", "has been refused"); not one used
 * as an adjective with its object after it ("is opposed to the sanctions"), nor a phrase ending in a
 * preposition ("is not interested in dialogue"); one ending in a particle with no noun phrase after it
 * is ("was turned down by Algiers").
 */
function isPassive(context: RuleContext, marker: Match): boolean {
  const tokens = context.analysis.tokens;
  const particle = tokens[marker.last]?.pos === 'ADP' && marker.last > marker.first && !isNounPhraseWord(tokens[marker.last + 1]);
  return (tokens[marker.last]?.pos !== 'ADP' || particle) && tokens[marker.last + 1]?.normal !== 'to' && isPassiveParticiple(tokens, marker.first);
}

/**
 * Where the refusal's clause ends when it is a relative clause before its sentence's predicate ("Those
 * who blocked the highways have taken the country hostage"): before the first verb or auxiliary right
 * after a noun phrase word, which starts the main clause; what it says is not refused. The end of the
 * sentence when the refusal opens no relative clause.
 */
function relativeClauseEnd(context: RuleContext, marker: Match): number {
  const tokens = context.analysis.tokens;
  if (!opensRelative(tokens[beforeAdverbs(tokens, marker.first)])) return Infinity;
  const sentence = tokens[marker.first]?.sentence;
  // The refusal's own object comes first: the predicate is past at least one word after the marker.
  for (let t = marker.last + 2; tokens[t]?.sentence === sentence; t += 1) {
    const pos = tokens[t]?.pos;
    if ((pos === 'AUX' || pos === 'VERB') && isNounPhraseWord(tokens[t - 1])) return t - 1;
  }
  return Infinity;
}

/**
 * Whether the hit carries a negation of its own in a relative clause that describes a noun after the
 * refusal ("what is left to negotiate with governments that cannot keep their word?"): the clause says
 * what the noun is, negation and all, and the refusal does not reach into it.
 */
function negatedInRelative(context: RuleContext, marker: Match, hit: WorkingHit): boolean {
  if (hit.negators.length === 0) return false;
  const tokens = context.analysis.tokens;
  for (let t = marker.last + 2; t < hit.first; t += 1) {
    if (opensRelative(tokens[t]) && endsNounPhrase(tokens[t - 1])) return true;
  }
  return false;
}

/** The last token of the noun phrase right after the verb at `verb` ("reopen the Chagos negotiations"), or `verb` itself. */
function objectOf(context: RuleContext, verb: number): number {
  return Math.max(verb, nounPhraseEnd(context.analysis.tokens, verb + 1, OBJECT_REACH));
}

/**
 * The last token of the object of a verb that no hit starts at, after a refusal of one's own act and "to"
 * ("declined to align with the EU's latest package of sanctions on Moscow"): the noun phrase after the
 * verb, its particle and its prepositions ("take part in", "sign on to"), one "of" phrase after it, and
 * the act that phrase is for, "to" and a verb ("declined to back a Polish demand to shut Hungary out"),
 * past who made it ("a proposal by several member states to freeze funds"),
 * wherever the window ends; −1 when there is none. The acts the object names are what is refused.
 */
function plainVerbObject(context: RuleContext, marker: Match): number {
  const tokens = context.analysis.tokens;
  let t = tokens[marker.last]?.normal === 'to' ? marker.last + 1 : tokens[marker.last + 1]?.normal === 'to' ? marker.last + 2 : -1;
  if (t === -1 || !isVerbAfterTo(tokens, t) || context.hits[firstAtOrAfter(context.hits, t)]?.first === t) return -1;
  // A particle between the verb and its preposition: "declined to take part in the operations".
  t += tokens[t + 1]?.pos === 'ADP' ? (tokens[t + 2]?.pos === 'ADP' ? 3 : 2) : tokens[t + 1]?.pos === 'ADV' && tokens[t + 2]?.pos === 'ADP' ? 3 : 1;
  let phrase = nounPhraseWithOfEnd(tokens, t, OBJECT_REACH);
  // The tagger reads a noun of a call as a verb: "to back calls by some lawmakers", "a federal Somali push for".
  if (tokens[phrase + 1]?.pos === 'VERB' && CALLS.has(tokens[phrase + 1]?.lemma ?? '') && phrase + 1 - t < OBJECT_REACH) phrase += 1;
  if (phrase < t) return -1;
  return calledActEnd(context, phrase) ?? phrase;
}

/**
 * The last token of the act a call ending at `phrase` asks for, past who made it: "to" and a verb with its
 * object ("a Polish demand to shut Hungary out", "calls from student groups to cancel its power purchase
 * agreement"), or, after a noun of `CALLS`, "for" and a noun phrase ("a call by several EU farm ministers
 * for a blanket ban on Ukrainian imports") or "that" and a clause with its subject ("a proposal from
 * environmental groups that the Mekong River Commission formally censure Cambodia"); past where a measure
 * was put, the -ing verb that says what it does ("a US-led statement at the OAS criticising Cuba's treatment
 * of dissidents"); `undefined` when none follows.
 */
function calledActEnd(context: RuleContext, phrase: number): number | undefined {
  const tokens = context.analysis.tokens;
  const to = pastProposer(tokens, phrase + 1);
  if (tokens[to]?.normal === 'to' && tokens[to + 1]?.pos === 'VERB') return objectOf(context, to + 1);
  const would = counterfactualVerb(tokens, to);
  if (would !== -1) return objectOf(context, would);
  if (to > phrase + 1 && isGerund(tokens[to])) return objectOf(context, to);
  if (!CALLS.has(tokens[phrase]?.lemma ?? '')) return undefined;
  if (tokens[to]?.normal === 'that') {
    const verb = thatClauseVerb(tokens, to + 1);
    return verb === -1 ? undefined : objectOf(context, verb);
  }
  if (tokens[to]?.normal !== 'for') return undefined;
  const act = nounPhraseEnd(tokens, to + 1, OBJECT_REACH);
  return act > to ? act : undefined;
}

/**
 * The verb of the clause a call's "that" opens at `t` ("that the Mekong River Commission formally
 * censure Cambodia"), past its subject and adverbs, within `OBJECT_REACH` + 1 tokens; −1 when the clause
 * has no subject of its own ("a proposal that was tabled in June": a relative clause, no act asked for).
 */
function thatClauseVerb(tokens: readonly Token[], t: number): number {
  if (!isNounPhraseWord(tokens[t])) return -1;
  for (let u = t + 1; u <= t + OBJECT_REACH + 1; u += 1) {
    const token = tokens[u];
    if (token === undefined || token.sentence !== tokens[t]?.sentence) return -1;
    if (token.pos === 'VERB') return u;
    if (!isNounPhraseWord(token) && token.pos !== 'ADV' && token.pos !== 'AUX') return -1;
  }
  return -1;
}

/**
 * The last token of the prepositional phrases right after a refused act ending at `act`, up to the first
 * word that is neither a preposition nor of a noun phrase ("to Somalia in retaliation for the grounding of
 * a Kenyan cargo plane", "during the border dispute"): why or when the act was asked for. `act` when no
 * preposition follows it.
 */
function groundsEnd(tokens: readonly Token[], act: number): number {
  if (tokens[act + 1]?.pos !== 'ADP' || tokens[act + 1]?.sentence !== tokens[act]?.sentence) return act;
  return runEnd(tokens, act + 1, tokens.length, (t) => tokens[t]?.pos === 'ADP' || isNounPhraseWord(tokens[t]) || isGerund(tokens[t]) || isHyphenatedPiece(tokens, t) || isParticipleBeforeNoun(tokens, t));
}

/** The first "over" in tokens `from`..`to`, or −1. */
function overAt(tokens: readonly Token[], from: number, to: number): number {
  for (let t = from; t <= to; t += 1) if (tokens[t]?.normal === 'over') return t;
  return -1;
}

/**
 * The last token of what a call ending in "for" asks for, a noun phrase and one "of" phrase ("calling
 * for a boycott of Tanzanian goods"), or of a call's "to" and verb with its object, past who made it
 * ("a demand from hardliners to condemn the vote", see `calledActEnd`); −1 when neither follows.
 */
function askedEnd(context: RuleContext, call: WorkingHit): number {
  const tokens = context.analysis.tokens;
  if (tokens[call.last]?.normal === 'for') return nounPhraseWithOfEnd(tokens, call.last + 1, OBJECT_REACH);
  return calledActEnd(context, call.last) ?? -1;
}

/** Nouns of a call for an act, which "for" and the act may follow. */
const CALLS: ReadonlySet<string> = new Set(['call', 'push', 'proposal', 'motion', 'bid', 'demand', 'plan', 'initiative', 'request', 'appeal']);

/**
 * The noun of a call (`CALLS`) that ends the refusal's object ("turned down calls from student groups to
 * cancel its power purchase agreement", "rejected a call by Iraqi militias to open a front"), or −1; the act
 * it asks for (`calledActEnd`) is refused wherever the window ends.
 */
function refusedCall(context: RuleContext, marker: Match): number {
  const tokens = context.analysis.tokens;
  const first = marker.last + 1;
  // The tagger reads a bare plural right after the refusal as a verb: "turned down calls from student groups".
  const phrase = tokens[first]?.pos === 'VERB' ? first : nounPhraseEnd(tokens, first, OBJECT_REACH);
  return phrase > marker.last && (CALLS.has(tokens[phrase]?.lemma ?? '') || counterfactualVerb(tokens, pastProposer(tokens, phrase + 1)) !== -1) ? phrase : -1;
}

/**
 * The verb of a clause at `t` that says what a measure would have done ("a motion that would have ordered
 * every Ethiopian soldier out", "a draft which would have condemned Ethiopia"): "that" or "which", "would
 * have", at most one adverb and the verb; −1 when there is no such clause. The measure was stopped, and
 * what it would have done is the act refused.
 */
function counterfactualVerb(tokens: readonly Token[], t: number): number {
  if (!COUNTERFACTUAL_OPENERS.has(tokens[t]?.normal ?? '') || tokens[t + 1]?.normal !== 'would' || tokens[t + 2]?.normal !== 'have') return -1;
  const verb = tokens[t + 3]?.pos === 'ADV' ? t + 4 : t + 3;
  return tokens[verb]?.pos === 'VERB' ? verb : -1;
}

const COUNTERFACTUAL_OPENERS: ReadonlySet<string> = new Set(['that', 'which']);

/**
 * Whether the refusal's object, up to `object`, is a measure with a clause saying what it would have done
 * ("declined to back an Arab League draft that would have condemned Ethiopia"): what it would have done
 * is the speaker's own act, refused, as a call's is.
 */
function stopsMeasure(tokens: readonly Token[], marker: Match, object: number): boolean {
  for (let t = marker.last + 1; t < object; t += 1) if (counterfactualVerb(tokens, t) !== -1) return true;
  return false;
}

/**
 * Nouns of a call that urges the speaker to act ("a call by Tumbes lawmakers to shut the border"), where a
 * proposal, a plan or a request is put to the speaker by another side ("rejected Bogotá's proposal to ban
 * new oil drilling", whose act stays Bogotá's).
 */
const URGING: ReadonlySet<string> = new Set(['call', 'push', 'motion', 'demand', 'appeal']);

/**
 * Whether the token at `t`, after "to", is a verb: tagged one, or a word the tagger reads otherwise with
 * an article or a noun of a call after it ("declined to back a Polish demand", "refused to back calls by
 * some lawmakers", where "back" is tagged an adverb).
 */
function isVerbAfterTo(tokens: readonly Token[], t: number): boolean {
  return tokens[t]?.pos === 'VERB' || (tokens[t]?.pos === 'ADV' && (tokens[t + 1]?.pos === 'DET' || CALLS.has(tokens[t + 1]?.lemma ?? '')));
}

/** Words of a refused verb's object past the refusal's window: "the disputed Chagos island negotiations" is 5. */
const OBJECT_REACH = 5;

/**
 * Whether the hostile act `hit` is another side's, which the refusal at `marker` protests rather than
 * refuses as one's own: any, for a refusal of `othersActs`; one named as another side's before any call
 * the refusal refuses (`called`), for a refusal of `ownedActs`.
 */
function isOthersAct(context: RuleContext, entry: RuleContext['lexicon']['modifiers']['refusals'][number] | undefined, marker: Match, hit: WorkingHit, called: boolean): boolean {
  return entry?.othersActs === true || (entry?.ownedActs === true && !called && ownedByAnother(context.analysis.tokens, marker, hit));
}

/**
 * Whether the hostile act `hit`, governed by a refusal at `marker`, names another side as the one doing
 * it: a name or a possessive between the refusal and the act ("opposes India's deployment", "rejects any
 * American attempt"), "by" and a name or "foreign" within `OWNER_REACH` tokens after it ("conducted by the
 * United Kingdom", "any incursion by foreign armed forces"), "of" right after the act and a name ("the
 * incursion of Venezuelan troops"), or a name there with a verb right after it ("the sanctions Baghdad has
 * imposed").
 */
function ownedByAnother(tokens: readonly Token[], marker: Match, hit: WorkingHit): boolean {
  for (let t = marker.last + 1; t < hit.first; t += 1) if (tokens[t]?.pos === 'PROPN' || isPossessive(tokens[t])) return true;
  const sentence = tokens[hit.last]?.sentence;
  const owners = tokens[hit.last + 1]?.normal === 'of' ? OWNERS : BY;
  for (let t = hit.last + 1; t <= hit.last + OWNER_REACH && tokens[t]?.sentence === sentence; t += 1) {
    const token = tokens[t] as Token;
    if (CLAUSE_BREAK.has(token.normal)) return false;
    if (token.normal === 'foreign' && afterOwnerPreposition(tokens, t, BY)) return true;
    if (token.pos !== 'PROPN') continue;
    if (afterOwnerPreposition(tokens, t, owners)) return true;
    const after = tokens[t + 1];
    if (after?.pos === 'AUX' || after?.pos === 'VERB') return true;
  }
  return false;
}

/** Tokens after a refused act within which its owner may be named: "conducted by the United Kingdom" is 4. */
const OWNER_REACH = 4;

/** Prepositions that name who does an act: "conducted by the United Kingdom". */
const BY: ReadonlySet<string> = new Set(['by']);

/**
 * Right after the act, "of" names its doer too ("the incursion of Venezuelan troops", "the deployment of
 * any ECOWAS standby force"), or what it is done to, which makes it no less another side's act.
 */
const OWNERS: ReadonlySet<string> = new Set(['by', 'of']);

/** Whether the token at `t` follows one of `prepositions`, with at most a determiner between ("by the", "of any"). */
function afterOwnerPreposition(tokens: readonly Token[], t: number, prepositions: ReadonlySet<string>): boolean {
  const before = tokens[t - 1];
  if (before === undefined) return false;
  if (prepositions.has(before.normal)) return true;
  return before.pos === 'DET' && prepositions.has(tokens[t - 2]?.normal ?? '');
}
