/**
 * `npm run eval`: stancetrack and three sentiment lexicons used as proxies (positive → engagement,
 * negative → confrontation, zero → neutral) on an evaluation split, side by side.
 * Usage: tsx eval/run.ts [split=test]   (splits: dev, test; or a path to a .jsonl file)
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createScorer } from '../src/index.js';
import { evaluate, type Evaluation, type Prediction } from '../src/eval/evaluate.js';
import { LABELS } from '../src/eval/metrics.js';
import { formatEvaluation, readLabelled } from '../src/cli/evaluation.js';

const require = createRequire(import.meta.url);
const vader = require('vader-sentiment') as { SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } } };
const Sentiment = require('sentiment') as new () => { analyze(text: string): { comparative: number } };
const winkSentiment = require('wink-sentiment') as (text: string) => { normalizedScore: number };

const arg = process.argv[2] ?? 'test';
const file = arg.endsWith('.jsonl') ? arg : fileURLToPath(new URL(`./${arg}.jsonl`, import.meta.url));
const items = await readLabelled(file);

/** A proxy's polarity as a prediction: the sign gives the label, the value (squashed to [−1, 1]) the score. */
const proxy = (polarity: (text: string) => number) => (text: string): Prediction => {
  const value = polarity(text);
  return { label: value > 0 ? 'engagement' : value < 0 ? 'confrontation' : 'neutral', score: Math.max(-1, Math.min(1, value)) };
};

const scorer = createScorer();
const afinn = new Sentiment();
const systems: [string, (text: string) => Prediction][] = [
  ['stancetrack', (text) => scorer.score(text)],
  ['vader-sentiment', proxy((text) => vader.SentimentIntensityAnalyzer.polarity_scores(text).compound)],
  ['sentiment (AFINN)', proxy((text) => afinn.analyze(text).comparative)],
  ['wink-sentiment', proxy((text) => winkSentiment(text).normalizedScore / 5)],
];
const results = systems.map(([name, predict]) => [name, evaluate(items, predict)] as const);

const pct = (x: number | undefined) => (x === undefined ? '   —' : `${(x * 100).toFixed(1).padStart(5)}`);
const num = (x: number | undefined) => (x === undefined ? '   —' : x.toFixed(3).padStart(6));
console.log(`${file}: ${items.length} statements (${LABELS.map((l) => `${l} ${items.filter((i) => i.label === l).length}`).join(', ')})\n`);
console.log(`${'system'.padEnd(20)} accuracy  macro-F1  F1 eng  F1 conf  Spearman`);
for (const [name, r] of results) console.log(`${name.padEnd(20)}   ${pct(r.accuracy)}%   ${num(r.macroF1)}  ${num(r.f1.engagement)}   ${num(r.f1.confrontation)}    ${num(r.spearman)}`);

const [, own] = results[0] as readonly [string, Evaluation];
console.log(`\nstancetrack in detail (as printed by \`stancetrack eval\`):\n`);
console.log(formatEvaluation(file, items, own));
