import { isHyphenatedPiece, isPossessive, type Token } from '../nlp/index.js';
import { countNothingWithin, hitCountingWithin, trigger, type RuleContext, type WorkingHit } from './context.js';
import { clauseEnd, QUOTATION_MARKS, runEnd, runStart } from './phrase.js';

/**
 * irony — "We thank Moscow for its touching concern about our language law", "Caracas thanked Washington
 * for its 'concern for Venezuelan democracy'", "We are grateful to Belgrade for its concern for our Serb
 * citizens, which it expresses every time with a column of armoured vehicles": thanks (an entry of
 * `params.ironies.terms`) whose object is a noun of `params.ironies.nouns` ("concern", "advice": no act
 * of help) with a sign of irony is a dismissal and counts for confrontation (modifier `irony:<noun>`).
 * The signs: a word of `params.ironies.markers` right before the noun ("touching", "sudden"), a
 * quotation mark between the thanks and the noun (the speaker's words held up), or the noun's phrase
 * followed by a semicolon or a comma and a clause telling how that concern shows ("…, which it
 * expresses", "…, a concern that", "…, expressed with"). Thanks for a lesson or a lecture
 * (`params.ironies.lectures`, instruction given unasked: "Many thanks to Brussels for its lessons in
 * democracy") need no sign. The object stands within `REACH` tokens of the thanks, past the one thanked
 * and "for" ("thanked the French National Assembly for its"). Thanks for concern with none of these
 * signs ("thanked the Secretary-General for his concern") stay thanks. Congratulations on a discovery
 * with such a sign are the same dismissal ("We congratulate Kigali on its remarkable discovery of coltan
 * deposits on Rwandan soil"); "congratulate the team on the discovery of the wreck" stays congratulations.
 * Congratulations or thanks on the verb of a finding (`params.ironies.findings`: "Congratulations to Addis
 * Ababa on discovering the sea", "grateful to Canberra for rediscovering the Pacific") need no sign: a
 * government is not congratulated in earnest on finding what was always there.
 *
 * Thanks for anything else are ironic when a clause after a comma and "which" deflates what they are
 * for: "grateful to the E3 for their deep devotion to diplomacy, which they showed by triggering the
 * return of every UN sanction", "grateful to Brussels for its latest roadmap, the ninth one, which like
 * the other eight changes absolutely nothing" (modifier `irony:which`). The signs in that clause: a hit
 * that counts for confrontation, a refusal ("…, which consisted of one more veto"), or a word of
 * `params.ironies.deflations` ("nothing", "nobody", "another"; not "never", which earnest thanks use:
 * "…, which we will never forget"); in a quotation, the speaker's own thanks, a clause with no
 * engagement hit ("…, which reached us three weeks after the landslide"), and so in reported thanks for
 * the thanked side's own doing whose clause opens with "which" or "who", a pronoun and a verb of saying
 * ("thanked Tashkent for its generous water schedule, which she said left farmers with half the
 * promised flow"). "thanked Doha for its patient mediation, which brought the sailors home" stays thanks.
 *
 * Thanks or congratulations of `params.ironies.remarks.terms` followed later in their sentence by a comma
 * and an -ing verb of `remarks.verbs` are ironic too: the reporter's aside ("…, noting that 400 lorries had
 * been stuck at Paso Canoas for four days") tells what they were worth (modifier `irony:noting`). So are
 * thanks said to be earned by a word of `params.ironies.merits` before them ("said Ankara deserved warm
 * thanks for generously sharing the Tigris", modifier `irony:deserved`).
 *
 * What ironic thanks are for, up to the first comma, is what they mock: its engagement hits count 0
 * ("its deep concern for regional peace", "its wonderful migration pact"). Off without `params.ironies`.
 */
