import type { StanceScore } from '../types.js';

const fmt = (n: number) => (n >= 0 ? '+' : '') + n.toFixed(2);

/**
 * A readable account of a score: every hit with its weight, the rules that changed it and its
 * contribution, then the totals, the score and the label.
 *
 * @example
 * explain(score('We will not seek annexation.'));
 * // "annexation" [17–27] (annexation, confrontation, weight 2.80) negation:not → +1.40
 * // engagement 1.40 − confrontation 0.00 = +1.40 → score +0.50 (engagement, confidence 0.37) [diplomacy.en@1.0.0]
 */
export function explain(result: StanceScore): string {
  if (result.hits.length === 0) return `no lexicon hits → score 0.00 (neutral, confidence 0.00) [${result.lexicon.id}@${result.lexicon.version}]`;
  const lines = result.hits.map((hit) => {
    const rules = hit.modifiers.length > 0 ? ` ${hit.modifiers.join(', ')}` : '';
    return `"${hit.text}" [${hit.span[0]}–${hit.span[1]}] (${hit.category}, ${hit.pole}, weight ${hit.weight.toFixed(2)})${rules} → ${fmt(hit.contribution)}`;
  });
  const x = result.engagement - result.confrontation;
  lines.push(
    `engagement ${result.engagement.toFixed(2)} − confrontation ${result.confrontation.toFixed(2)} = ${fmt(x)} → score ${fmt(result.score)} (${result.label}, confidence ${result.confidence.toFixed(2)}) [${result.lexicon.id}@${result.lexicon.version}]`,
  );
  return lines.join('\n');
}
