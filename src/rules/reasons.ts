import { DETERMINERS } from '../lexicon/compile.js';
import { asideEnd, isGerund, isHyphenatedPiece, isPossessive, type Token } from '../nlp/index.js';
import type { Pole } from '../types.js';
import type { RuleContext } from './context.js';
import { countNothingWithin, trigger } from './context.js';
import { QUOTATION_MARKS, runEnd } from './phrase.js';
import { CLAUSE_BREAK, opensPredicate, opensRelative } from './scope.js';

/**
 * credit — "thanked him for Riyadh's condemnation of the Israeli strikes", "thanked Modi for India's
 * help during the 1971 war", "thanked Riyadh for condemning the strikes": what an actor is thanked or
 * praised for, what follows "for" (after the words of thanks and praise, `params.credits.terms`) up to
 * the clause's end, is that actor's act, told as the reason for the thanks; so is what one apologises
 * for ("apologised for the strike that killed an officer"), one's own. Confrontation hits in it
 * count 0 (modifier `credit:<word>`): the thanks are the statement's stance, not the condemnation or
 * the strikes they mention. Engagement hits there still count (praising a ceasefire welcomes it too).
 * Off without `params.credits`.
 */
export function credit(context: RuleContext): void {
  const credits = context.lexicon.params.credits;
  if (credits === undefined) return;
  reasonsCountNothing(context, credits.terms, 'engagement', 'confrontation', THANKED_FOR, 'credit');
  if (credits.said !== undefined) reasonsCountNothing(context, credits.said, 'engagement', 'confrontation', welcomedSaying, 'credit');
}

/**
 * "welcomes the statement of the Secretary-General condemning the attack", "welcomes the position of the
 * United States, which has publicly condemned the offensive", "welcome Japan's repeated statements that any
 * change to the status quo by force is unacceptable": after a word of welcome (`params.credits.said`)
 * ending at `last` and its object, a participle, a relative clause or a "that" clause tells what the
 * welcomed said or did, up to the clause's end; its confrontation hits count 0, as a reason for thanks.
 */
function welcomedSaying(tokens: readonly Token[], last: number): Reason | undefined {
  const said = saidAfter(tokens, last);
  if (said === undefined) return undefined;
  return [said, runEnd(tokens, said, SAID_CLAUSE_REACH, (t) => t === said || (!CLAUSE_BREAK.has(tokens[t]?.normal ?? '') && !opensPredicate(tokens, t)))];
}

/**
 * Where the clause telling what the welcomed said or did starts after the word of welcome ending at
 * `last`: a gerund, a relative pronoun (a comma may stand before it) or "that" after the object's noun
 * phrase, its possessives, hyphenated names and "of" or "by" phrases, within `SAID_REACH` tokens.
 */
function saidAfter(tokens: readonly Token[], last: number): number | undefined {
  const sentence = tokens[last]?.sentence;
  let nouns = 0;
  for (let t = last + 1; t <= last + SAID_REACH; t += 1) {
    const token = tokens[t];
    if (token === undefined || token.sentence !== sentence) return undefined;
    if (nouns > 0 && (isGerund(token) || opensRelative(token) || token.normal === 'that')) return t;
    if (nouns > 0 && token.normal === ',' && opensRelative(tokens[t + 1])) continue;
    // A participle before a noun is its adjective ("Japan's repeated statements").
    const modifier = token.pos === 'VERB' && THANKED.has(tokens[t + 1]?.pos ?? '');
    if (!THANKED.has(token.pos) && !modifier && !isPossessive(token) && !isHyphenatedPiece(tokens, t) && !OBJECT_LINKS.has(token.normal)) return undefined;
    if (token.pos === 'NOUN' || token.pos === 'PROPN') nouns += 1;
  }
  return undefined;
}

/** Tokens from a word of welcome to the clause telling what the welcomed said: "welcomes the statement of the Secretary-General of the United Nations" is 11. */
const SAID_REACH = 12;
/** Tokens of that clause at most. */
const SAID_CLAUSE_REACH = 16;
/** Prepositions inside the object of a welcome: "the statement of the Secretary-General", "an acknowledgement by Spain's minister". */
const OBJECT_LINKS: ReadonlySet<string> = new Set(['of', 'by']);

/**
 * accusation — "accused Algiers of treating the armed groups as equal partners", "criticised Seoul for
 * seeking talks with Washington": what an actor is accused, blamed or criticised for, what follows "of" or
 * "for" after the words of accusation (`params.accusations.terms`) up to the clause's end, is that actor's
 * act as the speaker tells it. Engagement hits in it count 0 (modifier `accusation:<word>`): the
 * accusation is the statement's stance, not the partnership or the talks it names. Confrontation hits
 * there still count (accusing of an attack condemns it too). Off without `params.accusations`.
 */
export function accusation(context: RuleContext): void {
  const terms = context.lexicon.params.accusations?.terms;
  if (terms !== undefined) reasonsCountNothing(context, terms, 'confrontation', 'engagement', ACCUSED_OF, 'accusation');
}

/**
 * retaliation — "will not retaliate against the new US tariffs", "imposed duties in retaliation for US
 * levies on Canadian steel": what an actor retaliates against or for, what follows "against" or "for"
 * after the words of retaliation (`params.retaliations.terms`) up to the clause's end, is the other
 * side's act, the cause. Confrontation hits in it count 0 (modifier `retaliation:<word>`): the
 * retaliation is the statement's act, and ruled out ("will not retaliate") it leans engagement, whatever
 * it would have answered. Off without `params.retaliations`.
 */
