import type { RuleContext } from './context.js';
import { trigger } from './context.js';

/**
 * arena — "Lyon won a bruising battle with Marseille at the stadium", "India and Pakistan clash again in
 * the Asia Cup final": in a sentence with a word of sport or games (`modifiers.arenas`), confrontation
 * hits of the categories in `params.arenas.categories` (fighting, assault, hostility…) are figures of
 * speech and count 0 (modifier `arena:<word>`). Other acts keep their weight: "Russia was banned from
 * the tournament" is a sanction. Off without `params.arenas`.
 */
export function arena(context: RuleContext): void {
  const word = context.markers.arena[0];
  const categories = context.lexicon.params.arenas?.categories;
  if (word === undefined || categories === undefined) return;
  for (const hit of context.hits) {
    if (hit.pole !== 'confrontation' || !categories.includes(hit.category)) continue;
    hit.factor = 0;
    hit.modifiers.push(`arena:${trigger(context, word)}`);
  }
}
