import { isJoiner } from '../lexicon/compile.js';
import { isGerund, isGerundBeforeNoun, isNounPhraseWord, isParticipleBeforeNoun, type Token } from '../nlp/index.js';
import type { RuleContext, WorkingHit } from './context.js';
import { countNothingWithin, trigger } from './context.js';
import { runEnd } from './phrase.js';

/**
 * agenda — "a dialogue with India on water, Kashmir and terrorism", "proposed talks on the North's
 * nuclear threat", "cooperation against terrorism": a confrontation hit of the categories in
 * `params.agenda.topics` (hostility, threats, attacks, fighting) in what an engagement hit of the
 * categories in `params.agenda.acts` (consultation, cooperation, agreement) is about names the problem
 * the talks address, not an act, and counts 0 (modifier `agenda:<talks>`). What the talks are about
 * follows "on", "about", "over", "regarding", "concerning" or "against" right after the act, or after
 * a partner named with "with" ("a dialogue with India on …"), or is a task after "in" ("cooperate with
 * Venezuela in combating criminal gangs"), and runs over lists ("including Kashmir,
 * water and terrorism") up to a verb, other clause punctuation or `REACH` tokens. A measure of the
 * categories in `params.agenda.measures` (tariffs, sanctions) counts 0 there too ("a working group on
 * critical minerals and tariffs"), unless "against" follows it: "talks on new sanctions against Iran" is
 * coercion being prepared against a third side. Demands and criticism are left out. An
 * engagement hit there of the categories in `params.agenda.settled` is what the act works towards and
 * counts 0 too, so the act counts once: "talks on a status-of-forces agreement", "agreed on an
 * eleven-point roadmap". Off without `params.agenda`.
 */
export function agenda(context: RuleContext): void {
  const params = context.lexicon.params.agenda;
  if (params === undefined) return;
  const { settled, measures } = params;
  const { hits } = context;
  const tokens = context.analysis.tokens;
  const isTopic = (topic: WorkingHit): boolean => params.topics.includes(topic.category) || (measures?.includes(topic.category) === true && tokens[topic.last + 1]?.normal !== 'against');
  for (const act of hits) {
    if (act.pole !== 'engagement' || act.factor === 0 || !params.acts.includes(act.category)) continue;
    const start = agendaStart(tokens, act.last + 1);
    if (start === undefined) continue;
    // A gerund after "in" is the task and its object what it works on: "cooperate in combating the gangs".
    const end = Math.max(start, agendaEnd(tokens, isGerund(tokens[start]) ? start + 1 : start));
    const modifier = `agenda:${trigger(context, act)}`;
    countNothingWithin(context, start, end, 'confrontation', modifier, isTopic);
    if (settled !== undefined) countNothingWithin(context, start, end, 'engagement', modifier, (goal) => settled.includes(goal.category));
  }
}

/** The first token of what the act is about: after its preposition, right after the act (and a closing quotation mark) or after "with" and a partner. */
function agendaStart(tokens: readonly Token[], t: number): number | undefined {
  let at = t;
  // A quotation may close right after the act: 'a "comprehensive dialogue" with India on …'.
  if (isJoiner(tokens[at]?.normal ?? '')) at += 1;
  if (tokens[at]?.normal === 'with') {
    at += 1;
    for (let partner = 0; partner < PARTNER_REACH && PARTNER.has(tokens[at]?.pos ?? ''); partner += 1) at += 1;
  }
  const preposition = tokens[at];
  if (preposition === undefined || preposition.sentence !== tokens[t - 1]?.sentence) return undefined;
  return ABOUT.has(preposition.normal) || (preposition.normal === 'in' && isGerund(tokens[at + 1])) ? at + 1 : undefined;
}

/** The last token of the agenda: a noun phrase or a list of them ("all outstanding issues, including Kashmir, water and terrorism"). */
function agendaEnd(tokens: readonly Token[], start: number): number {
  return runEnd(tokens, start, REACH, (t) => {
    const token = tokens[t] as Token;
    // A participle or an -ing form before a noun describes it: "talks on the East Sea naming dispute".
    return isNounPhraseWord(token) || isParticipleBeforeNoun(tokens, t) || isGerundBeforeNoun(tokens, t) || LINKS.has(token.normal) || (token.normal === ',' && isListed(tokens[t + 1]));
  });
}

/**
 * Whether a token after a comma goes on with the agenda: another item or "including". ", and" is left
 * out, since it opens a clause more often than it ends a list ("agreed on a ceasefire, and attacks went on").
 */
function isListed(token: Token | undefined): boolean {
  return isNounPhraseWord(token) || token?.normal === 'including';
}

/** What introduces what talks or cooperation are about. */
const ABOUT: ReadonlySet<string> = new Set(['on', 'about', 'over', 'regarding', 'concerning', 'against']);

/** A partner named between the act and its agenda: "with India", "with the North", "with Pakistan's leaders". */
const PARTNER: ReadonlySet<string> = new Set(['DET', 'PROPN', 'NOUN', 'PART']);
const PARTNER_REACH = 3;

/** Words that join the agenda's items: "water, Kashmir and terrorism", "issues, including terrorism", "the threat of war". */
const LINKS: ReadonlySet<string> = new Set(['and', 'or', 'including', 'of', '-']);

/** Tokens of an agenda at most. */
const REACH = 12;
