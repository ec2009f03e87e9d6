import type { Token } from '../nlp/index.js';
import { countEngagementNothingWithin, type RuleContext } from './context.js';
import { runEnd } from './phrase.js';

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
    const end = runEnd(tokens, question.last + 1, tokens.length, (t) => (tokens[t] as Token).normal !== '?');
    countEngagementNothingWithin(context, question.last + 1, end, `reproach:${question.term}`);
  }
}
