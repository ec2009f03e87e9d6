import * as v from 'valibot';
import { validationError } from '../errors.js';
import { formatIssues } from '../lexicon/util.js';
import type { StanceScore } from '../types.js';

const fmt = (n: number) => (n >= 0 ? '+' : '') + n.toFixed(2);

const NUMBER = 'expected a number';

/** The fields of a `StanceScore` that `explain` prints; other fields are allowed and ignored. */
const ExplainedSchema = v.looseObject(
  {
    score: v.number(NUMBER),
    label: v.string('expected a label'),
    engagement: v.number(NUMBER),
    confrontation: v.number(NUMBER),
    confidence: v.number(NUMBER),
    hits: v.array(
      v.looseObject(
        {
          text: v.string('expected a string'),
          span: v.tuple([v.number(NUMBER), v.number(NUMBER)], 'expected a span [start, end]'),
          pole: v.string('expected a pole'),
          category: v.string('expected a category'),
          weight: v.number(NUMBER),
          contribution: v.number(NUMBER),
          modifiers: v.array(v.string('expected a string'), 'expected an array of rule names'),
        },
        'expected a hit object',
      ),
      'expected an array of hits',
    ),
    lexicon: v.looseObject({ id: v.string('expected a string'), version: v.string('expected a string') }, 'expected { id, version }'),
  },
  'expected the result of score() or scorer.score()',
);

/**
 * A readable account of a score: every hit with its weight, the rules that changed it and its
 * contribution, then the totals, the score and the label.
 *
 * @throws StancetrackError `E_INPUT` when `result` is not a score, listing every problem with its path.
 * @example
 * explain(score('We will not seek annexation.'));
 * // "annexation" [17–27] (annexation, confrontation, weight 2.80) negation:not → +1.40
 * // engagement 1.40 − confrontation 0.00 = +1.40 → score +0.50 (engagement, confidence 0.37) [diplomacy.en@1.1.0]
 */
export function explain(result: StanceScore): string {
  const parsed = v.safeParse(ExplainedSchema, result);
  if (!parsed.success) throw validationError('E_INPUT', 'explain: result is invalid', formatIssues(parsed.issues));
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
