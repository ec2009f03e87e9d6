/**
 * Which end of the engagement ↔ confrontation axis something points to.
 * Engagement: dialogue, cooperation, trust, de-escalation, aid, agreements.
 * Confrontation: threats, hostility, rejection, sanctions, military pressure, attacks.
 */
export type Pole = 'engagement' | 'confrontation';

/**
 * The label of a scored text:
 * - `engagement` / `confrontation`: the score leans clearly to that pole;
 * - `mixed`: both poles are present and near balance, or two acts are set side by side ("… while …")
 *   and the lexicon knows only one of them (with `labels.oneSidedMixed`);
 * - `neutral`: nothing on the axis, or too little to lean either way.
 */
export type StanceLabel = 'engagement' | 'confrontation' | 'mixed' | 'neutral';

/** A half-open range of UTF-16 character offsets `[start, end)` into the caller's input string. */
export type Span = readonly [start: number, end: number];

/**
 * One lexicon entry (or refusal marker) found in the text, with everything that changed its weight.
 * `contribution` is the signed amount this hit adds to the score's evidence: positive for engagement,
 * negative for confrontation.
 */
export interface Hit {
  /** The matched text exactly as it appears in the input: `input.slice(span[0], span[1]) === text`. */
  readonly text: string;
  /** Where the hit is in the input. */
  readonly span: Span;
  /** The lexicon term that matched, e.g. `"escalat*"` or `"olive branch"`. */
  readonly entry: string;
  /** The pole of the entry as written in the lexicon (before negation or refusal flips it). */
  readonly pole: Pole;
  /** The entry's category, e.g. `"threaten"` (CAMEO 13) or `"trust"`. */
  readonly category: string;
  /** The entry's weight as written in the lexicon (> 0). */
  readonly weight: number;
  /** Signed evidence after all rules: weight × every factor; > 0 engagement, < 0 confrontation, 0 dropped. */
  readonly contribution: number;
  /** True when an odd number of negators govern the hit (double negation cancels). */
  readonly negated: boolean;
  /**
   * The rules that changed this hit, in the order applied, as `rule-id:trigger`
   * (e.g. `["negation:not", "intensifier:strongly", "contrast-after:but"]`).
   */
  readonly modifiers: readonly string[];
}

/** The score of one sentence of the input. */
export interface SentenceScore {
  /** The sentence text exactly as in the input. */
  readonly text: string;
  /** Where the sentence is in the input. */
  readonly span: Span;
  /** In [−1, 1]; > 0 leans engagement. */
  readonly score: number;
  readonly label: StanceLabel;
  /** Sum of positive contributions in this sentence (≥ 0). */
  readonly engagement: number;
  /** Sum of the magnitudes of negative contributions in this sentence (≥ 0). */
  readonly confrontation: number;
  /** In [0, 1], as for the whole text (see `StanceScore.confidence`). */
  readonly confidence: number;
  /** Indexes into the result's `hits` of the hits in this sentence. */
  readonly hits: readonly number[];
}

/**
 * The stance of one text.
 *
 * `score = x / √(x² + alpha)` with `x = engagement − confrontation` and `alpha` from the lexicon's
 * `params.normalization`, so it lies in [−1, 1]. Every number is explained by `hits` (see `explain`).
 */
export interface StanceScore {
  /** In [−1, 1]; positive = engagement, negative = confrontation, 0 = nothing found. */
  readonly score: number;
  readonly label: StanceLabel;
  /** Sum of positive hit contributions (≥ 0). */
  readonly engagement: number;
  /** Sum of the magnitudes of negative hit contributions (≥ 0). */
  readonly confrontation: number;
  /** In [0, 1]: how much evidence there is and how clearly it points to the label; 0 when there are no hits. */
  readonly confidence: number;
  /** Every hit, in text order. */
  readonly hits: readonly Hit[];
  /** Per-sentence scores, in text order. */
  readonly sentences: readonly SentenceScore[];
  /** The lexicon (or merge of lexicons) that produced the score. */
  readonly lexicon: { readonly id: string; readonly version: string };
}

/** How precisely a statement's date is known. */
export type DateGranularity = 'day' | 'month' | 'year';

/**
 * When a statement was made or an action happened.
 * `date` is `YYYY-MM-DD`, `YYYY-MM` or `YYYY` to match `granularity`.
 */
export interface StatementTime {
  readonly date: string;
  readonly granularity: DateGranularity;
  /**
   * Where the date came from: `explicit` (a date in the text, "On August 18, 2025", or in the wire
   * dateline opening it, "SEOUL, Aug. 18 (Yonhap) —", for a statement with no date of its own), `relative`
   * (resolved against the publication date, "on Saturday", "last year") or `published` (no date in
   * the text; the document's publication date is used).
   */
  readonly basis: 'explicit' | 'relative' | 'published';
}
