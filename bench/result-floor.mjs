// How much of the gap between scoreMany and the wink-nlp ceiling any scorer with stancetrack's result
// shape pays, whatever its rules: beside the ceiling and scoreMany, a stripped-down scorer that reads the
// same token fields, finds token offsets, looks each token up among the one-word entries (no phrases, no
// rules) and returns the documented frozen result objects — then the same scorer dropping its results as
// it goes, and with no result objects at all. A warm-up round, then interleaved rounds, medians; figures
// for notes only.
//
// Run: npm run build && node --expose-gc bench/result-floor.mjs [--joined] [--sentences 30000] [--rounds 7]
import { createRequire } from 'node:module';
import { ceilingReader, fieldCount, joinedGroups } from './ceiling.mjs';
import { loadCorpus } from './corpus.mjs';
import { numberOption } from './options.mjs';
import { median } from './stats.mjs';

const require = createRequire(import.meta.url);
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const { createScorer, defaultLexicon } = await import(new URL('../dist/index.js', import.meta.url).href);

if (typeof globalThis.gc !== 'function') throw new Error('bench/result-floor.mjs: run with node --expose-gc');
const sentences = loadCorpus().sentences.slice(0, numberOption('sentences', 30_000));
const rounds = numberOption('rounds', 7);
const read = ceilingReader(winkNLP, model);
const entries = new Map(defaultLexicon.entries.filter((e) => !e.term.includes(' ')).map((e) => [e.term, e]));
const scorer = createScorer();
let sink = 0;

/**
 * The stripped-down scorer on a group of texts read as one document, joined by a blank line as
 * scoreMany reads them (a group of one is a text read alone); `keep` receives each text's result (built
 * only when `keep` is given). Returns the sum of the texts' scores.
 */
function stripped(group, keep) {
  const joined = group.length === 1 ? group[0] : group.join('\n\n');
  const { values, normals, lemmas, tags, spans } = read(joined);
  let sum = 0;
  let cursor = 0;
  let i = 0;
  let textStart = 0;
  for (const text of group) {
    const textEnd = textStart + text.length;
    const hits = [];
    let engagement = 0;
    let confrontation = 0;
    for (; i < values.length; i += 1) {
      while (cursor < joined.length && joined.charCodeAt(cursor) <= 32) cursor += 1;
      if (cursor >= textEnd) break;
      const start = cursor;
      if (joined.startsWith(values[i], cursor)) cursor += values[i].length;
      if (tags[i] === 'X') sink += 1;
      const entry = entries.get(normals[i]) ?? entries.get(lemmas[i].toLowerCase());
      if (entry === undefined) continue;
      const contribution = entry.pole === 'engagement' ? entry.weight : -entry.weight;
      if (contribution > 0) engagement += contribution;
      else confrontation -= contribution;
      if (keep === undefined) continue;
      hits.push(
        Object.freeze({ text: joined.slice(start, cursor), span: Object.freeze([start - textStart, cursor - textStart]), entry: entry.term, pole: entry.pole, category: entry.category, weight: entry.weight, contribution, negated: false, modifiers: Object.freeze([]) }),
      );
    }
    textStart = textEnd + 2;
    const x = engagement - confrontation;
    const score = x / Math.sqrt(x * x + 15);
    sum += score;
    if (keep === undefined) continue;
    // One sentence per text: the bench's sentences are one each, and wink's spans are not split per text here.
    const sentenceScores = [Object.freeze({ text, span: Object.freeze([0, text.length]), score, label: 'neutral', confidence: 0, engagement, confrontation, hits: Object.freeze(hits.map((_, h) => h)) })];
    keep(Object.freeze({ score, label: 'neutral', engagement, confrontation, confidence: 0, hits: Object.freeze(hits), sentences: Object.freeze(sentenceScores), lexicon: defaultLexicon.id }));
  }
  sink += spans.length;
  return sum;
}

// With --joined, texts are read as scoreMany reads them, joined into blocks, and so is the ceiling.
const joined = process.argv.includes('--joined');
const groups = joined ? joinedGroups(sentences) : sentences.map((text) => [text]);
const blocks = groups.map((group) => group.join('\n\n'));
const tasks = {
  'ceiling: wink-nlp readDoc + out()': () => {
    for (const block of blocks) sink += fieldCount(read(block));
  },
  'stripped, results kept': () => {
    const results = [];
    for (const group of groups) stripped(group, (r) => results.push(r));
    sink += results.length;
  },
  'stripped, results dropped': () => {
    for (const group of groups) stripped(group, (r) => (sink += r.hits.length));
  },
  'stripped, no result objects': () => {
    for (const group of groups) sink += stripped(group);
  },
  'stancetrack scoreMany': () => {
    sink += scorer.scoreMany(sentences).length;
  },
};
const times = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
// Round 0 warms every task up and is not counted.
for (let round = 0; round <= rounds; round += 1) {
  for (const [name, run] of Object.entries(tasks)) {
    globalThis.gc();
    const started = performance.now();
    run();
    if (round > 0) times[name].push(performance.now() - started);
  }
}
const ceiling = median(times['ceiling: wink-nlp readDoc + out()']);
console.log(`${sentences.length.toLocaleString('en')} sentences${joined ? ' read joined' : ''}, ${rounds} interleaved rounds, medians (sink ${sink})`);
for (const [name, values] of Object.entries(times)) console.log(`${name.padEnd(34)}${median(values).toFixed(0).padStart(7)} ms${(ceiling / median(values)).toFixed(2).padStart(8)} × ceiling`);
