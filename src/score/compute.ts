import type { Lexicon } from '../lexicon/types.js';
import type { Analysis, Sentence } from '../nlp/index.js';
import { signOf, type Juxtaposition, type WorkingHit } from '../rules/index.js';
import type { Hit, SentenceScore, StanceLabel, StanceScore } from '../types.js';

interface Totals {
  engagement: number;
  confrontation: number;
}

/**
 * Turns the hits left by the rules into the frozen, self-explaining `StanceScore`. `juxtaposed` holds the
 * sentences with a juxtaposition marker and how they set their acts side by side (see `judge`).
 */
export function buildScore(analysis: Analysis, working: readonly WorkingHit[], lexicon: Lexicon, juxtaposed: ReadonlyMap<number, Juxtaposition>): StanceScore {
  const { tokens, text } = analysis;
  const hits: Hit[] = new Array(working.length);
  // Per sentence, the indexes of its hits and the totals they add up to; filled in one pass.
  const membersOf: number[][] = [];
  const sentenceTotals: Totals[] = [];
  const totals: Totals = { engagement: 0, confrontation: 0 };
  for (let h = 0; h < working.length; h += 1) {
    const w = working[h] as WorkingHit;
    const first = tokens[w.first];
    const start = first?.start ?? 0;
    const end = tokens[w.last]?.end ?? start;
    const sign = signOf(w);
    const contribution = w.factor === 0 ? 0 : sign * w.weight * w.factor;
    hits[h] = Object.freeze({
      text: text.slice(start, end),
      span: Object.freeze([start, end] as const),
      entry: w.term,
      pole: w.pole,
      category: w.category,
      weight: w.weight,
      contribution,
      negated: w.negators.length % 2 === 1,
      modifiers: w.modifiers.length === 0 ? NONE : Object.freeze(w.modifiers.slice()),
    });
    const sentence = first?.sentence ?? 0;
    const members = membersOf[sentence];
    if (members === undefined) {
      membersOf[sentence] = [h];
      sentenceTotals[sentence] = { engagement: 0, confrontation: 0 };
    } else members.push(h);
    add(sentenceTotals[sentence] as Totals, contribution);
    add(totals, contribution);
  }
  const sentences: SentenceScore[] = new Array(analysis.sentences.length);
  for (let index = 0; index < analysis.sentences.length; index += 1) {
    const s = analysis.sentences[index] as Sentence;
    const own = sentenceTotals[index] ?? NO_EVIDENCE;
    const judged = judge(own, lexicon, juxtaposed.get(index));
    sentences[index] = Object.freeze({
      text: text.slice(s.start, s.end),
      span: Object.freeze([s.start, s.end] as const),
      score: judged.score,
      label: judged.label,
      confidence: judged.confidence,
      engagement: own.engagement,
      confrontation: own.confrontation,
      hits: Object.freeze(membersOf[index] ?? NONE),
    });
  }
  const { score, label, confidence } = judge(totals, lexicon, textJuxtaposition(juxtaposed, sentenceTotals));
  return Object.freeze({
    score,
    label,
    engagement: totals.engagement,
    confrontation: totals.confrontation,
    confidence,
    hits: working.length === 0 ? NONE : Object.freeze(hits),
    sentences: Object.freeze(sentences),
    lexicon: identityOf(lexicon),
  });
}

/** Shared by every result without modifiers or hits: results are frozen, so sharing is invisible. */
const NONE: readonly never[] = Object.freeze([]);

const identities = new WeakMap<Lexicon, StanceScore['lexicon']>();

/** The `{ id, version }` of a lexicon, one frozen object per lexicon rather than one per result. */
function identityOf(lexicon: Lexicon): StanceScore['lexicon'] {
  let identity = identities.get(lexicon);
  if (identity === undefined) {
    identity = Object.freeze({ id: lexicon.id, version: lexicon.version });
    identities.set(lexicon, identity);
  }
  return identity;
}

const NOTHING_FOUND = Object.freeze({ score: 0, label: 'neutral', confidence: 0 } as const);

const NO_EVIDENCE: Totals = Object.freeze({ engagement: 0, confrontation: 0 });

/**
 * The juxtaposition of a whole text: none without a marker; `one-sided` when every sentence with evidence
 * is one-sided (the text's only known acts stand on one side of their markers); otherwise `paired`.
 */
function textJuxtaposition(juxtaposed: ReadonlyMap<number, Juxtaposition>, sentenceTotals: readonly (Totals | undefined)[]): Juxtaposition | undefined {
  if (juxtaposed.size === 0) return undefined;
  let oneSided = false;
  for (let index = 0; index < sentenceTotals.length; index += 1) {
    const own = sentenceTotals[index];
    if (own === undefined || own.engagement + own.confrontation === 0) continue;
    if (juxtaposed.get(index) !== 'one-sided') return 'paired';
    oneSided = true;
  }
  return oneSided ? 'one-sided' : 'paired';
}

/** Adds a contribution to the pole it counts for (a zero counts for neither). */
function add(totals: Totals, contribution: number): void {
  if (contribution > 0) totals.engagement += contribution;
  else totals.confrontation -= contribution;
}

/**
 * score = x / √(x² + alpha) with x = E − C (VADER's normalisation, Hutto & Gilbert 2014), bounded in
 * (−1, 1). The label is `mixed` when both poles are present and |E − C| / (E + C) is under
 * `labels.mixedBalance` (`labels.juxtaposedBalance`, when given, for text with a juxtaposition marker:
 * two acts set side by side, "… while …", "on the same day …"), and also, with `labels.oneSidedMixed`,
 * when the lexicon knows the acts on one side of a juxtaposition only (see `Juxtaposition`): the other
 * act is there, unscored, and a confident pole would hide it; `neutral` when |score| is under
 * `labels.neutralBelow`. Confidence multiplies
 * the amount of evidence, 1 − exp(−(E + C) / evidenceScale), by how clearly it points to the label:
 * the balance |E − C| / (E + C) for a leaning label, 1 − balance for `mixed`.
 */
function judge({ engagement, confrontation }: Totals, lexicon: Lexicon, juxtaposition: Juxtaposition | undefined): { score: number; label: StanceLabel; confidence: number } {
  const evidence = engagement + confrontation;
  if (evidence === 0) return NOTHING_FOUND;
  const { normalization, labels, confidence } = lexicon.params;
  const x = engagement - confrontation;
  const score = x / Math.sqrt(x * x + normalization.alpha);
  const balance = Math.abs(x) / evidence;
  let label: StanceLabel;
  const mixedBelow = juxtaposition === undefined ? labels.mixedBalance : (labels.juxtaposedBalance ?? labels.mixedBalance);
  if (juxtaposition === 'one-sided' && labels.oneSidedMixed === true) label = 'mixed';
  else if (engagement > 0 && confrontation > 0 && balance < mixedBelow) label = 'mixed';
  else if (Math.abs(score) < labels.neutralBelow) label = 'neutral';
  else label = score > 0 ? 'engagement' : 'confrontation';
  const amount = 1 - Math.exp(-evidence / confidence.evidenceScale);
  const clarity = label === 'mixed' ? 1 - balance : balance;
  return { score, label, confidence: amount * clarity };
}
