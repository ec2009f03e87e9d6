// The analyze task of the bench scripts that time one pass of it: stancetrack's analyze() over documents
// of the bench corpus, attributing to the actors of examples/actors.json.
import { readFileSync } from 'node:fs';

/**
 * Loads the actors once and returns one pass: analyze() of every document, with the number of
 * statements as its result. `stancetrack` is the imported package (dist/ or a build of it).
 */
export function documentAnalyzer(stancetrack, scorer = stancetrack.createScorer()) {
  const { analyze, defineActors } = stancetrack;
  const actors = defineActors(JSON.parse(readFileSync(new URL('../examples/actors.json', import.meta.url), 'utf8')));
  return (documents) => documents.reduce((n, document) => n + analyze(document, { actors, scorer }).length, 0);
}