export function irony(context: RuleContext): void {
  const params = context.lexicon.params.ironies;
  if (params === undefined) return;
  const tokens = context.analysis.tokens;
  let thanked: readonly string[] | undefined;
  for (const hit of context.hits) {
    if (hit.pole !== 'engagement' || hit.factor === 0 || hit.flipped || !params.terms.includes(hit.term)) continue;
    // What thanks may be for, gathered once for the sentence's thanks, not for each of them.
    thanked ??= [...params.nouns, ...params.lectures, ...(params.findings ?? [])];
    const merit = params.merits === undefined ? undefined : meritBefore(tokens, hit.first, params.merits);
    if (merit !== undefined) {
      mock(context, hit, `irony:${merit}`);
      continue;
    }
    const noun = thankedNoun(tokens, hit.last, thanked, params.markers);
    if (noun !== undefined && (params.lectures.includes((tokens[noun] as Token).lemma) || isFinding(tokens[noun] as Token, params.findings) || isIronic(tokens, hit.last, noun, params.markers))) {
      mock(context, hit, `irony:${(tokens[noun] as Token).normal}`);
    } else {
      const deflation = params.deflations === undefined ? undefined : deflatingClause(context, hit, params.deflations);
      const remark = deflation === undefined && params.remarks?.terms.includes(hit.term) === true ? remarkAfter(tokens, hit.last, params.remarks.verbs) : undefined;
      if (deflation !== undefined || remark !== undefined) mock(context, hit, `irony:${deflation ?? remark}`);
    }
  }
}

/**
 * The word of `merits` right before the thanks starting at `first`, past at most `MERIT_GAP` articles and
 * adjectives ("deserved warm thanks", "deserved a medal"), or `undefined`.
 */
function meritBefore(tokens: readonly Token[], first: number, merits: readonly string[]): string | undefined {
  // An entry may open with the word itself ("=deserved medal"), where the thanks are no hit of their own.
  if (merits.includes(tokens[first]?.normal ?? '')) return tokens[first]?.normal;
  const word = tokens[runStart(tokens, first - 1, MERIT_GAP, (t) => MERIT_GAP_WORDS.has((tokens[t] as Token).pos)) - 1]?.normal;
  return word !== undefined && merits.includes(word) ? word : undefined;
}

/** Articles and adjectives between a word of merit and the thanks at most: "a great" is 2. */
const MERIT_GAP = 2;
const MERIT_GAP_WORDS: ReadonlySet<string> = new Set(['DET', 'ADJ']);

/**
 * The -ing verb of remarking (`params.ironies.remarks.verbs`) right after a comma later in the sentence of the
 * thanks ending at `last` ("thanked Panama for its 'lightning-fast' inspections, noting that 400 lorries
 * had been stuck at Paso Canoas for four days"), or `undefined`: the reporter's aside tells what the thanks
 * are worth.
 */
function remarkAfter(tokens: readonly Token[], last: number, remarks: readonly string[]): string | undefined {
  const sentence = tokens[last]?.sentence;
  for (let t = last + 1; tokens[t + 1]?.sentence === sentence; t += 1) {
    const next = tokens[t + 1] as Token;
    if (tokens[t]?.normal === ',' && next.normal.endsWith('ing') && remarks.includes(next.lemma)) return next.normal;
  }
  return undefined;
}

/**
 * Whether a token is the verb of a finding (`params.ironies.findings`): "on discovering the sea", not the
 * noun "the discovery of the wreck". A gerund the tagger reads as a noun counts ("for teaching us that a
 * trade agreement lasts about as long as a news cycle": "teaching" a noun of lemma "teach").
 */
function isFinding(token: Token, findings: readonly string[] | undefined): boolean {
  return (token.pos === 'VERB' || (token.pos === 'NOUN' && token.normal.endsWith('ing'))) && findings !== undefined && findings.includes(token.lemma);
}

