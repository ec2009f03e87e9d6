import { isJoiner } from '../lexicon/compile.js';
import type { RuleContext, WorkingHit } from './context.js';
import { trigger } from './context.js';

/**
 * preference — "chose dialogue over confrontation", "diplomacy over force", "preferred dialogue to
 * punishment": of two acts of opposite poles joined by "over" (or by "to" after "prefer"), the second
 * is the one passed over and counts 0 (modifier `preference:<first>`); the first is the choice. The
 * second must follow the joining word at once, with no determiner: "talks over the border attack" are
 * talks about the attack (see `agenda`).
 */
export function preference(context: RuleContext): void {
  const { hits } = context;
  const tokens = context.analysis.tokens;
  for (let h = 0; h + 1 < hits.length; h += 1) {
    const chosen = hits[h] as WorkingHit;
    const passed = hits[h + 1] as WorkingHit;
    const joining = tokens[chosen.last + 1]?.normal;
    if (!(joining === 'over' || (joining === 'to' && isPreferred(tokens, chosen.first))) || passed.first !== chosen.last + 2 || chosen.pole === passed.pole || chosen.factor === 0 || passed.factor === 0) continue;
    passed.factor = 0;
    passed.modifiers.push(`preference:${trigger(context, chosen)}`);
  }
}

/** Whether the act at `first` is the object of "prefer", quotation marks between ("preferred 'dialogue to punishment'"). */
function isPreferred(tokens: RuleContext['analysis']['tokens'], first: number): boolean {
  let t = first - 1;
  while (t >= 0 && isJoiner(tokens[t]?.normal ?? '')) t -= 1;
  const verb = tokens[t];
  return verb !== undefined && PREFER_FORMS.has(verb.normal) && verb.sentence === tokens[first]?.sentence;
}

/** Forms of "prefer", by surface form: wink-nlp at times tags "preferred" as an adjective and leaves it unlemmatised ("Jakarta preferred dialogue"). */
const PREFER_FORMS: ReadonlySet<string> = new Set(['prefer', 'prefers', 'preferred', 'preferring']);
