import { StancetrackError } from '../errors.js';
import { mergeLexicons } from '../lexicon/merge.js';
import { loadLexicon } from '../lexicon/load.js';
import type { Lexicon, LexiconOverlay } from '../lexicon/types.js';
import { defaultLexicon } from '../lexicon/default.js';
import { createScorer, defaultScorer, nlpOf } from '../score/scorer.js';
import { mulberry32 } from '../track/random.js';
import type { StanceLabel } from '../types.js';
import { checkLabelled, type LabelledStatement } from './evaluate.js';
import { collectEvidence, type EvidenceTable } from './evidence.js';
import { confusionMatrix, LABELS, macroF1 } from './metrics.js';
import { describeValue } from '../util/describe.js';
import { compileLexicon } from '../lexicon/compile.js';
import { readStatements } from '../suggest/corpus.js';
import { residualTerms } from './new-terms.js';

/** Options for `calibrate`. */
export interface CalibrationOptions {
  /** Number of cross-validation folds, an integer from 2 to the number of statements. Default 5. */
  folds?: number;
  /**
   * Strength of the pull towards the lexicon's own weights, ≥ 0: the fit minimises
   * Σ (score − target)² + l2 × Σ (weight − lexicon weight)². Default 1. Larger moves weights less;
   * 0 trusts the labels alone.
   */
  l2?: number;
  /** Seed of the fold assignment, an integer. The same seed gives the same report. Default 1. */
  seed?: number;
  /**
   * At most this many terms change (the ones that move most in a first fit, refitted alone), an
   * integer ≥ 0. Default: no limit.
   */
  maxEntries?: number;
  /**
   * Also add missing words from the statements being fitted: at most this many lemmas of content words that
   * no lexicon pattern matches (speech verbs aside), in at least 3 of those statements, chosen by how much
   * each alone would lower the fit's loss with its evidence counted through the rules (see `residualTerms`
   * in src/eval/new-terms.ts), and only words that would lower it by at least 1. Each joins at weight 0.05,
   * with the pole that lowers the loss, in the category `suggested-engagement` / `suggested-confrontation`,
   * and its weight is fitted with the rest, so the labels decide how much it counts. An integer ≥ 0.
   * Default 0: only the weights of existing entries are fitted.
   */
  newTerms?: number;
}

/** Cross-validated macro-F1 of one lexicon. */
export interface CrossValidated {
  /**
   * Macro-F1 (mean F1 of engagement and confrontation, in [0, 1]) over all held-out predictions pooled:
   * every statement is predicted once, by a lexicon that was not fitted on it.
   */
  readonly macroF1: number;
  /** Macro-F1 on each held-out fold, in fold order. */
  readonly folds: readonly number[];
}

/** One term whose weight calibration changed. */
export interface MovedTerm {
  readonly term: string;
  /** The lexicon's weight, 0 < from ≤ 5; 0 for a new term (`newTerms`). */
  readonly from: number;
  /** The fitted weight, rounded to 0.01, in [0.05, 5] (or [from, 5] when `from` is below 0.05). */
  readonly to: number;
}

/** What `calibrate` fitted and how much it helps on held-out statements. */
export interface CalibrationReport {
  /**
   * The fitted weights, fitted on every statement, as an overlay with id `<lexicon id>.calibrated` and
   * the lexicon's version: `{ term, weight }` patches in `entries` (and in `idioms` for idioms), only for
   * terms whose weight changed, and with `newTerms` the new entries whose fitted weight rose above the
   * floor, in full with their holding categories. Apply it with `mergeLexicons(lexicon, overlay)`.
   */
  readonly overlay: LexiconOverlay;
  /** The lexicon as it is, scored on each held-out fold. */
  readonly before: CrossValidated;
  /** Weights fitted on the other folds, merged into the lexicon and scored again on each held-out fold. */
  readonly after: CrossValidated;
  /** The terms of `overlay` that moved most, by |to − from| descending (then by term), at most 20. */
  readonly moved: readonly MovedTerm[];
}

