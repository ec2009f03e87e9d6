import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../lexicons/', import.meta.url);
const read = (file: string): unknown => JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
const record = read('versions.json') as { files: Record<string, Record<string, string>> };
/** The lexicon data files: every JSON file of lexicons/ but the schema, the generated tokens and this record. */
const lexiconFiles = readdirSync(dir).filter((f) => f.endsWith('.json') && !['schema.json', 'versions.json'].includes(f) && !f.endsWith('.tokens.json'));

function contentHash(file: string): string {
  return createHash('sha256').update(JSON.stringify(read(file))).digest('hex');
}

// Results carry the lexicon's id and version so that a score can be traced to the data that made it; a
// version that stays while the content changes would trace two lexicons to one name.
describe('lexicon versions (lexicons/versions.json)', () => {
  it('records every lexicon data file', () => {
    expect(Object.keys(record.files).sort()).toEqual(lexiconFiles.sort());
  });

  it.each(lexiconFiles)('%s has the content recorded for its version (after editing it, bump its version and record the new hash)', (file) => {
    const { version } = read(file) as { version: string };
    const hash = contentHash(file);
    expect(record.files[file], `lexicons/versions.json has no entry for ${file}`).toBeDefined();
    expect(
      record.files[file]?.[version],
      `lexicons/${file} (version ${version}) has content hash ${hash}: bump its "version" and add "<new version>": "<its hash>" under files["${file}"] in lexicons/versions.json`,
    ).toBe(hash);
  });

  it('gives each recorded version of a file its own content', () => {
    for (const versions of Object.values(record.files)) {
      const hashes = Object.values(versions);
      expect(new Set(hashes).size).toBe(hashes.length);
    }
  });
});