/** The thanks count for confrontation, and the engagement hits of what they are for, up to the first comma, count 0. */
function mock(context: RuleContext, hit: WorkingHit, modifier: string): void {
  hit.flipped = true;
  hit.modifiers.push(modifier);
  const end = clauseEnd(context.analysis.tokens, hit.last + 1);
  if (end > hit.last) countNothingWithin(context, hit.last + 1, end, 'engagement', `irony:${trigger(context, hit)}`);
}

/**
 * The clause that deflates the thanks `hit`, `'which'` or the punctuation before it, `undefined` if none.
 * A comma and "which" within `REACH_TO_WHICH` tokens, past at most an apposition ("its latest roadmap,
 * the ninth one, which"), open a clause that deflates when it holds a confrontation hit, a refusal or
 * one of `deflations`, up to the clause's next comma or the sentence's end. Thanks in a quotation, the
 * speaker's own, are deflated too by a "which" clause that holds no engagement hit ("We are deeply
 * grateful to Port Moresby for its swift response, which reached us three weeks after the landslide"
 * tells what the response was worth, where earnest thanks tell what the help did: "…, which helped put
 * out the blaze"), and by a semicolon or a colon and words with no engagement hit up to the quotation's
 * end ("We congratulate Kabul on its magnificent new canal; our farmers downstream will admire it from
 * their dry fields"; "…; this deal shows what cooperation can achieve" stays thanks).
 */
function deflatingClause(context: RuleContext, hit: WorkingHit, deflations: readonly string[]): string | undefined {
  const tokens = context.analysis.tokens;
  const sentence = tokens[hit.last]?.sentence;
  const quoted = isQuoted(tokens, hit.first);
  const tellsOfNoHelp = (after: number, end: number): boolean => hitCountingWithin(context, after + 1, end, 1) === undefined;
  let which: number | undefined;
  for (let t = hit.last + 1; t <= hit.last + REACH_TO_WHICH && which === undefined; t += 1) {
    const token = tokens[t];
    if (token === undefined || token.sentence !== sentence) return undefined;
    if (token.normal === ';' || token.normal === ':') return quoted && tellsOfNoHelp(t, runEnd(tokens, t, tokens.length, (u) => !QUOTATION_MARKS.has((tokens[u] as Token).normal))) ? token.normal : undefined;
    if (token.normal !== ',') continue;
    const next = tokens[t + 1];
    if (next?.normal === 'which' || (next?.normal === 'who' && saysThanker(context, hit, t + 1))) which = t + 1;
    else if (next?.pos !== 'DET') return undefined;
  }
  if (which === undefined) return undefined;
  const end = clauseEnd(tokens, which + 1);
  for (let t = which + 1; t <= end; t += 1) if (deflations.includes((tokens[t] as Token).normal)) return 'which';
  // A refusal there deflates too ("…, which consisted of one more veto"); it becomes a hit only later.
  if (hitCountingWithin(context, which + 1, end, -1) !== undefined || context.markers.refusal.some((m) => m.first > which && m.last <= end)) return 'which';
  return (quoted || saysThanker(context, hit, which)) && tellsOfNoHelp(which, end) ? 'which' : undefined;
}

/**
 * Whether thanks for another side's own doing ("its", "their", a possessive "'s") are followed by a
 * relative word, a pronoun and a verb of `params.sources.verbs` ("thanked Banjul for its wonderful new
 * bridge tariffs, which he said had made the shortest road to Casamance the dearest"): the clause is the
 * thanker's own words, as in a quotation. Thanks for a gift ("for a grant of fuel, which he said would
 * keep the power stations running") are not.
 */
function saysThanker(context: RuleContext, hit: WorkingHit, which: number): boolean {
  const tokens = context.analysis.tokens;
  if (tokens[which + 1]?.pos !== 'PRON' || context.lexicon.params.sources?.verbs.includes(tokens[which + 2]?.lemma ?? '') !== true) return false;
  for (let t = hit.last + 1; t < which; t += 1) if (OWNERS.has((tokens[t] as Token).normal) || isPossessive(tokens[t])) return true;
  return false;
}

