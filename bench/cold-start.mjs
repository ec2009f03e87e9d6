// One cold start, run in a fresh process by bench/run.mjs: import stancetrack by its package name
// (a self-reference, resolved through package.json "exports" to dist/index.js, as a user's import is)
// and score one sentence with the shared default scorer, which loads the model on first use.
// performance.now() counts from the process's time origin, i.e. from the start of the process.
//
// With --floor it does the same with wink-nlp alone instead (import it and the model, load the pipeline
// stancetrack uses, read the sentence and its token fields): the part of a cold start no stancetrack
// change can remove.
const SENTENCE = "North Korea rejected Seoul's proposals and warned of a merciless response.";
const started = performance.now();
let scoreOne;
if (process.argv.includes('--floor')) {
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const { ceilingReader, fieldCount } = await import('./ceiling.mjs');
  scoreOne = (text) => ({ label: `${fieldCount(ceilingReader(winkNLP, model)(text))} token fields` });
} else {
  scoreOne = (await import('stancetrack')).score;
}
const imported = performance.now();
const result = scoreOne(SENTENCE);
const done = performance.now();
process.stdout.write(
  JSON.stringify({ bootMs: started, importMs: imported - started, firstScoreMs: done - imported, importAndScoreMs: done - started, sinceStartMs: done, label: result.label }),
);
