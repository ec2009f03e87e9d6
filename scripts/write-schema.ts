/**
 * Writes lexicons/schema.json from the valibot schema in src/lexicon/schema.ts, so the JSON Schema that
 * editors use and the TypeScript types come from one definition. test/lexicon/schema.test.ts fails when
 * the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { lexiconJsonSchema } from '../src/lexicon/json-schema.js';

writeFileSync(new URL('../lexicons/schema.json', import.meta.url), `${JSON.stringify(lexiconJsonSchema(), null, 2)}\n`);