/** Possessive determiners that make what thanks are for the thanked side's own ("for its new map"). */
const OWNERS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her']);

/** Whether a quotation mark opens before the token at `t` in its sentence: the words are the speaker's own. */
function isQuoted(tokens: readonly Token[], t: number): boolean {
  const start = runStart(tokens, t - 1, t, (u) => !QUOTATION_MARKS.has((tokens[u] as Token).normal));
  return tokens[start - 1]?.sentence === tokens[t]?.sentence && QUOTATION_MARKS.has(tokens[start - 1]?.normal ?? '');
}

/** The token of one of `nouns` after the thanks ending at `last`, past the one thanked, "to", "for", quotation marks and markers; `undefined` if none. */
function thankedNoun(tokens: readonly Token[], last: number, nouns: readonly string[], markers: readonly string[]): number | undefined {
  const sentence = tokens[last]?.sentence;
  for (let t = last + 1; t <= last + REACH; t += 1) {
    const token = tokens[t];
    if (token === undefined || token.sentence !== sentence) return undefined;
    if (nouns.includes(token.lemma)) return t;
    // A marker may be tagged a verb: "its touching concern"; "for" before a gerund is tagged a
    // conjunction: "grateful to Canberra for rediscovering the Pacific".
    if (!PASSED.has(token.pos) && token.normal !== 'for' && !isPossessive(token) && !QUOTATION_MARKS.has(token.normal) && !markers.includes(token.normal) && !isHyphenatedPiece(tokens, t)) return undefined;
  }
  return undefined;
}

function isIronic(tokens: readonly Token[], last: number, noun: number, markers: readonly string[]): boolean {
  for (let t = last + 1; t < noun; t += 1) if (QUOTATION_MARKS.has(tokens[t]?.normal ?? '')) return true;
  for (let t = noun - 1; t >= noun - 2 && t > last; t -= 1) if (markers.includes(tokens[t]?.normal ?? '')) return true;
  return elaborated(tokens, noun);
}

/**
 * Whether the phrase of the noun at `noun` ("concern for our fishermen") is followed by a semicolon, or by
 * a comma and a clause on how the concern shows: "which", a verb of `SHOWN` or an article and the noun
 * again ("a concern that had arrived in the form of M23 columns").
 */
function elaborated(tokens: readonly Token[], noun: number): boolean {
  const sentence = tokens[noun]?.sentence;
  for (let t = noun + 1; t <= noun + PHRASE_REACH; t += 1) {
    const token = tokens[t];
    if (token === undefined || token.sentence !== sentence) return false;
    if (token.normal === ';') return true;
    if (token.normal === ',') {
      const next = tokens[t + 1];
      return next !== undefined && (next.normal === 'which' || SHOWN.has(next.lemma) || (next.pos === 'DET' && tokens[t + 2]?.lemma === tokens[noun]?.lemma));
    }
    if (token.pos === 'VERB' || token.pos === 'AUX') return false;
  }
  return false;
}

/** Tokens from the thanks to its object at most: "thanked the French National Assembly for its "tireless concern" is 9. */
const REACH = 10;
/** Tokens of the object's phrase before the comma at most: "concern for our crew's safety" is 6. */
const PHRASE_REACH = 8;
/** What may stand between the thanks and its object: the one thanked and the prepositions ("to Belgrade for its"). */
const PASSED: ReadonlySet<string> = new Set(['PRON', 'DET', 'ADJ', 'NOUN', 'PROPN', 'ADP', 'PART']);
/** Tokens from the thanks to the "which" of a deflating clause at most: "grateful to the outgoing US administration for its farewell gift of sanctions on Bidzina Ivanishvili, which" is 15. */
const REACH_TO_WHICH = 18;
/** Verbs that tell how the concern shows after its comma: "…, expressed with all the modesty one expects". */
const SHOWN: ReadonlySet<string> = new Set(['express', 'voice', 'show']);
