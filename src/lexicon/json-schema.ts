import { toJsonSchema } from '@valibot/to-json-schema';
import { LexiconSchema } from './schema.js';

/** The JSON Schema of a lexicon file, generated from the valibot schema (used by scripts and tests only). */
export function lexiconJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(LexiconSchema, { errorMode: 'ignore' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://unpkg.com/stancetrack/lexicons/schema.json',
    title: 'stancetrack lexicon',
    description: 'A stancetrack lexicon: entries on the engagement/confrontation axis, categories, modifiers and tuning params. See lexicons/README.md.',
  };
}
