import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { defaultLexicon } from '../../src/index.js';
import { lexiconTerms, termWords } from '../../src/lexicon/compile.js';
import { createNlp } from '../../src/nlp/index.js';

const file = JSON.parse(readFileSync(new URL('../../lexicons/diplomacy.en.tokens.json', import.meta.url), 'utf8')) as {
  pipeline: string;
  terms: Record<string, [string, string]>;
};
const version = (name: string) => (createRequire(import.meta.url)(`${name}/package.json`) as { version: string }).version;
const nlp = createNlp();
const live = (term: string) => nlp.analyze(term).tokens.map(({ normal, lemma }) => ({ normal, lemma }));

describe('the default lexicon’s term words (lexicons/diplomacy.en.tokens.json; run npm run tokens when this fails)', () => {
  it('were written by the installed pipeline, whose versions package.json pins exactly', () => {
    expect(file.pipeline).toBe(`wink-nlp ${version('wink-nlp')}, wink-eng-lite-web-model ${version('wink-eng-lite-web-model')}`);
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
    expect([pkg.dependencies['wink-nlp'], pkg.dependencies['wink-eng-lite-web-model']]).toEqual([version('wink-nlp'), version('wink-eng-lite-web-model')]);
  });

  it('hold every term of the lexicon, and nothing else', () => {
    expect(Object.keys(file.terms).sort()).toEqual([...new Set(lexiconTerms(defaultLexicon))].sort());
  });

  it('are what the pipeline makes of each term', () => {
    const stale = Object.keys(file.terms).filter((term) => JSON.stringify(termWords(term, nlp)) !== JSON.stringify(live(term)));
    expect(stale).toEqual([]);
  });

  it('leave any other term to the pipeline', () => {
    expect(file.terms['lift the naval blockade']).toBeUndefined();
    expect(termWords('lift the naval blockade', nlp)).toEqual(live('lift the naval blockade'));
    expect(termWords('lift the naval blockade', nlp).map((w) => w.lemma)).toEqual(['lift', 'the', 'naval', 'blockade']);
  });
});