/**
 * Fits the weights of a lexicon's entries and idioms to labelled statements and returns them as an
 * overlay, with k-fold cross-validated macro-F1 before and after.
 *
 * Method. Every statement is scored once with `lexicon`. A hit contributes `sign × weight × factor` and
 * no rule depends on weights, so each term's evidence per unit of weight is fixed (`collectEvidence`)
 * and `x = engagement − confrontation` is linear in the weights. The fit minimises
 * `Σ (s(x) − t)² + l2 × Σ (w − w₀)²` over the weights `w` of terms that occur, where
 * `s(x) = x / √(x² + alpha)` is the scorer's own normalisation (so the fit sees the saturation the scorer
 * applies), `t` is the annotated `score` or, without one, +1 / −1 / 0 for engagement / confrontation /
 * mixed and neutral, and `w₀` are the lexicon's weights: a term seen in few statements stays near its
 * weight and a term never seen does not move. Least squares on the score rather than a classifier on the
 * labels, because the label is a threshold of that same score (neutral below `neutralBelow`, mixed when
 * the poles balance), and annotators' graded scores say how far a statement leans. The minimiser is
 * projected gradient descent, preconditioned by each weight's curvature at x = 0, with a halving step
 * (Armijo backtracking) and fixed limits: deterministic, no learning rate to tune, and it never
 * increases the loss. Weights are clamped to [0.05, 5] and rounded to 0.01, as a lexicon writes them.
 *
 * Only weights are fitted: the factors of negation, refusal, contrast and the other rules, and the
 * label thresholds, stay as the lexicon sets them. A statement with no hit carries no information on
 * weights (a missing word needs a new entry, not a new weight: see `newTerms`).
 *
 * Folds are stratified by gold label after a seeded shuffle (mulberry32). `before` scores the lexicon on
 * each fold; `after` fits on the other folds, merges the overlay with `mergeLexicons`, builds a scorer
 * and scores the held-out fold again, so the figure comes from the real scorer, not from the fit's
 * linear model. This costs one model load per fold (about 0.05 s each); the default lexicon's base
 * scores come from the shared scorer.
 *
 * The data term is a sum over statements, so `l2` is worth a squared score error of one per unit of
 * weight moved: the more statements mention a term, the further the labels can move it. On the bundled
 * sets the default weights are not what limits accuracy (most errors are missing words and rules): the
 * cross-validated change from weights alone stays within about ±0.02 macro-F1. `newTerms: 20` gains
 * little on the 400 labour statements of eval/, and not on every fold assignment: +0.006 to +0.013 with
 * 10 folds (seeds 1–5), −0.001 to +0.016 with 5 (eval/README.md). On a lexicon whose weights are wrong
 * calibration recovers them (see test/eval/calibrate.test.ts).
 *
 * @param lexicon A loaded lexicon (`defaultLexicon`, `loadLexicon`, `mergeLexicons`).
 * @param labelled Annotated statements (as in `eval/*.jsonl`); at least `folds` of them.
 * @throws StancetrackError `E_INPUT` for a malformed statement, `E_OPTIONS` for an unknown or invalid option,
 * `E_LEXICON` when `lexicon` is not a valid lexicon.
 * @example
 * const report = calibrate(defaultLexicon, items, { folds: 5, l2: 1, newTerms: 20 });
 * report.before.macroF1;  // 0.765 on eval/labour.jsonl + eval/labour-more.jsonl
 * report.after.macroF1;   // 0.764: no gain with these folds (seed 1); with folds: 10, 0.771
 * report.moved[0];        // { term: 'strike', from: 0, to: 0.73 }
 * const tuned = mergeLexicons(defaultLexicon, report.overlay);
 */
