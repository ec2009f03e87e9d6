import { signOf, type RuleContext } from './context.js';

/**
 * reproach — "What kind of neighbour prints our land on its maps and then asks for dialogue?": a question
 * that an entry of `params.reproaches.terms` opens reproaches another side with what it does and asks
 * for. The engagement still counting in the rest of the question, up to its question mark or the
 * sentence's end, is that side's as the speaker mocks it, and counts 0 (modifier `reproach:<entry>`);
 * the reproach and the hostile acts it lists stay. Off without `params.reproaches`.
 */
export function reproach(context: RuleContext): void {
  const terms = context.lexicon.params.reproaches?.terms;
  if (terms === undefined) return;
  const { tokens } = context.analysis;
  for (const question of context.hits) {
    if (!terms.includes(question.term)) continue;
    let end = question.last + 1;
    while (tokens[end] !== undefined && tokens[end]?.sentence === tokens[question.last]?.sentence && tokens[end]?.normal !== '?') end += 1;
    for (const hit of context.hits) {
      if (hit.first <= question.last || hit.last >= end || hit.factor === 0 || signOf(hit) <= 0) continue;
      hit.factor = 0;
      hit.modifiers.push(`reproach:${question.term}`);
    }
  }
}
