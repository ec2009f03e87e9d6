import { isHyphenatedPiece, isNounPhraseWord } from '../nlp/index.js';
import { firstAtOrAfter, type RuleContext, type WorkingHit } from './context.js';

/** Punctuation that ends a clause inside a sentence ("despite the attack, they signed"). */
export const CLAUSE_BREAK: ReadonlySet<string> = new Set([',', ';', ':']);

/** Whether clause punctuation (`CLAUSE_BREAK`) stands among tokens `from`..`to - 1`. */
export function breaksClause(tokens: readonly { readonly normal: string }[], from: number, to: number): boolean {
  for (let t = from; t < to; t += 1) if (CLAUSE_BREAK.has(tokens[t]?.normal ?? '')) return true;
  return false;
}

/** Relative pronouns open a clause of their own: "will not sit down with people who shoot at our fishermen". */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which']);

/** Tokens that close a negation or refusal scope: clause punctuation (quotation marks do not: 'not "interested"'). */
const CLAUSE_END: ReadonlySet<string> = new Set([...CLAUSE_BREAK, '.', '!', '?', '(', ')', '—', '[', ']']);

/**
 * The last token a marker ending at token `from` can reach: at most `window` words on (a hyphenated
 * word is one), and never past clause punctuation, a relative pronoun ("leaders who attack" is a clause
 * of its own), a conjunction
 * opening an adverbial clause ("while they attack", see `opensSubordinate`), a contrast marker, a
 * conjunction that opens a new predicate ("rejected the proposals and warned …", "would not
 * declare independence and was ready to talk" stop at "and"; "not interested in dialogue and
 * cooperation" does not) or the end of the sentence.
 */
export function scopeEnd(context: RuleContext, from: number, window: number): number {
  const tokens = context.analysis.tokens;
  const sentence = tokens[from]?.sentence;
  let limit = Math.min(tokens.length - 1, from + window);
  // The first contrast marker after `from` is the only one the walk can meet before it stops.
  const contrast = context.markers.contrast[firstAtOrAfter(context.markers.contrast, from + 1)]?.first;
  let end = from;
  for (let t = from + 1; t <= limit; t += 1) {
    const token = tokens[t];
    const aside = parentheticalEnd(tokens, t);
    if (aside !== undefined) {
      // An aside takes nothing of the window: the words it sets off are not the marker's.
      limit = Math.min(tokens.length - 1, limit + aside - t + 1);
      t = aside;
      continue;
    }
    if (token === undefined || token.sentence !== sentence || (CLAUSE_END.has(token.normal) && !isListComma(tokens, t)) || RELATIVES.has(token.normal) || opensSubordinate(tokens, t) || t === contrast || (opensPredicate(tokens, t) && !isAlternative(tokens, t))) break;
    // A hyphenated word is one word of the window, however many pieces it has ("a US-led push").
    if (isHyphenatedPiece(tokens, t)) limit = Math.min(tokens.length - 1, limit + 1);
    end = t;
  }
  return end;
}

/**
 * The closing comma of an aside set off by commas at token `t`, which a scope passes over, contrast
 * marker or not: an adverb ("would not, however, accept"), a prepositional phrase after a verb
 * ("suspends, with immediate effect, the transit") or a conjunction and the same verb again in
 * another tense ("has never been, and will never be, a party to the conflict", "has never allowed, and
 * will never allow, its territory to be used"); `undefined` if none starts there.
 */
function parentheticalEnd(tokens: RuleContext['analysis']['tokens'], t: number): number | undefined {
  if (tokens[t]?.normal !== ',') return undefined;
  if (tokens[t - 1]?.pos === 'VERB' && tokens[t + 1]?.pos === 'ADP') return prepositionalAsideEnd(tokens, t);
  const repeated = tokens[t + 1]?.pos === 'CCONJ';
  const first = repeated ? t + 2 : t + 1;
  const most = repeated ? REPEATED_WORDS : PARENTHETICAL_WORDS;
  const tags = repeated ? REPEATED_VERB : ADVERB;
  let k = first;
  while (k - t <= most && tags.has(tokens[k]?.pos ?? '')) k += 1;
  return k > first && tokens[k]?.normal === ',' && tokens[k]?.sentence === tokens[t]?.sentence ? k : undefined;
}

/**
 * The closing comma of a prepositional phrase set off by commas right after a verb ("suspends, with
 * immediate effect, negotiations on a free-trade agreement"), at most `PREPOSITIONAL_WORDS` words of a
 * noun phrase after its preposition; `undefined` if there is none.
 */