export function calibrate(lexicon: Lexicon, labelled: readonly LabelledStatement[], options: CalibrationOptions = {}): CalibrationReport {
  checkLabelled(labelled, 'labelled');
  const { folds: k, l2, seed, maxEntries, newTerms } = resolveOptions(options, labelled.length);
  // Every scorer loads the NLP model again, so the default lexicon uses the shared scorer.
  const base = lexicon === defaultLexicon ? defaultScorer() : createScorer({ lexicons: [loadLexicon(lexicon, 'lexicon')] });
  const texts = labelled.map((item) => item.text);
  const scores = base.scoreMany(texts);
  const baseTable = collectEvidence(lexicon, scores);
  const targets = labelled.map((item) => item.score ?? LABEL_TARGETS[item.label]);
  const { alpha } = lexicon.params.normalization;
  const read = newTerms === 0 ? [] : readStatements(labelled.map((item, i) => ({ id: item.id ?? `#${i}`, text: item.text, label: item.label })), base, compileLexicon(lexicon, nlpOf(base)));
  // The lexicon a fit starts from: with `newTerms`, the base plus the missing words that would most
  // improve the fit on the statements being fitted (never on the held-out ones), at the floor weight.
  const x = scores.map((s) => s.engagement - s.confrontation);
  const prepare = (rows: readonly number[]): { overlay: LexiconOverlay | undefined; table: EvidenceTable } => {
    if (newTerms === 0) return { overlay: undefined, table: baseTable };
    const overlay = residualTerms(lexicon, { texts, read, x, targets, rows, l2, alpha }, { maxTerms: newTerms, minCount: NEW_TERM_MIN_COUNT, weight: MIN_WEIGHT });
    if (overlay === undefined) return { overlay: undefined, table: baseTable };
    const extended = mergeLexicons(lexicon, overlay);
    return { overlay, table: collectEvidence(extended, createScorer({ lexicons: [extended] }).scoreMany(texts)) };
  };
  const fit = (rows: readonly number[]): LexiconOverlay => {
    const { overlay, table } = prepare(rows);
    const weights = fitWeights(table, rows, targets, { l2, maxEntries, alpha });
    return toOverlay(lexicon, table, weights, overlay);
  };

  const foldOf = assignFolds(
    labelled.map((item) => item.label),
    k,
    seed,
  );
  const members = Array.from({ length: k }, (_, f) => foldOf.flatMap((g, i) => (g === f ? [i] : [])));
  const gold = labelled.map((item) => item.label);
  const basePredicted = scores.map((s) => s.label);
  const afterPredicted: StanceLabel[] = [...basePredicted];
  members.forEach((held, f) => {
    const overlay = fit(foldOf.flatMap((g, i) => (g === f ? [] : [i])));
    if (overlay.entries === undefined && overlay.idioms === undefined) return;
    const scorer = createScorer({ lexicons: [mergeLexicons(lexicon, overlay)] });
    for (const i of held) afterPredicted[i] = scorer.score(labelled[i]?.text ?? '').label;
  });

  const overlay = fit(labelled.map((_, i) => i));
  const weightOf = new Map([...lexicon.entries, ...lexicon.idioms].map((e) => [e.term, e.weight] as const));
  const moved = [...(overlay.entries ?? []), ...(overlay.idioms ?? [])]
    .map((e) => ({ term: e.term, from: weightOf.get(e.term) ?? 0, to: e.weight as number }))
    .sort((a, b) => Math.abs(b.to - b.from) - Math.abs(a.to - a.from) || compareText(a.term, b.term))
    .slice(0, MOVED_SHOWN);
  return {
    overlay,
    before: crossValidated(gold, basePredicted, members),
    after: crossValidated(gold, afterPredicted, members),
    moved,
  };
}

/** Targets of the fit for statements without an annotated score. */
const LABEL_TARGETS: Readonly<Record<StanceLabel, number>> = { engagement: 1, confrontation: -1, mixed: 0, neutral: 0 };

/** Fitted weights stay within the schema's (0, 5]; the floor keeps a term that labels nearly silence visible in the lexicon. */
const MIN_WEIGHT = 0.05;
const MAX_WEIGHT = 5;
const MOVED_SHOWN = 20;
/** A proposed new term must occur in this many engagement or confrontation statements being fitted (as `lexicon suggest` asks by default). */
const NEW_TERM_MIN_COUNT = 3;

/** Limits of the descent: enough for the loss to settle on sets of a few thousand statements. */
const MAX_ITERATIONS = 2000;
const MAX_HALVINGS = 40;
const TOLERANCE = 1e-9;
/** Armijo's sufficient-decrease constant (Nocedal & Wright 2006, §3.1, suggest 1e-4). */
const ARMIJO = 1e-4;

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Deals statements to `k` folds: a seeded Fisher–Yates shuffle, then each label's statements in turn,
 * round-robin, so every fold gets a share of each label (stratified k-fold).
 */
function assignFolds(labels: readonly StanceLabel[], k: number, seed: number): number[] {
  const random = mulberry32(seed);
  const order = labels.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const foldOf = new Array<number>(labels.length).fill(0);
  let next = 0;
  for (const label of LABELS) {
    for (const i of order) {
      if (labels[i] !== label) continue;
      foldOf[i] = next % k;
      next += 1;
    }
  }
  return foldOf;
}

function crossValidated(gold: readonly StanceLabel[], predicted: readonly StanceLabel[], members: readonly (readonly number[])[]): CrossValidated {
  const pick = (rows: readonly number[], labels: readonly StanceLabel[]) => rows.map((i) => labels[i] as StanceLabel);
  return {
    macroF1: macroF1(confusionMatrix(gold, predicted)),
    folds: members.map((rows) => macroF1(confusionMatrix(pick(rows, gold), pick(rows, predicted)))),
  };
}

interface FitSettings {
  readonly l2: number;
  readonly alpha: number;
  readonly maxEntries: number | undefined;
}

