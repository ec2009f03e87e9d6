import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { buildSchemas } from '../scripts/schemas.js';
import { analyze, createTracker, defaultLexicon, extractStatements, score, toRecords } from '../src/index.js';
import { koreaActors as actors } from './fixtures/actors.js';
import { koreaArticle } from './fixtures/korea-article.js';

const shipped = (name: string) => JSON.parse(readFileSync(new URL(`../schemas/${name}.schema.json`, import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
const validators = new Map<string, ReturnType<typeof ajv.compile>>();
const check = (name: string, value: unknown) => {
  const validate = validators.get(name) ?? ajv.compile(shipped(name));
  validators.set(name, validate);
  const ok = validate(JSON.parse(JSON.stringify(value)));
  return ok ? [] : validate.errors;
};

describe('JSON Schemas under stancetrack/schemas/', () => {
  it('are generated from the current types (run npm run schema when this fails)', { timeout: 60_000 }, () => {
    for (const [name, schema] of Object.entries(buildSchemas())) expect(shipped(name)).toEqual(schema);
  });

  const document = { text: koreaArticle, publishedAt: '2025-11-02', id: 'korea', source: 'fixture' };
  const scored = analyze(document, { actors });
  const tracker = createTracker({ interval: 'month' });
  tracker.addMany(scored);

  it.each([
    ['stance-score', () => [score('Pyongyang rejected the proposals, but Seoul offered talks.'), score('')]],
    ['statement', () => extractStatements(document, { actors })],
    ['scored-statement', () => scored],
    ['series', () => tracker.series()],
    ['series-record', () => toRecords(tracker.series())],
    ['actor-summary', () => tracker.actors()],
    ['lexicon', () => [defaultLexicon]],
  ] as const)('real outputs validate against %s', (name, values) => {
    for (const value of values()) expect(check(name, value)).toEqual([]);
  });

  it('a wrong value does not validate', () => {
    expect(check('stance-score', { ...score('They attacked.'), label: 'hostile' })).not.toEqual([]);
  });
});
