/**
 * Writes lexicons/schema.json (from the valibot schema in src/lexicon/schema.ts) and schemas/*.schema.json
 * (from the TypeScript result types), so the JSON Schemas and the types come from one definition.
 * test/lexicon/default.test.ts and test/schemas.test.ts fail when a file is stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { lexiconJsonSchema } from '../src/lexicon/json-schema.js';
import { buildSchemas } from './schemas.js';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
writeFileSync(new URL('../lexicons/schema.json', import.meta.url), json(lexiconJsonSchema()));
mkdirSync(new URL('../schemas/', import.meta.url), { recursive: true });
for (const [name, schema] of Object.entries(buildSchemas())) writeFileSync(new URL(`../schemas/${name}.schema.json`, import.meta.url), json(schema));
