// One cold start, run in a fresh process by bench/run.mjs: import stancetrack by its package name
// (a self-reference, resolved through package.json "exports" to dist/index.js, as a user's import is)
// and score one sentence with the shared default scorer, which loads the model on first use.
// performance.now() counts from the process's time origin, i.e. from the start of the process.
const started = performance.now();
const { score } = await import('stancetrack');
const imported = performance.now();
const result = score("North Korea rejected Seoul's proposals and warned of a merciless response.");
const done = performance.now();
process.stdout.write(
  JSON.stringify({ bootMs: started, importMs: imported - started, firstScoreMs: done - imported, importAndScoreMs: done - started, sinceStartMs: done, label: result.label }),
);
