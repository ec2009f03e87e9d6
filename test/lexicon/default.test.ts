import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultLexicon, validateLexicon } from '../../src/index.js';
import { lexiconJsonSchema } from '../../src/lexicon/json-schema.js';

describe('the default lexicon (lexicons/diplomacy.en.json)', () => {
  // src/lexicon/default.ts freezes the file without validating it at import; this is its validation.
  it('is valid, and validating it returns the lexicon unchanged', () => {
    const raw: unknown = JSON.parse(readFileSync(new URL('../../lexicons/diplomacy.en.json', import.meta.url), 'utf8'));
    const validation = validateLexicon(raw);
    expect(validation.issues).toEqual([]);
    expect(validation.ok && validation.lexicon).toEqual(defaultLexicon);
    expect(Object.isFrozen(defaultLexicon.entries[0])).toBe(true);
  });

  it('has at least 400 entries over both poles and at least 12 categories in use', () => {
    const all = [...defaultLexicon.entries, ...defaultLexicon.idioms];
    const used = new Set(all.map((e) => e.category));
    expect(all.length).toBeGreaterThanOrEqual(400);
    expect(used.size).toBeGreaterThanOrEqual(12);
    expect(all.filter((e) => e.pole === 'engagement').length).toBeGreaterThanOrEqual(150);
    expect(all.filter((e) => e.pole === 'confrontation').length).toBeGreaterThanOrEqual(150);
  });

  it('uses every category it defines, and maps each CAMEO root it names to its Goldstein value', () => {
    const used = new Set([...defaultLexicon.entries, ...defaultLexicon.idioms, ...defaultLexicon.modifiers.refusals].map((e) => e.category));
    expect(Object.keys(defaultLexicon.categories).filter((c) => !used.has(c))).toEqual([]);
    for (const category of Object.values(defaultLexicon.categories)) {
      if (category.cameo !== undefined) expect(category.goldstein).toBeTypeOf('number');
    }
  });

  it('names in the rules\' params only terms that an entry or idiom has (the rules compare them with the terms of hits)', () => {
    const known = new Set([...defaultLexicon.entries, ...defaultLexicon.idioms].map((e) => e.term));
    const { contraband, reproaches, credits, ironies, accusations, retaliations, threats, encounters } = defaultLexicon.params;
    const named = [contraband, reproaches, credits, ironies, accusations, retaliations, threats, encounters].flatMap((group) => group?.terms ?? []);
    expect(named.length).toBeGreaterThan(50);
    expect(named.filter((term) => !known.has(term))).toEqual([]);
  });

  it('notes where every tuning parameter comes from', () => {
    for (const group of Object.values(defaultLexicon.params)) expect(group.note.length).toBeGreaterThan(20);
  });

  it('declares its JSON Schema, and lexicons/schema.json is generated from the valibot schema (run npm run schema)', () => {
    const file = JSON.parse(readFileSync(new URL('../../lexicons/schema.json', import.meta.url), 'utf8'));
    expect(file).toEqual(lexiconJsonSchema());
    expect(defaultLexicon.$schema).toBe('./schema.json');
  });
});