export function prepositionalAsideEnd(tokens: RuleContext['analysis']['tokens'], t: number): number | undefined {
  let k = t + 2;
  while (k - t <= PREPOSITIONAL_WORDS + 1 && isNounPhraseWord(tokens[k])) k += 1;
  return k > t + 2 && tokens[k]?.normal === ',' && tokens[k]?.sentence === tokens[t]?.sentence ? k : undefined;
}

/** Words of the noun phrase in a prepositional aside: "with immediate effect" has 2, "as of 1 March" 2. */
const PREPOSITIONAL_WORDS = 3;

/** Whether token `t` opens a clause: first in its sentence, or after clause punctuation or a coordinating conjunction. */
export function isClauseStart(tokens: RuleContext['analysis']['tokens'], t: number): boolean {
  const before = tokens[t - 1];
  return before === undefined || before.sentence !== tokens[t]?.sentence || CLAUSE_BREAK.has(before.normal) || before.pos === 'CCONJ';
}

/**
 * Whether token `t` stands in an aside that repeats the verb before it ("and will never be" in "has never
 * been, and will never be, a party"; see `parentheticalEnd`): what it says, the sentence says already.
 */
export function inRepeatedAside(tokens: RuleContext['analysis']['tokens'], t: number): boolean {
  let open = t;
  while (open > t - REPEATED_WORDS && REPEATED_VERB.has(tokens[open]?.pos ?? '')) open -= 1;
  if (tokens[open]?.pos !== 'CCONJ' || tokens[open - 1]?.normal !== ',') return false;
  const close = parentheticalEnd(tokens, open - 1);
  return close !== undefined && close > t;
}

/** Adverbs an aside between commas holds at most ("however", "once again"). */
const PARENTHETICAL_WORDS = 2;
const ADVERB: ReadonlySet<string> = new Set(['ADV']);
/** Tokens of an aside that repeats the verb, its conjunction included: "and will never be" is 4, "and would never again allow" 5. */
const REPEATED_WORDS = 5;
/** Tags of the words of an aside that repeats the verb. */
const REPEATED_VERB: ReadonlySet<string> = new Set(['AUX', 'ADV', 'PART', 'VERB']);

/**
 * Whether the comma at token `t` separates the items of a list ("the air, land and sea blockade", "no
 * dialogue, cooperation or trade"): a noun, adjective or name follows, and "and" / "or" comes within
 * `LIST_REACH` tokens with no verb or other punctuation before it.
 */
function isListComma(tokens: RuleContext['analysis']['tokens'], t: number): boolean {
  if (tokens[t]?.normal !== ',' || !LIST_ITEM.has(tokens[t + 1]?.pos ?? '')) return false;
  for (let next = t + 2; next <= t + LIST_REACH; next += 1) {
    const token = tokens[next];
    if (token === undefined || token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'PUNCT') return false;
    // Only now the walk back to the sentence's start, which most commas never need.
    if (token.normal === 'and' || token.normal === 'or') return !closesFrontedClause(tokens, t);
  }
  return false;
}

const LIST_ITEM: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'PROPN']);
const LIST_REACH = 4;

/**
 * Whether the comma at token `t` is the first of a sentence that opens with a subordinate clause ("Although
 * the last round broke up without a deal, U.S. and Canadian negotiators agreed …"): it ends that clause,
 * and what follows is the main clause's subject, not the next item of a list.
 */
export function closesFrontedClause(tokens: RuleContext['analysis']['tokens'], t: number): boolean {
  const sentence = tokens[t]?.sentence;
  let first = t;
  while (tokens[first - 1]?.sentence === sentence) {
    first -= 1;
    if (tokens[first]?.normal === ',') return false;
  }
  while (tokens[first]?.pos === 'PUNCT' || tokens[first]?.pos === 'SPACE') first += 1;
  const opener = tokens[first];
  return opener !== undefined && (opener.pos === 'SCONJ' || FRONTED_OPENERS.has(opener.normal));
}

/** Words that open a fronted clause or phrase wink-nlp may not tag as a subordinating conjunction. */
const FRONTED_OPENERS: ReadonlySet<string> = new Set(['although', 'though', 'while', 'whereas', 'if', 'unless', 'when', 'once', 'after', 'before', 'since', 'because', 'despite']);

