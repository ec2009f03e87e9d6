import { trigger, type RuleContext } from './context.js';

/**
 * compound — "a tariff deal", "the aid blockade", "sanctions talks", "the trade war truce": where a noun
 * hit stands right before a noun hit of the other pole, the first names what the second is about and
 * counts 0 (modifier `compound:<head>`); the head says what happened. So does a noun hit whose
 * infinitive is a verb hit of the other pole ("an EU proposal to sanction two officials", "an agreement
 * to impose tariffs"): what is proposed or agreed decides. Two hits of the same pole ("peace
 * talks"), adjective modifiers ("peaceful protest") and heads that already count 0 ("undermine the peace
 * agreement": the object of the act, see `object`) are left alone.
 */
export function compound(context: RuleContext): void {
  const { hits } = context;
  const tokens = context.analysis.tokens;
  for (let h = 0; h + 1 < hits.length; h += 1) {
    const modifier = hits[h];
    const head = hits[h + 1];
    if (modifier === undefined || head === undefined || modifier.pole === head.pole || head.factor === 0 || !NOUNS.has(tokens[modifier.last]?.pos ?? '')) continue;
    const adjacent = head.first === modifier.last + 1 && NOUNS.has(tokens[head.first]?.pos ?? '');
    // A noun hit, not a verb's phrase ending in its object ("will not close the crossing to aid convoys").
    const infinitive = head.first === modifier.last + 2 && tokens[modifier.last + 1]?.normal === 'to' && tokens[head.first]?.pos === 'VERB' && NOUNS.has(tokens[modifier.first]?.pos ?? '');
    if (!adjacent && !infinitive) continue;
    modifier.factor = 0;
    modifier.modifiers.push(`compound:${trigger(context, head)}`);
  }
}

const NOUNS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);
