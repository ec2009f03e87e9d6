import type { Lexicon } from '../lexicon/types.js';
import type { Pole, StanceLabel } from '../types.js';
import type { ReadStatement } from './corpus.js';

/** A word that separates engagement statements from confrontation statements in a labelled corpus. */
export interface SeparatingTerm {
  /** The lemma, proposed as an entry term (entries match lemmas, so it covers the inflections). */
  readonly term: string;
  /** The pole whose statements use it more: the sign of `z`. */
  readonly pole: Pole;
  /**
   * Proposed weight: the lexicon's median entry weight × |z| / 1.96, rounded to 0.1 and kept within
   * the lexicon's own range of entry weights (see `weightFromZ`).
   */
  readonly weight: number;
  /** The log-odds ratio divided by its standard error; positive leans engagement, negative confrontation. */
  readonly z: number;
  /** The log-odds ratio, engagement over confrontation, smoothed by the prior. */
  readonly logOdds: number;
  /** The number of statements of each gold label that contain the term. */
  readonly counts: Readonly<Record<StanceLabel, number>>;
  /** Ids of the first (at most two) statements labelled with `pole` that contain the term. */
  readonly examples: readonly string[];
}

/** The outcome of the log-odds comparison of a corpus's engagement and confrontation statements. */
export interface SeparatingTerms {
  /** Why there are no terms when the corpus lacks statements of either label, else `undefined`. */
  readonly skipped: string | undefined;
  /** Statements labelled engagement. */
  readonly engagement: number;
  /** Statements labelled confrontation. */
  readonly confrontation: number;
  /**
   * Terms that occur in at least `minCount` engagement and confrontation statements together and reach
   * |z| ≥ `minZ`, by |z| descending (then alphabetically), at most `maxTerms`.
   */
  readonly terms: readonly SeparatingTerm[];
}

/** Which terms to report. */
export interface SeparatingOptions {
  readonly minCount: number;
  readonly minZ: number;
  readonly maxTerms: number;
}

/** The two-sided 5% point of the normal distribution: the z at which a term gets a typical weight. */
const Z_TYPICAL = 1.96;

interface TermCounts {
  /** Statements of the whole corpus (any label or none) that contain the term: the prior. */
  all: number;
  counts: Record<StanceLabel, number>;
  examples: { engagement: string[]; confrontation: string[] };
}

/**
 * Monroe, Colaresi & Quinn (2008), "Fightin' words" (Political Analysis 16(4)), §3.5: the weighted
 * log-odds ratio with an informative Dirichlet prior, engagement against confrontation, over the content
 * lemmas no lexicon pattern matches (see `readStatements`).
 *
 * For a term w with y_E, y_C occurrences among the n_E, n_C occurrences of all terms in the two groups,
 * and prior counts α_w summing to α_0:
 * δ = ln((y_E + α_w) / (n_E + α_0 − y_E − α_w)) − ln((y_C + α_w) / (n_C + α_0 − y_C − α_w)),
 * var(δ) ≈ 1/(y_E + α_w) + 1/(y_C + α_w), z = δ / √var. The prior is the term's frequency in the whole
 * corpus, every label included (as Jurafsky et al. 2014 use it): it pulls rare terms towards the
 * corpus-wide rate, so a word seen twice cannot outrank one seen twenty times on a lucky split.
 *
 * A term counts once per statement (statements are a sentence or two, and a repeated word in one of
 * them is one piece of evidence), so every count here is a number of statements.
 */
export function separatingTerms(statements: readonly ReadStatement[], lexicon: Lexicon, options: SeparatingOptions): SeparatingTerms {
  const engagement = statements.filter((s) => s.label === 'engagement').length;
  const confrontation = statements.filter((s) => s.label === 'confrontation').length;
  if (engagement === 0 || confrontation === 0) {
    const skipped = `log-odds needs statements labelled engagement and confrontation; the corpus has ${engagement} engagement and ${confrontation} confrontation`;
    return { skipped, engagement, confrontation, terms: [] };
  }
  const table = countTerms(statements);
  let nE = 0;
  let nC = 0;
  let a0 = 0;
  for (const t of table.values()) {
    nE += t.counts.engagement;
    nC += t.counts.confrontation;
    a0 += t.all;
  }
  const weigh = weightFromZ(lexicon);
  const terms: SeparatingTerm[] = [];
  for (const [term, { all: a, counts, examples }] of table) {
    const yE = counts.engagement;
    const yC = counts.confrontation;
    if (yE + yC < options.minCount) continue;
    const logOdds = Math.log((yE + a) / (nE + a0 - yE - a)) - Math.log((yC + a) / (nC + a0 - yC - a));
    const z = logOdds / Math.sqrt(1 / (yE + a) + 1 / (yC + a));
    // z = 0 is no lean at all, hence no pole to propose, whatever minZ allows.
    if (!Number.isFinite(z) || z === 0 || Math.abs(z) < options.minZ) continue;
    const pole: Pole = z > 0 ? 'engagement' : 'confrontation';
    terms.push({ term, pole, weight: weigh(z), z, logOdds, counts, examples: examples[pole] });
  }
  terms.sort((a, b) => Math.abs(b.z) - Math.abs(a.z) || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  return { skipped: undefined, engagement, confrontation, terms: terms.slice(0, options.maxTerms) };
}

function countTerms(statements: readonly ReadStatement[]): Map<string, TermCounts> {
  const table = new Map<string, TermCounts>();
  for (const statement of statements) {
    for (const lemma of new Set(statement.free.map((w) => w.lemma))) {
      let t = table.get(lemma);
      if (t === undefined) {
        t = { all: 0, counts: { engagement: 0, confrontation: 0, mixed: 0, neutral: 0 }, examples: { engagement: [], confrontation: [] } };
        table.set(lemma, t);
      }
      t.all += 1;
      const { label } = statement;
      if (label === undefined) continue;
      t.counts[label] += 1;
      if ((label === 'engagement' || label === 'confrontation') && t.examples[label].length < 2) t.examples[label].push(statement.id);
    }
  }
  return table;
}

/**
 * The weight proposed for a term of a given z. At the conventional significance threshold (|z| = 1.96)
 * a term gets the lexicon's median entry weight, a typical entry; the weight grows in proportion to |z|,
 * since stronger evidence of separation is what a heavier entry claims. It is kept within the smallest
 * and largest weights the lexicon's entries already have, so a suggestion never outweighs the strongest
 * hand-written entry (z grows with corpus size, not only with how stance-laden a word is) nor falls below
 * the weakest one. Rounded to 0.1, as lexicon weights are written.
 */
function weightFromZ(lexicon: Lexicon): (z: number) => number {
  const weights = lexicon.entries.map((e) => e.weight).sort((a, b) => a - b);
  const low = weights[0] ?? 1;
  const high = weights.at(-1) ?? 1;
  const middle = weights.length % 2 === 1 ? (weights[(weights.length - 1) / 2] ?? 1) : ((weights[weights.length / 2 - 1] ?? 1) + (weights[weights.length / 2] ?? 1)) / 2;
  return (z) => Math.min(high, Math.max(low, Math.round(((middle * Math.abs(z)) / Z_TYPICAL) * 10) / 10));
}
