import type { RuleContext } from './context.js';

/** Tokens that close a negation or refusal scope: clause punctuation (quotation marks do not: 'not "interested"'). */
const CLAUSE_END = new Set([',', ';', ':', '.', '!', '?', '(', ')', '—', '[', ']']);

/**
 * The last token a marker ending at token `from` can reach: at most `window` tokens on, and never past
 * clause punctuation, a contrast marker or the end of the sentence ("not … , but" stops at the comma).
 */
export function scopeEnd(context: RuleContext, from: number, window: number): number {
  const tokens = context.analysis.tokens;
  const sentence = tokens[from]?.sentence;
  const limit = Math.min(tokens.length - 1, from + window);
  const contrastStarts = new Set(context.markers.contrast.map((m) => m.first));
  let end = from;
  for (let t = from + 1; t <= limit; t += 1) {
    const token = tokens[t];
    if (token === undefined || token.sentence !== sentence || CLAUSE_END.has(token.normal) || contrastStarts.has(t)) break;
    end = t;
  }
  return end;
}
