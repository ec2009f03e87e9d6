import type { Lexicon } from '../lexicon/types.js';
import { termKey } from '../lexicon/util.js';
import type { Hit, StanceScore } from '../types.js';

/** A weighted lexicon item that calibration can refit: an entry or an idiom, named by its exact `term`. */
export interface WeightedTerm {
  /** Which list of the lexicon holds it (an overlay patches `entries` and `idioms` separately). */
  readonly list: 'entries' | 'idioms';
  /** The term exactly as written in the lexicon. */
  readonly term: string;
  /** Its weight in the lexicon, 0 < weight ≤ 5. */
  readonly weight: number;
}

/**
 * The evidence one term brings to one statement per unit of its weight. A hit contributes
 * `sign × weight × factor`, and no rule looks at weights, so `contribution / weight` does not change
 * when the weight does: `engagement` sums it over the hits of the term that count for engagement
 * (after flips), `confrontation` the magnitudes of those that count for confrontation (both ≥ 0).
 */
export interface TermEvidence {
  /** Index into `StatementEvidence`'s `terms` table. */
  readonly term: number;
  readonly engagement: number;
  readonly confrontation: number;
}

/** One statement's evidence, split into what depends on term weights and what does not. */
export interface StatementEvidence {
  /** Per-term evidence, one row per term with at least one non-zero hit, in order of first hit. */
  readonly terms: readonly TermEvidence[];
  /** Engagement from hits that are no lexicon entry (a refusal marker counted on its own, "Pyongyang refused."). */
  readonly fixedEngagement: number;
  /** Confrontation (≥ 0) from hits that are no lexicon entry. */
  readonly fixedConfrontation: number;
}

/** The evidence of many statements over one table of terms. */
export interface EvidenceTable {
  /** Every entry and idiom of the lexicon, in lexicon order: entries first, then idioms. */
  readonly terms: readonly WeightedTerm[];
  /** One row per scored statement, in input order. */
  readonly statements: readonly StatementEvidence[];
}

/**
 * Turns scored statements into evidence that is linear in the lexicon's weights, so that the totals of
 * any reweighted lexicon follow without scoring again (see `evidenceTotals`).
 *
 * A hit is attributed by its `entry` (the term as written), its weight and category: to the refusal
 * marker of that term when it is one (a refusal counted on its own is not an entry), else to the idiom,
 * else to the entry. Hits with contribution 0 (dropped by a rule) carry no evidence.
 *
 * @param lexicon The lexicon the statements were scored with.
 * @param scores Results of a scorer on `lexicon`, e.g. `createScorer({ lexicons: [lexicon] }).scoreMany(texts)`.
 * @example
 * const table = collectEvidence(lexicon, scorer.scoreMany(texts));
 * evidenceTotals(table, table.statements[0], table.terms.map((t) => t.weight)); // { engagement, confrontation } of scores[0]
 */
export function collectEvidence(lexicon: Lexicon, scores: readonly StanceScore[]): EvidenceTable {
  const terms: WeightedTerm[] = [
    ...lexicon.entries.map((e) => ({ list: 'entries' as const, term: e.term, weight: e.weight })),
    ...lexicon.idioms.map((e) => ({ list: 'idioms' as const, term: e.term, weight: e.weight })),
  ];
  const entryIndex = new Map<string, number>();
  const idiomIndex = new Map<string, number>();
  terms.forEach((t, i) => (t.list === 'entries' ? entryIndex : idiomIndex).set(termKey(t.term), i));
  const refusals = new Map(lexicon.modifiers.refusals.map((r) => [termKey(r.term), r] as const));
  const categoryOf = (i: number) => (i < lexicon.entries.length ? lexicon.entries[i] : lexicon.idioms[i - lexicon.entries.length])?.category;

  const locate = (hit: Hit): number | undefined => {
    const key = termKey(hit.entry);
    const refusal = refusals.get(key);
    if (refusal !== undefined && refusal.weight === hit.weight && refusal.category === hit.category) return undefined;
    for (const index of [idiomIndex.get(key), entryIndex.get(key)]) {
      if (index !== undefined && terms[index]?.weight === hit.weight && categoryOf(index) === hit.category) return index;
    }
    return undefined;
  };

  const statements = scores.map((score): StatementEvidence => {
    const rows = new Map<number, { term: number; engagement: number; confrontation: number }>();
    let fixedEngagement = 0;
    let fixedConfrontation = 0;
    for (const hit of score.hits) {
      if (hit.contribution === 0) continue;
      const index = locate(hit);
      if (index === undefined) {
        if (hit.contribution > 0) fixedEngagement += hit.contribution;
        else fixedConfrontation -= hit.contribution;
        continue;
      }
      const row = rows.get(index) ?? { term: index, engagement: 0, confrontation: 0 };
      const perUnit = hit.contribution / hit.weight;
      if (perUnit > 0) row.engagement += perUnit;
      else row.confrontation -= perUnit;
      rows.set(index, row);
    }
    return { terms: [...rows.values()], fixedEngagement, fixedConfrontation };
  });
  return { terms, statements };
}

/**
 * The engagement and confrontation totals (both ≥ 0) a statement would get with `weights` in place of
 * the lexicon's weights (`weights[i]` for `table.terms[i]`). With the lexicon's own weights they equal
 * the statement's scored `engagement` and `confrontation` (up to rounding).
 */
export function evidenceTotals(statement: StatementEvidence, weights: readonly number[]): { engagement: number; confrontation: number } {
  let engagement = statement.fixedEngagement;
  let confrontation = statement.fixedConfrontation;
  for (const row of statement.terms) {
    const w = weights[row.term] ?? 0;
    engagement += w * row.engagement;
    confrontation += w * row.confrontation;
  }
  return { engagement, confrontation };
}
