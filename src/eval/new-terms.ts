import { mergeLexicons } from '../lexicon/merge.js';
import type { Lexicon, LexiconOverlay } from '../lexicon/types.js';
import { createScorer } from '../score/scorer.js';
import type { ReadStatement } from '../suggest/corpus.js';
import { heldOverlay, type HeldEntry } from '../suggest/overlay.js';
import { attributionWords } from '../statements/data.js';
import { collectEvidence } from './evidence.js';

/** What `residualTerms` needs of the fit it proposes terms for. */
export interface ResidualFit {
  /** Every statement's text, in input order. */
  readonly texts: readonly string[];
  /** Every statement as read against the lexicon (its content words outside every match). */
  readonly read: readonly ReadStatement[];
  /** Every statement's x = engagement − confrontation under the lexicon as it is. */
  readonly x: readonly number[];
  /** Every statement's target score. */
  readonly targets: readonly number[];
  /** The statements being fitted (indexes into the arrays above). */
  readonly rows: readonly number[];
  readonly l2: number;
  /** The score normalisation's alpha: s(x) = x / √(x² + alpha). */
  readonly alpha: number;
}

/**
 * The words the lexicon lacks that lower calibration's loss most, as new entries at `weight` of the pole
 * that lowers it, or undefined when none does enough.
 *
 * Candidates are the lemmas of content words outside every lexicon match in at least `minCount` of the
 * fitted statements, except speech verbs (`lexicons/attribution.en.json`): "say" attributes a statement
 * and says nothing of its stance, yet joined as confrontation on the 400 labour statements, where more
 * reported threats than offers came with it. All candidates are added at once as probe entries of
 * weight 1 and the statements scored again, so each candidate's evidence d per statement comes through
 * the rules (negation, refusal, reversal: "called off the strike" counts against "strike" the way the
 * scorer will count it).
 * With r = s(x) − target per statement, a candidate's gradient at weight 0 is g = Σ 2 r s'(x) d and its
 * Gauss–Newton curvature h = Σ 2 (s'(x) d)² + 2 l2; its Newton step −g/h alone would lower the loss by
 * g² / 2h. Selection is forward and greedy: the candidate with the largest drop joins, its step is added
 * to every x it touches, and the drops are computed again, so a word that only stood in for one already
 * taken (a frame word that happens to come with it) no longer looks useful. It stops at `maxTerms`, or
 * when the largest drop is under `MIN_GAIN`. The pole is the sign of the step.
 *
 * Ranking by what the current lexicon gets wrong, rather than by how often a word comes with each label,
 * lets in a word that appears with every label ("strike": struck, called off, threatened) but counts
 * the way the rules turn it.
 */
export function residualTerms(lexicon: Lexicon, fit: ResidualFit, options: { maxTerms: number; minCount: number; weight: number }): LexiconOverlay | undefined {
  const candidates = frequentFreeLemmas(fit, options.minCount);
  if (candidates.length === 0) return undefined;
  const probe = mergeLexicons(lexicon, heldOverlay(lexicon, candidates.map((term) => ({ term, pole: 'confrontation', weight: 1, note: 'probe' })), 'probe'));
  const table = collectEvidence(probe, createScorer({ lexicons: [probe] }).scoreMany(fit.rows.map((i) => fit.texts[i] as string)));
  // mergeLexicons keeps the lexicon's entries in order and appends new ones, so the probes follow them.
  const position = new Map(candidates.map((term, c) => [term, c] as const));
  const candidateOf = new Map<number, number>();
  table.terms.forEach((t, j) => {
    const c = position.get(t.term);
    if (t.list === 'entries' && j >= lexicon.entries.length && c !== undefined) candidateOf.set(j, c);
  });
  // Each candidate's evidence per fitted statement, as (position in rows, d) pairs.
  const evidence: { n: number; d: number }[][] = candidates.map(() => []);
  fit.rows.forEach((_, n) => {
    for (const row of table.statements[n]?.terms ?? []) {
      const c = candidateOf.get(row.term);
      if (c !== undefined && row.engagement !== row.confrontation) evidence[c]?.push({ n, d: row.engagement - row.confrontation });
    }
  });
  const x = fit.rows.map((i) => fit.x[i] as number);
  const targets = fit.rows.map((i) => fit.targets[i] as number);
  const held: HeldEntry[] = [];
  const taken = new Set<number>();
  /** The gradient and Gauss–Newton curvature of the loss along one candidate's weight, at the current x. */
  const slopeOf = (c: number): { g: number; h: number } => {
    let g = 0;
    let h = 2 * fit.l2;
    for (const { n, d } of evidence[c] ?? []) {
      const xn = x[n] as number;
      const root = Math.sqrt(xn * xn + fit.alpha);
      const slope = fit.alpha / (root * root * root);
      g += 2 * (xn / root - (targets[n] as number)) * slope * d;
      h += 2 * (slope * d) ** 2;
    }
    return { g, h };
  };
  const move = (c: number, step: number) => {
    for (const { n, d } of evidence[c] ?? []) x[n] = (x[n] as number) + step * d;
  };
  while (held.length < options.maxTerms) {
    let best: { c: number; gain: number } | undefined;
    for (let c = 0; c < candidates.length; c += 1) {
      if (taken.has(c)) continue;
      const { g, h } = slopeOf(c);
      const gain = (g * g) / (2 * h);
      if (best === undefined || gain > best.gain) best = { c, gain };
    }
    if (best === undefined || best.gain < MIN_GAIN) break;
    // Fit the word's weight alone (a few Newton steps), so the next pick sees all it explains.
    let weight = 0;
    for (let iteration = 0; iteration < WORD_FIT_STEPS; iteration += 1) {
      const { g, h } = slopeOf(best.c);
      // slopeOf leaves out the pull towards weight 0, 2 l2 weight, which is 0 only at the start.
      const step = -(g + 2 * fit.l2 * weight) / h;
      move(best.c, step);
      weight += step;
      if (Math.abs(step) < 1e-3) break;
    }
    taken.add(best.c);
    // The probe counted each word as confrontation: a positive weight means it helps as such.
    held.push({ term: candidates[best.c] as string, pole: weight > 0 ? 'confrontation' : 'engagement', weight: options.weight, note: `calibrate: lowers the loss by ${best.gain.toFixed(3)} after the words above it` });
  }
  if (held.length === 0) return undefined;
  return heldOverlay(lexicon, held, 'new-terms');
}

/**
 * The least a new word must lower the loss on its own: 1 is what one statement labelled engagement or
 * confrontation and scored 0 costs, so a word must do about as much as putting one missed statement
 * fully right. Below it, the words that pass are mostly those of the topic (company, week, leader) that
 * happen to come with one label in the folds being fitted: on eval/labour.jsonl they lowered held-out
 * macro-F1 in two of five fold assignments, where with the threshold all five rose.
 */
const MIN_GAIN = 1;

/** Newton steps when fitting a chosen word's weight alone; it settles in a handful. */
const WORD_FIT_STEPS = 20;

/** Lemmas of unmatched content words other than speech verbs in at least `minCount` of the fitted statements, sorted. */
function frequentFreeLemmas(fit: ResidualFit, minCount: number): string[] {
  const counts = new Map<string, number>();
  for (const i of fit.rows) {
    for (const lemma of new Set(fit.read[i]?.free.map((w) => w.lemma))) {
      if (!attributionWords.speechVerbs.has(lemma)) counts.set(lemma, (counts.get(lemma) ?? 0) + 1);
    }
  }
  return [...counts]
    .filter(([, n]) => n >= minCount)
    .map(([lemma]) => lemma)
    .sort();
}
