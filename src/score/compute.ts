import type { Lexicon } from '../lexicon/types.js';
import type { Analysis } from '../nlp/index.js';
import type { WorkingHit } from '../rules/index.js';
import type { Hit, SentenceScore, StanceLabel, StanceScore } from '../types.js';

interface Totals {
  engagement: number;
  confrontation: number;
}

/** Turns the hits left by the rules into the frozen, self-explaining `StanceScore`. */
export function buildScore(analysis: Analysis, working: readonly WorkingHit[], lexicon: Lexicon): StanceScore {
  const { tokens, text } = analysis;
  const hits: Hit[] = working.map((w) => {
    const start = tokens[w.first]?.start ?? 0;
    const end = tokens[w.last]?.end ?? start;
    const sign = (w.pole === 'engagement') !== w.flipped ? 1 : -1;
    return Object.freeze({
      text: text.slice(start, end),
      span: Object.freeze([start, end] as const),
      entry: w.term,
      pole: w.pole,
      category: w.category,
      weight: w.weight,
      contribution: w.factor === 0 ? 0 : sign * w.weight * w.factor,
      negated: w.negators.length % 2 === 1,
      modifiers: Object.freeze([...w.modifiers]),
    });
  });
  const membersOf = new Map<number, number[]>();
  working.forEach((w, h) => {
    const sentence = tokens[w.first]?.sentence ?? 0;
    const members = membersOf.get(sentence);
    if (members === undefined) membersOf.set(sentence, [h]);
    else members.push(h);
  });
  const sentences: SentenceScore[] = analysis.sentences.map((s, index) => {
    const members = membersOf.get(index) ?? [];
    const totals = sum(members.map((h) => hits[h] as Hit));
    return Object.freeze({
      text: text.slice(s.start, s.end),
      span: Object.freeze([s.start, s.end] as const),
      ...judge(totals, lexicon),
      ...totals,
      hits: Object.freeze(members),
    });
  });
  const totals = sum(hits);
  const { score, label, confidence } = judge(totals, lexicon);
  return Object.freeze({
    score,
    label,
    ...totals,
    confidence,
    hits: Object.freeze(hits),
    sentences: Object.freeze(sentences),
    lexicon: Object.freeze({ id: lexicon.id, version: lexicon.version }),
  });
}

function sum(hits: readonly Hit[]): Totals {
  let engagement = 0;
  let confrontation = 0;
  for (const hit of hits) {
    if (hit.contribution > 0) engagement += hit.contribution;
    else confrontation -= hit.contribution;
  }
  return { engagement, confrontation };
}

/**
 * score = x / √(x² + alpha) with x = E − C (VADER's normalisation, Hutto & Gilbert 2014), bounded in
 * (−1, 1). The label is `mixed` when both poles are present and |E − C| / (E + C) is under
 * `labels.mixedBalance`; `neutral` when |score| is under `labels.neutralBelow`. Confidence multiplies
 * the amount of evidence, 1 − exp(−(E + C) / evidenceScale), by how clearly it points to the label:
 * the balance |E − C| / (E + C) for a leaning label, 1 − balance for `mixed`.
 */
function judge({ engagement, confrontation }: Totals, lexicon: Lexicon): { score: number; label: StanceLabel; confidence: number } {
  const evidence = engagement + confrontation;
  if (evidence === 0) return { score: 0, label: 'neutral', confidence: 0 };
  const { normalization, labels, confidence } = lexicon.params;
  const x = engagement - confrontation;
  const score = x / Math.sqrt(x * x + normalization.alpha);
  const balance = Math.abs(x) / evidence;
  let label: StanceLabel;
  if (engagement > 0 && confrontation > 0 && balance < labels.mixedBalance) label = 'mixed';
  else if (Math.abs(score) < labels.neutralBelow) label = 'neutral';
  else label = score > 0 ? 'engagement' : 'confrontation';
  const amount = 1 - Math.exp(-evidence / confidence.evidenceScale);
  const clarity = label === 'mixed' ? 1 - balance : balance;
  return { score, label, confidence: amount * clarity };
}
