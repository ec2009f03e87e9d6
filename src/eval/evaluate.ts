import * as v from 'valibot';
import { StancetrackError } from '../errors.js';
import { formatIssues } from '../lexicon/util.js';
import type { Hit, StanceLabel } from '../types.js';
import { describeValue } from '../util/describe.js';
import { accuracy, confusionMatrix, f1, LABELS, macroF1, spearman, type Confusion } from './metrics.js';

/** One annotated statement of an evaluation set (`eval/*.jsonl`). */
export interface LabelledStatement {
  readonly id: string;
  readonly text: string;
  readonly label: StanceLabel;
  /** The annotator's graded judgement in [−1, 1], when given. */
  readonly score?: number;
  readonly actor?: string;
  readonly notes?: string;
  /** Grouping for per-category recall, e.g. `diplomacy`, `trade`. */
  readonly domain?: string;
  /** Hard-case tags, e.g. `negation`, `conditional`. */
  readonly hard?: readonly string[];
}

/** What a system predicts for one text: a label, a score in [−1, 1], and (for stancetrack) its hits. */
export interface Prediction {
  readonly label: StanceLabel;
  readonly score: number;
  readonly hits?: readonly Hit[];
}

/** Figures of one system on one labelled set. */
export interface Evaluation {
  readonly n: number;
  readonly accuracy: number | undefined;
  /** Mean of the F1 of engagement and of confrontation. */
  readonly macroF1: number;
  readonly f1: Readonly<Record<StanceLabel, number>>;
  readonly confusion: Confusion;
  /** Spearman correlation of predicted scores with the annotated `score`, over items that have one. */
  readonly spearman: number | undefined;
  /** Recall (share labelled correctly) per domain and per hard-case tag. */
  readonly recallBy: Readonly<Record<string, { readonly n: number; readonly recall: number }>>;
  /** The worst errors: wrong labels first, then by distance from the annotated score. */
  readonly worst: readonly { readonly item: LabelledStatement; readonly prediction: Prediction }[];
}

/**
 * Scores a predictor against a labelled set.
 *
 * @param worstCount How many of the worst errors `worst` lists, an integer ≥ 0.
 * @throws StancetrackError `E_INPUT` naming the path of a malformed item (`items[3].label`), when
 * `predict` is not a function or returns no `{ label, score }`, or when `worstCount` is not an integer ≥ 0.
 * @example
 * const scorer = createScorer();
 * const figures = evaluate(items, (text) => scorer.score(text));
 * figures.macroF1; // 0.87
 */
export function evaluate(items: readonly LabelledStatement[], predict: (text: string) => Prediction, worstCount = 20): Evaluation {
  checkLabelled(items, 'items');
  if (typeof predict !== 'function') throw new StancetrackError('E_INPUT', `predict: expected a function (text) => { label, score }, found ${describeValue(predict)}`);
  if (!Number.isSafeInteger(worstCount) || worstCount < 0) throw new StancetrackError('E_INPUT', `worstCount: expected an integer ≥ 0, found ${describeValue(worstCount)}`);
  const predictions = items.map((item, i) => checkPrediction(predict(item.text), i));
  const confusion = confusionMatrix(
    items.map((i) => i.label),
    predictions.map((p) => p.label),
  );
  const graded = items.map((item, i) => [item.score, predictions[i]?.score] as const).filter((pair): pair is readonly [number, number] => pair[0] !== undefined && pair[1] !== undefined);
  const groups = new Map<string, { n: number; correct: number }>();
  items.forEach((item, i) => {
    for (const key of [item.domain && `domain:${item.domain}`, ...(item.hard ?? []).map((h) => `hard:${h}`)]) {
      if (!key) continue;
      const g = groups.get(key) ?? { n: 0, correct: 0 };
      g.n += 1;
      if (predictions[i]?.label === item.label) g.correct += 1;
      groups.set(key, g);
    }
  });
  const distance = (i: number) => (predictions[i]?.label === items[i]?.label ? 0 : 10) + Math.abs((items[i]?.score ?? 0) - (predictions[i]?.score ?? 0));
  const worst = items
    .map((_, i) => i)
    .filter((i) => predictions[i]?.label !== items[i]?.label)
    .sort((a, b) => distance(b) - distance(a))
    .slice(0, worstCount)
    .map((i) => ({ item: items[i] as LabelledStatement, prediction: predictions[i] as Prediction }));
  return {
    n: items.length,
    accuracy: accuracy(confusion),
    macroF1: macroF1(confusion),
    f1: Object.fromEntries(LABELS.map((l) => [l, f1(confusion, l)])) as Record<StanceLabel, number>,
    confusion,
    spearman: spearman(
      graded.map((g) => g[0]),
      graded.map((g) => g[1]),
    ),
    recallBy: Object.fromEntries([...groups].sort(([a], [b]) => a.localeCompare(b)).map(([key, g]) => [key, { n: g.n, recall: g.correct / g.n }])),
    worst,
  };
}

/** One annotated statement as `evaluate`, `calibrate` and the CLI's labelled files have it. */
export const LabelledStatementSchema = v.looseObject(
  {
    id: v.string('expected a string'),
    text: v.string('expected a string'),
    label: v.picklist(LABELS, `expected one of ${LABELS.join(', ')}`),
    score: v.optional(v.pipe(v.number('expected a number in [-1, 1] or no score'), v.minValue(-1, 'expected a number in [-1, 1] or no score'), v.maxValue(1, 'expected a number in [-1, 1] or no score'))),
    actor: v.optional(v.string('expected a string or nothing')),
    notes: v.optional(v.string('expected a string or nothing')),
    domain: v.optional(v.string('expected a string or nothing')),
    hard: v.optional(v.array(v.string('expected an array of strings or nothing'), 'expected an array of strings or nothing')),
  },
  'expected an object { id, text, label, score? }',
);

/**
 * Checks annotated statements as `evaluate` and `calibrate` read them.
 *
 * @param name The parameter's name, which starts each error path (`items[3].label`).
 * @throws StancetrackError `E_INPUT` naming the first malformed field.
 */
export function checkLabelled(labelled: unknown, name: string): asserts labelled is readonly LabelledStatement[] {
  if (!Array.isArray(labelled)) throw new StancetrackError('E_INPUT', `${name}: expected an array of labelled statements, found ${describeValue(labelled)}`);
  labelled.forEach((item: unknown, i) => {
    const parsed = v.safeParse(LabelledStatementSchema, item);
    if (parsed.success) return;
    const [issue] = formatIssues(parsed.issues, `${name}[${i}]`);
    throw new StancetrackError('E_INPUT', `${issue?.path}: ${issue?.message}`);
  });
}

function checkPrediction(prediction: unknown, i: number): Prediction {
  const at = `predict(items[${i}].text)`;
  if (prediction === null || typeof prediction !== 'object') throw new StancetrackError('E_INPUT', `${at}: expected { label, score }, found ${describeValue(prediction)}`);
  const { label, score } = prediction as Record<string, unknown>;
  if (!isLabel(label)) throw new StancetrackError('E_INPUT', `${at}.label: expected one of ${LABELS.join(', ')}, found ${describeValue(label)}`);
  if (typeof score !== 'number' || !(score >= -1 && score <= 1)) throw new StancetrackError('E_INPUT', `${at}.score: expected a number in [-1, 1], found ${describeValue(score)}`);
  return prediction as Prediction;
}

function isLabel(value: unknown): value is StanceLabel {
  return (LABELS as readonly unknown[]).includes(value);
}
