import { trigger, type RuleContext } from './context.js';

/**
 * compound — "a tariff deal", "the aid blockade", "sanctions talks", "the trade war truce": where a noun
 * hit stands right before a noun hit of the other pole, the first names what the second is about and
 * counts 0 (modifier `compound:<head>`); the head says what happened. Two hits of the same pole ("peace
 * talks"), adjective modifiers ("peaceful protest") and heads that already count 0 ("undermine the peace
 * agreement": the object of the act, see `object`) are left alone.
 */
export function compound(context: RuleContext): void {
  const { hits } = context;
  const tokens = context.analysis.tokens;
  for (let h = 0; h + 1 < hits.length; h += 1) {
    const modifier = hits[h];
    const head = hits[h + 1];
    if (modifier === undefined || head === undefined || modifier.pole === head.pole || head.first !== modifier.last + 1 || head.factor === 0) continue;
    if (!NOUNS.has(tokens[modifier.last]?.pos ?? '') || !NOUNS.has(tokens[head.first]?.pos ?? '')) continue;
    modifier.factor = 0;
    modifier.modifiers.push(`compound:${trigger(context, head)}`);
  }
}

const NOUNS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);
