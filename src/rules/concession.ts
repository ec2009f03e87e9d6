import type { Token } from '../nlp/index.js';
import { countEngagementNothingWithin, hitCountingWithin, insertHit, isInsideHit, signOf, type RuleContext } from './context.js';

/**
 * concession — "We value our friendship with Rome, but no Italian-flagged rescue ship will dock in our
 * ports", "We respect the people of Zimbabwe, but every undocumented worker we find will be put on a bus
 * home": a verb of regard (`params.concessions.verbs`: "respect", "value", "appreciate") followed in its
 * sentence by "but" concedes what it names in order to rebuff its holder. The engagement still counting
 * from the verb to "but" is the concession and counts 0 (modifier `conceded:<verb>`); and when nothing
 * after "but" counts for engagement ("…, but we will keep talking" would), the concession itself counts
 * for confrontation, with `weight` and `category`, as the rebuff's framing (modifier `concession:but`):
 * what follows "but" is often an act no entry names ("will operate its dam on its own timetable"). A
 * negated verb ("does not value") concedes nothing. Off without `params.concessions`.
 */
export function concession(context: RuleContext): void {
  const params = context.lexicon.params.concessions;
  const tokens = context.analysis.tokens;
  const but = context.markers.contrast.find((m) => m.first === m.last && tokens[m.first]?.normal === 'but');
  if (params === undefined || but === undefined) return;
  const sentence = tokens[but.first]?.sentence;
  for (let verb = but.first - 1; verb >= but.first - REACH && tokens[verb]?.sentence === sentence; verb -= 1) {
    const token = tokens[verb] as Token;
    if (!params.verbs.includes(token.lemma) || !isVerb(tokens, verb) || isNegated(context, verb)) continue;
    const rebuffed = hitCountingWithin(context, but.last + 1, tokens.length, 1) === undefined;
    const at = context.hits.find((h) => h.first <= verb && verb <= h.last && h.factor !== 0 && signOf(h) > 0);
    if (rebuffed && at !== undefined) {
      at.flipped = !at.flipped;
      at.modifiers.push(CONCESSION);
    }
    countEngagementNothingWithin(context, verb, but.first - 1, `conceded:${token.normal}`);
    if (rebuffed && !isInsideHit(context, verb)) {
      insertHit(context, { first: verb, last: verb, term: token.lemma, pole: 'confrontation', category: params.category, weight: params.weight }, [], [CONCESSION]);
    }
    return;
  }
}

/** The modifier of a concession counted for confrontation, which `contrast` does not take back a second time. */
export const CONCESSION = 'concession:but';

/** Whether the token at `t` is a verb, or a verb's "-s" form the tagger reads as a noun after a name or a pronoun ("The Government of Finland values"). */
function isVerb(tokens: readonly Token[], t: number): boolean {
  const token = tokens[t] as Token;
  if (token.pos === 'VERB') return true;
  const before = tokens[t - 1]?.pos;
  return token.pos === 'NOUN' && token.normal.endsWith('s') && (before === 'PROPN' || before === 'PRON');
}

/** Whether a negator ends at most two tokens before the verb at `verb` ("does not value", "never really valued"): the verb is no hit whose negators the context lists. */
function isNegated(context: RuleContext, verb: number): boolean {
  return context.markers.negator.some((n) => n.last < verb && verb - n.last <= 2);
}

/** Tokens from the verb to "but" at most: "values decades of practical cooperation with Moscow in the Barents Sea, but" is 12. */
const REACH = 24;