export function retaliation(context: RuleContext): void {
  const terms = context.lexicon.params.retaliations?.terms;
  if (terms !== undefined) reasonsCountNothing(context, terms, 'confrontation', 'confrontation', RETALIATED_FOR, 'retaliation');
}

/** An act's reason as an inclusive token range, found from the last token of the act's word. */
type Reason = readonly [number, number];
type ReasonOf = (tokens: readonly Token[], last: number) => Reason | undefined;

/**
 * The reason that follows one of `openers` past the one it is about ("thanked him for …", "accused Algiers
 * of …"), up to `reasonEnd`; a term may end in its opener ("express regret for").
 */
function afterOpener(openers: ReadonlySet<string>): ReasonOf {
  return (tokens, last) => {
    const reason = openers.has(tokens[last]?.normal ?? '') ? last : openerAfter(tokens, last, openers);
    return reason === undefined ? undefined : [reason + 1, reasonEnd(tokens, reason + 1)];
  };
}

/** What one is thanked for, what one is accused of and what one retaliates for. */
const THANKED_FOR = afterOpener(new Set(['for']));
const ACCUSED_OF = afterOpener(new Set(['of', 'for']));
const RETALIATED_FOR = afterOpener(new Set(['against', 'for']));

/**
 * For each hit of `pole` whose term is one of `terms`, the hits of pole `counted` in its reason
 * (`reasonOf`) count 0, marked `<name>:<word>`.
 */
function reasonsCountNothing(context: RuleContext, terms: readonly string[], pole: Pole, counted: Pole, reasonOf: ReasonOf, name: string): void {
  const tokens = context.analysis.tokens;
  for (const act of context.hits) {
    // Ironic thanks already count for the other pole (see `irony`): what they are "for" is what they mock.
    if (act.pole !== pole || act.factor === 0 || act.flipped || !terms.includes(act.term)) continue;
    const reason = reasonOf(tokens, act.last);
    if (reason !== undefined) countNothingWithin(context, reason[0], reason[1], counted, `${name}:${trigger(context, act)}`);
  }
}

/**
 * The opener ("for", "of") after a word of thanks or accusation ending at token `last`, past the one it
 * is about and any phrase of time or place ("thanked him for", "praised the Saudi government for",
 * "grateful to Qatar for", "accused Algiers of", "thanked Brasília on Tuesday for"), if one stands
 * within `FOR_REACH` tokens.
 */
function openerAfter(tokens: readonly Token[], last: number, openers: ReadonlySet<string>): number | undefined {
  const sentence = tokens[last]?.sentence;
  for (let t = last + 1; t <= last + FOR_REACH; t += 1) {
    const token = tokens[t];
    if (token === undefined || token.sentence !== sentence) return undefined;
    // A short aside in quotation marks ('would not retaliate "for now" against a Congolese ban') is no reason.
    const aside = QUOTATION_MARKS.has(token.normal) ? asideEnd(tokens, t, QUOTATION_MARKS, ASIDE) : undefined;
    if (aside !== undefined) {
      t = aside;
      continue;
    }
    if (openers.has(token.normal)) return t;
    // A phrase of time or place may stand before it: "thanked Brazil on Tuesday for", "accused Delhi in a statement of";
    // so may two who are thanked: "thanks the government and people of Pakistan for".
    if (!THANKED.has(token.pos) && token.pos !== 'ADP' && !isPossessive(token) && token.normal !== 'to' && token.normal !== 'and') return undefined;
  }
  return undefined;
}

/** Words of a quoted aside between an act and its reason at most: "for now", "for the time being". */
const ASIDE = 4;
/** Tokens between a word of thanks and its "for" at most: "thanks the government and people of Pakistan for" is 7. */
const FOR_REACH = 7;
/** Parts of speech of the one thanked: "him", "the Saudi government", "Qatar's emir". */
const THANKED: ReadonlySet<string> = new Set(['PRON', 'DET', 'ADJ', 'NOUN', 'PROPN']);

/**
 * The last token of the reason for thanks starting at `start`: noun phrases, their prepositions, gerunds
 * ("condemning the strikes") and the verb of a relative clause ("the strike in Doha that killed a Qatari
 * officer"), up to a verb or conjunction that opens another act ("… and condemned the strikes"), clause
 * punctuation or `REASON_REACH` tokens.
 */
function reasonEnd(tokens: readonly Token[], start: number): number {
  return runEnd(tokens, start, REASON_REACH, (t) => {
    const token = tokens[t] as Token;
    // After a possessive, a determiner or a preposition other than "to" a word is a noun whatever its tag
    // ("India's help", "its offers of police equipment", "with offers of police equipment", tagged as verbs).
    const before = tokens[t - 1];
    return (
      REASON_POS.has(token.pos) ||
      isPossessive(token) ||
      isGerund(token) ||
      isPossessive(before) ||
      DETERMINERS.has(before?.normal ?? '') ||
      (before?.pos === 'ADP' && before.normal !== 'to') ||
      (token.pos === 'VERB' && opensRelative(before))
    );
  });
}

/** Tokens of a reason for thanks at most: "India's help during the 1971 liberation war" is 8. */
const REASON_REACH = 12;
/** Parts of speech inside a reason for thanks besides gerunds and possessives. */
const REASON_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADV', 'ADP', 'PART']);