/**
 * The fitted weight of every term of `table` (rounded to 0.01 and clamped; the lexicon's weight for
 * terms that do not occur in `rows`), fitted on the statements `rows`.
 */
function fitWeights(table: EvidenceTable, rows: readonly number[], targets: readonly number[], settings: FitSettings): number[] {
  const prior = table.terms.map((t) => t.weight);
  const free = new Set<number>();
  for (const i of rows) for (const row of table.statements[i]?.terms ?? []) if (row.engagement !== row.confrontation) free.add(row.term);
  let weights = descend(table, rows, targets, prior, [...free].sort((a, b) => a - b), settings);
  const { maxEntries } = settings;
  const changed = weights.flatMap((w, j) => (w !== prior[j] ? [j] : []));
  if (maxEntries !== undefined && changed.length > maxEntries) {
    // Keep the terms that moved most and refit them alone, so the others' share of the fit is not lost.
    const kept = changed
      .sort((a, b) => Math.abs((weights[b] as number) - (prior[b] as number)) - Math.abs((weights[a] as number) - (prior[a] as number)) || a - b)
      .slice(0, maxEntries)
      .sort((a, b) => a - b);
    weights = descend(table, rows, targets, prior, kept, settings);
  }
  return weights;
}

/** Projected, preconditioned gradient descent with backtracking on the free weights; see `calibrate`. */
function descend(table: EvidenceTable, rows: readonly number[], targets: readonly number[], prior: readonly number[], free: readonly number[], settings: FitSettings): number[] {
  const { l2, alpha } = settings;
  const slot = new Map(free.map((j, s) => [j, s] as const));
  // Each statement as x = offset + Σ w[s] · d[s], over free slots s only; fixed terms fold into the offset.
  const data = rows.map((i) => {
    const statement = table.statements[i];
    let offset = (statement?.fixedEngagement ?? 0) - (statement?.fixedConfrontation ?? 0);
    const slots: number[] = [];
    const evidence: number[] = [];
    for (const row of statement?.terms ?? []) {
      const d = row.engagement - row.confrontation;
      const s = slot.get(row.term);
      if (s === undefined) offset += (prior[row.term] as number) * d;
      else if (d !== 0) {
        slots.push(s);
        evidence.push(d);
      }
    }
    return { offset, slots, evidence, target: targets[i] as number };
  });
  const w0 = free.map((j) => prior[j] as number);
  const low = w0.map((w) => Math.min(MIN_WEIGHT, w));
  // Curvature of each weight's loss at x = 0, where s'(x) = 1/√alpha is largest: 2 Σ d² / alpha + 2 l2.
  const curvature = w0.map(() => 2 * l2);
  for (const item of data) item.slots.forEach((s, n) => (curvature[s] = (curvature[s] as number) + (2 * (item.evidence[n] as number) ** 2) / alpha));

  const loss = (w: readonly number[]): number => {
    let total = 0;
    for (const item of data) {
      let x = item.offset;
      item.slots.forEach((s, n) => (x += (w[s] as number) * (item.evidence[n] as number)));
      total += (x / Math.sqrt(x * x + alpha) - item.target) ** 2;
    }
    w.forEach((v, s) => (total += l2 * (v - (w0[s] as number)) ** 2));
    return total;
  };
  const gradient = (w: readonly number[]): number[] => {
    const g = w.map((v, s) => 2 * l2 * (v - (w0[s] as number)));
    for (const item of data) {
      let x = item.offset;
      item.slots.forEach((s, n) => (x += (w[s] as number) * (item.evidence[n] as number)));
      const root = Math.sqrt(x * x + alpha);
      // d/dx (s(x) − t)² = 2 (s − t) · alpha / (x² + alpha)^(3/2)
      const dx = (2 * (x / root - item.target) * alpha) / (root * root * root);
      item.slots.forEach((s, n) => (g[s] = (g[s] as number) + dx * (item.evidence[n] as number)));
    }
    return g;
  };

  let w = [...w0];
  let current = loss(w);
  let step = 1;
  for (let iteration = 0; iteration < MAX_ITERATIONS && free.length > 0; iteration += 1) {
    const g = gradient(w);
    let accepted: number[] | undefined;
    let value = current;
    for (let halving = 0; halving < MAX_HALVINGS; halving += 1) {
      const candidate = w.map((v, s) => clamp(v - (step * (g[s] as number)) / Math.max(curvature[s] as number, Number.MIN_VALUE), low[s] as number, MAX_WEIGHT));
      const decrease = candidate.reduce((sum, v, s) => sum + (g[s] as number) * ((w[s] as number) - v), 0);
      value = loss(candidate);
      if (value <= current - ARMIJO * decrease) {
        accepted = candidate;
        break;
      }
      step /= 2;
    }
    if (accepted === undefined) break;
    const settled = current - value <= TOLERANCE * (1 + current);
    w = accepted;
    current = value;
    if (settled) break;
    step = Math.min(1, step * 2);
  }

  const weights = [...prior];
  free.forEach((j, s) => {
    const rounded = clamp(Math.round((w[s] as number) * 100) / 100, low[s] as number, MAX_WEIGHT);
    // Rounding must not turn "did not move" into a change of less than 0.01.
    weights[j] = Math.abs(rounded - (w0[s] as number)) < 0.005 ? (w0[s] as number) : rounded;
  });
  return weights;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/**
 * The fitted weights as an overlay on `lexicon`: weight patches for its own terms that moved, and the
 * proposed new entries (from `proposed`) in full with their fitted weight, unless it stayed at the floor.
 */
function toOverlay(lexicon: Lexicon, table: EvidenceTable, weights: readonly number[], proposed: LexiconOverlay | undefined): LexiconOverlay {
  const isNew = new Set((proposed?.entries ?? []).map((e) => e.term));
  const entries: NonNullable<LexiconOverlay['entries']> = [];
  const idioms: { term: string; weight: number }[] = [];
  const fittedNew = new Map<string, number>();
  table.terms.forEach((t, j) => {
    const weight = weights[j] as number;
    if (t.list === 'entries' && isNew.has(t.term)) fittedNew.set(t.term, weight);
    else if (weight !== t.weight) (t.list === 'entries' ? entries : idioms).push({ term: t.term, weight });
  });
  for (const entry of proposed?.entries ?? []) {
    const weight = fittedNew.get(entry.term) ?? MIN_WEIGHT;
    if (weight > MIN_WEIGHT) entries.push({ ...entry, weight });
  }
  const poles = new Set(entries.flatMap((e) => (isNew.has(e.term) ? [e.pole] : [])));
  const categories = Object.entries(proposed?.categories ?? {}).filter(([, c]) => poles.has(c.pole));
  return {
    id: `${lexicon.id}.calibrated`,
    version: lexicon.version,
    ...(categories.length > 0 ? { categories: Object.fromEntries(categories) } : {}),
    ...(entries.length > 0 ? { entries } : {}),
    ...(idioms.length > 0 ? { idioms } : {}),
  };
}

const OPTION_KEYS = ['folds', 'l2', 'seed', 'maxEntries', 'newTerms'] as const satisfies readonly (keyof CalibrationOptions)[];

function resolveOptions(options: CalibrationOptions, n: number): Required<Omit<CalibrationOptions, 'maxEntries'>> & { maxEntries: number | undefined } {
  if (options === null || typeof options !== 'object') throw new StancetrackError('E_OPTIONS', `options: expected an object, found ${describeValue(options)}`);
  const unknown = Object.keys(options).find((key) => !(OPTION_KEYS as readonly string[]).includes(key));
  if (unknown !== undefined) throw new StancetrackError('E_OPTIONS', `options.${unknown}: unknown key; check its spelling (the options are ${OPTION_KEYS.join(', ')})`);
  const { folds = 5, l2 = 1, seed = 1, maxEntries, newTerms = 0 } = options;
  if (!Number.isInteger(folds) || folds < 2 || folds > n) {
    throw new StancetrackError('E_OPTIONS', `options.folds: expected an integer from 2 to the number of labelled statements (${n}), found ${describeValue(folds)}`);
  }
  if (typeof l2 !== 'number' || !Number.isFinite(l2) || l2 < 0) throw new StancetrackError('E_OPTIONS', `options.l2: expected a finite number ≥ 0, found ${describeValue(l2)}`);
  if (!Number.isSafeInteger(seed)) throw new StancetrackError('E_OPTIONS', `options.seed: expected an integer, found ${describeValue(seed)}`);
  if (maxEntries !== undefined && (!Number.isSafeInteger(maxEntries) || maxEntries < 0)) {
    throw new StancetrackError('E_OPTIONS', `options.maxEntries: expected an integer ≥ 0, found ${describeValue(maxEntries)}`);
  }
  if (!Number.isSafeInteger(newTerms) || newTerms < 0) throw new StancetrackError('E_OPTIONS', `options.newTerms: expected an integer ≥ 0, found ${describeValue(newTerms)}`);
  return { folds, l2, seed, maxEntries, newTerms };
}
