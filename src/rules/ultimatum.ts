import type { Token } from '../nlp/index.js';
import type { RuleContext } from './context.js';
import { countNothingWithin, trigger } from './context.js';
import { scopeStart } from './scope.js';

/**
 * ultimatum — "told Moscow to accept a ceasefire by Monday or face new sanctions", "Russia must withdraw
 * its troops or face sanctions": the act an ultimatum demands, between the "to" before a verb or the modal
 * (`params.cessations.modals`) of its clause and a threat that opens with a conjunction ("or face"), is
 * the other side's to do under threat, not the speaker's engagement, and its engagement hits count 0
 * (modifier `ultimatum:<threat>`). Off without `params.cessations`.
 */
export function ultimatum(context: RuleContext): void {
  const modals = context.lexicon.params.cessations?.modals;
  if (modals === undefined) return;
  const tokens = context.analysis.tokens;
  for (const threat of context.hits) {
    if (threat.pole !== 'confrontation' || threat.factor === 0 || tokens[threat.first]?.pos !== 'CCONJ') continue;
    const start = demandStart(tokens, scopeStart(context, threat.first, REACH), threat.first, modals);
    if (start !== undefined) countNothingWithin(context, start, threat.first - 1, 'engagement', `ultimatum:${trigger(context, threat)}`);
  }
}

/** The first token of the act demanded: after the last "to" before a verb or modal from `from` to before `to`, or `undefined`. */
function demandStart(tokens: readonly Token[], from: number, to: number, modals: readonly string[]): number | undefined {
  for (let t = to - 1; t >= from; t -= 1) {
    const token = tokens[t] as Token;
    if ((token.normal === 'to' && tokens[t + 1]?.pos === 'VERB') || modals.includes(token.normal)) return t + 1;
  }
  return undefined;
}

/** Tokens back from the threat to the demand's "to" or modal, at most: "to accept an unconditional 30-day ceasefire by Monday" is 9. */
const REACH = 12;