/** Whether a token is a relative pronoun, "that" among them when tagged as a pronoun ("the bodies that were suspended"). */
export function opensRelative(token: { readonly pos: string; readonly normal: string } | undefined): boolean {
  return token !== undefined && (RELATIVES.has(token.normal) || (token.normal === 'that' && token.pos === 'PRON'));
}

/**
 * Whether token `t` opens an adverbial clause of its own ("would not sit idle while the FDLR prepares
 * attacks", "no more dialogue while they keep murdering our soldiers"): a subordinating conjunction, but
 * not "that", whose clause is what the marker governs ("denied that its soldiers had opened fire",
 * "rejected suggestions that Armenia had ceded control"); or "once" or "when" with a subject after it,
 * which wink tags as adverbs ("talks could only begin once the tariff was withdrawn" withdraws the
 * tariff, not the talks; "were once again suspended" is no clause), as does the last "as" of "as soon as".
 */
function opensSubordinate(tokens: RuleContext['analysis']['tokens'], t: number): boolean {
  const token = tokens[t];
  if (token === undefined) return false;
  // "that" opens a clause of purpose after "so", however wink-nlp tags it ("restore the agreement so
  // that clashes can be prevented"); elsewhere it is mostly a relative or a verb's object.
  if (token.normal === 'that' && tokens[t - 1]?.normal === 'so') return true;
  // wink-nlp tags "for" before a participle as a conjunction ("a pardon for jailed novelist X"), where it
  // is a preposition.
  if (token.pos === 'SCONJ') return token.normal !== 'that' && token.normal !== 'for';
  if (token.normal === 'as' && tokens[t - 1]?.normal === 'soon') return true;
  // wink-nlp tags "unless" as a preposition: "might boycott the talks unless the changes were withdrawn"
  // withdraws the changes, not the boycott.
  if (token.normal === 'unless') return true;
  return token.pos === 'ADV' && ADVERB_SUBORDINATORS.has(token.normal) && SUBJECT_OPENERS.has(tokens[t + 1]?.pos ?? '');
}

/** Subordinating conjunctions wink-nlp tags as adverbs. */
const ADVERB_SUBORDINATORS: ReadonlySet<string> = new Set(['once', 'when', 'whenever']);

/** Tags a clause's subject may start with ("once the tariff", "when Seoul", "once they"). */
const SUBJECT_OPENERS: ReadonlySet<string> = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM']);

/**
 * The first token a marker starting at token `from` can reach backwards: the mirror of `scopeEnd`, which
 * stops at clause punctuation, after a contrast marker ("talks collapsed after the two sides failed"
 * lets "failed" reach back to "after", not to the talks), and after the relative pronoun or the
 * conjunction that opens the marker's own clause: "will face military action if diplomacy fails" lets
 * "fails" reach "diplomacy", not the action; in "ready to resume the joint bodies that were suspended"
 * the suspension does not reach the resumption.
 */
export function scopeStart(context: RuleContext, from: number, window: number): number {
  const tokens = context.analysis.tokens;
  const sentence = tokens[from]?.sentence;
  const limit = Math.max(0, from - window);
  // The last contrast marker before `from` is the only one the walk can meet before it stops.
  const contrast = context.markers.contrast[firstAtOrAfter(context.markers.contrast, from) - 1]?.last;
  let start = from;
  for (let t = from - 1; t >= limit; t -= 1) {
    const token = tokens[t];
    if (token === undefined || token.sentence !== sentence || CLAUSE_END.has(token.normal) || t === contrast || opensRelative(token) || opensSubordinate(tokens, t)) break;
    start = t;
  }
  return start;
}

/**
 * Whether a marker stands in front of a noun, so that it describes that noun ("the sham election", "their
 * long-stalled trade agreement") instead of being said of what precedes it. A participle after an
 * auxiliary is a predicate whatever follows it ("the sanctions were lifted last week", "the offer was
 * rejected Friday").
 */
export function isAttributive(context: RuleContext, marker: { readonly first: number; readonly last: number }): boolean {
  const tokens = context.analysis.tokens;
  // A marker ending in an adverb or a particle describes no noun after it: "the talks ran aground late on Thursday".
  if (!NOMINAL.has(tokens[marker.last + 1]?.pos ?? '') || PARTICLES.has(tokens[marker.last]?.pos ?? '')) return false;
  let t = marker.first;
  if (tokens[t]?.pos !== 'AUX') {
    t -= 1;
    while (tokens[t]?.pos === 'ADV' || tokens[t]?.pos === 'PART') t -= 1;
  }
  return tokens[t]?.pos !== 'AUX';
}

