// How much of the gap between scoreMany and the wink-nlp ceiling any scorer with stancetrack's result
// shape pays, whatever its rules: beside the ceiling and scoreMany, a stripped-down scorer that reads the
// same token fields, finds token offsets, looks each token up among the one-word entries (no phrases, no
// rules) and returns the documented frozen result objects — then the same scorer dropping its results as
// it goes, and with no result objects at all. Each one's speed against the ceiling is a paired ratio
// (bench/paired.mjs); figures for notes only.
//
// Run: npm run build && node --expose-gc bench/result-floor.mjs [--sentences 30000] [--passes 3]
import { createRequire } from 'node:module';
import { ceilingReader, fieldCount } from './ceiling.mjs';
import { loadCorpus } from './corpus.mjs';
import { numberOption } from './options.mjs';
import { chunksOf, pairedSpeedRatio } from './paired.mjs';

const require = createRequire(import.meta.url);
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const { createScorer, defaultLexicon } = await import(new URL('../dist/index.js', import.meta.url).href);

if (typeof globalThis.gc !== 'function') throw new Error('bench/result-floor.mjs: run with node --expose-gc');
const sentences = loadCorpus().sentences.slice(0, numberOption('sentences', 30_000));
const passes = numberOption('passes', 3);
const read = ceilingReader(winkNLP, model);
const entries = new Map(defaultLexicon.entries.filter((e) => !e.term.includes(' ')).map((e) => [e.term, e]));
const scorer = createScorer();
let sink = 0;

/** The stripped-down scorer on one text: its documented frozen result when `build` is set, else the score alone. */
function stripped(text, build) {
  const { values, normals, lemmas, tags, spans } = read(text);
  const hits = [];
  let engagement = 0;
  let confrontation = 0;
  let cursor = 0;
  for (let i = 0; i < values.length; i += 1) {
    while (cursor < text.length && text.charCodeAt(cursor) <= 32) cursor += 1;
    const start = cursor;
    if (text.startsWith(values[i], cursor)) cursor += values[i].length;
    if (tags[i] === 'X') sink += 1;
    const entry = entries.get(normals[i]) ?? entries.get(lemmas[i].toLowerCase());
    if (entry === undefined) continue;
    const contribution = entry.pole === 'engagement' ? entry.weight : -entry.weight;
    if (contribution > 0) engagement += contribution;
    else confrontation -= contribution;
    if (!build) continue;
    hits.push(
      Object.freeze({ text: text.slice(start, cursor), span: Object.freeze([start, cursor]), entry: entry.term, pole: entry.pole, category: entry.category, weight: entry.weight, contribution, negated: false, modifiers: Object.freeze([]) }),
    );
  }
  const x = engagement - confrontation;
  const score = x / Math.sqrt(x * x + 15);
  if (!build) return score;
  const sentenceScores = spans.map(() =>
    Object.freeze({ text, span: Object.freeze([0, text.length]), score, label: 'neutral', confidence: 0, engagement, confrontation, hits: Object.freeze(hits.map((_, h) => h)) }),
  );
  return Object.freeze({ score, label: 'neutral', engagement, confrontation, confidence: 0, hits: Object.freeze(hits), sentences: Object.freeze(sentenceScores), lexicon: defaultLexicon.id });
}

// Each task runs on a chunk of sentences; what it returns is kept until the end of its pass.
const readChunk = (texts) => {
  for (const text of texts) sink += fieldCount(read(text));
  return texts.length;
};
const tasks = {
  'stripped, results kept': (texts) => texts.map((text) => stripped(text, true)),
  'stripped, results dropped': (texts) => {
    for (const text of texts) sink += stripped(text, true).hits.length;
    return texts.length;
  },
  'stripped, no result objects': (texts) => {
    for (const text of texts) sink += stripped(text, false);
    return texts.length;
  },
  'stancetrack scoreMany': (texts) => scorer.scoreMany(texts),
};
const chunks = chunksOf(sentences, 500);
console.log(`${sentences.length.toLocaleString('en')} sentences; each task paired with the ceiling (bench/paired.mjs), ${chunks.length} chunks of 500, 1 warm-up pass then ${passes} timed`);
for (const [name, run] of Object.entries(tasks)) {
  const { ratio, perPass } = pairedSpeedRatio({ chunks, a: run, b: readChunk, passes, collect: () => globalThis.gc() });
  console.log(`${name.padEnd(34)}${ratio.toFixed(2).padStart(6)} × ceiling (passes ${perPass.map((r) => r.toFixed(2)).join(', ')})`);
}
console.log(`(sink ${sink})`);
