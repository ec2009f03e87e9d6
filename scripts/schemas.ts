/**
 * JSON Schemas of stancetrack's outputs, generated from the TypeScript types (src/types.ts,
 * src/statements/types.ts, src/track/types.ts) with ts-json-schema-generator, for tools in other
 * languages. `npm run schema` writes them to schemas/; test/schemas.test.ts fails when they are stale.
 */
import { createGenerator } from 'ts-json-schema-generator';
import { lexiconJsonSchema } from '../src/lexicon/json-schema.js';

/** File name → exported type it describes. */
export const OUTPUT_TYPES = {
  'stance-score': 'StanceScore',
  statement: 'Statement',
  'scored-statement': 'ScoredStatement',
  'series-record': 'SeriesRecord',
  series: 'Series',
  'actor-summary': 'ActorSummary',
  shift: 'Shift',
} as const;

/** Every schema shipped under `stancetrack/schemas/`, keyed by file name (without `.schema.json`). */
export function buildSchemas(): Record<string, unknown> {
  const generator = createGenerator({ path: 'src/index.ts', tsconfig: 'tsconfig.json', skipTypeCheck: true, expose: 'none', topRef: false, jsDoc: 'extended' });
  const schemas: Record<string, unknown> = { lexicon: lexiconJsonSchema() };
  for (const [file, type] of Object.entries(OUTPUT_TYPES)) {
    schemas[file] = { $id: `https://unpkg.com/stancetrack/schemas/${file}.schema.json`, ...generator.createSchema(type) };
  }
  return schemas;
}