const NOMINAL: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

/** Tags of a marker's last word that ends a verb phrase: "ran aground", "broke down", "called off". */
const PARTICLES: ReadonlySet<string> = new Set(['ADV', 'ADP', 'PART']);

/**
 * Whether a hit is a hostile act's participle in front of a noun that nothing negates: it describes
 * the noun and is no act of the clause, so a refusal or a negation of the clause does not reach it
 * ("refused to let the envoy meet detained leader Aung San Suu Kyi", "will not accept planes carrying
 * our deported migrants", "did not visit the bombed hospital"). Negated, it is an act the refusal can
 * refuse ("refused to release detained journalists"); a cooperative one is part of what is refused
 * ("voted down the proposed settlement").
 */
export function describesNoun(context: RuleContext, hit: WorkingHit): boolean {
  const token = context.analysis.tokens[hit.first];
  return hit.pole === 'confrontation' && hit.first === hit.last && token?.pos === 'VERB' && token.normal.endsWith('ed') && hit.negators.length === 0 && isAttributive(context, hit);
}

const PHRASE_HEADS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON']);

/** Whether the token can end a noun phrase: a noun, a name or a pronoun ("the remarks", "it"). */
export function endsNounPhrase(token: { readonly pos: string } | undefined): boolean {
  return PHRASE_HEADS.has(token?.pos ?? '');
}

/**
 * Whether token `t` is a conjunction that opens a new predicate ("… and warned", "… and was ready"), a
 * clause with a pronoun for its subject ("we welcome this release and we thank the mediators"), a clause
 * whose subject is a noun phrase with an article and an auxiliary after it ("had no intention of raising
 * tensions and the dialogue with Athens would continue") or a clause of its own after "that" ("regretted
 * that he could not attend and that he would be welcome"). The "but" of "all but" ("levies that had all
 * but shut the winemakers out") means "almost" and joins nothing.
 */
export function opensPredicate(tokens: RuleContext['analysis']['tokens'], t: number): boolean {
  if (tokens[t]?.pos !== 'CCONJ' || (tokens[t - 1]?.normal === 'all' && tokens[t]?.normal === 'but')) return false;
  if (tokens[t + 1]?.pos === 'SCONJ') return true;
  let next = t + 1;
  if (tokens[next]?.pos === 'PRON' && SUBJECT_PRONOUNS.has(tokens[next]?.normal ?? '')) next += 1;
  else if (tokens[next]?.pos === 'DET') {
    const after = tokens[pastSubject(tokens, next)];
    // "both" starts a subject of two sides, whose past-tense verb no noun it would describe stands before: "and both sides agreed".
    return after?.pos === 'AUX' || (tokens[next]?.normal === 'both' && after?.pos === 'VERB');
  }
  while (tokens[next]?.pos === 'ADV' || tokens[next]?.pos === 'PART') next += 1;
  return tokens[next]?.pos === 'VERB' || tokens[next]?.pos === 'AUX';
}

/**
 * The token after the rest of a subject's noun phrase from `t` ("the dialogue with Athens", "line" in "the
 * ceasefire line still runs"): noun-phrase words and one preposition among them, at most `SUBJECT_WORDS`;
 * `t` when the phrase runs longer.
 */
export function pastSubject(tokens: RuleContext['analysis']['tokens'], t: number): number {
  let preposition = false;
  for (let u = t; u <= t + SUBJECT_WORDS; u += 1) {
    const token = tokens[u];
    if (token === undefined) return t;
    if (token.pos === 'ADP' && !preposition) preposition = true;
    else if (!isNounPhraseWord(token)) return u;
  }
  return t;
}

const SUBJECT_WORDS = 6;

/**
 * Whether token `t` is "or" before a bare verb, with or without "to", an alternative within one predicate
 * that a scope covers ("was not looking to provoke or pick a fight", "if they attack or threaten us",
 * "had no plan to absorb the North or to undermine its system").
 */
function isAlternative(tokens: RuleContext['analysis']['tokens'], t: number): boolean {
  const verb = tokens[t + 1]?.normal === 'to' ? t + 2 : t + 1;
  return tokens[t]?.normal === 'or' && tokens[verb]?.pos === 'VERB';
}

const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);
