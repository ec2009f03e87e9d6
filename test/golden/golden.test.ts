import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { score, type StanceLabel } from '../../src/index.js';
import { knownMisses } from './known-misses.js';

interface GoldenStatement {
  readonly id: string;
  readonly text: string;
  readonly label: StanceLabel;
  readonly tags: readonly string[];
  readonly note: string;
}

const golden = JSON.parse(readFileSync(new URL('./statements.json', import.meta.url), 'utf8')) as GoldenStatement[];
const checked = golden.filter((g) => !knownMisses.has(g.id));

describe('golden statements (test/golden/statements.json)', () => {
  it('has at least 60 annotated statements over every label', () => {
    expect(golden.length).toBeGreaterThanOrEqual(60);
    expect(new Set(golden.map((g) => g.label))).toEqual(new Set(['engagement', 'confrontation', 'mixed', 'neutral']));
  });

  it('every known miss names a statement of the set', () => {
    for (const id of knownMisses.keys()) expect(golden.some((g) => g.id === id)).toBe(true);
  });

  it.each(checked.map((g) => [g.id, g.label, g.text, g] as const))('%s is %s: %s', (_id, label, _text, g) => {
    const result = score(g.text);
    expect(result.label).toBe(label);
    if (label === 'engagement') expect(result.score).toBeGreaterThan(0);
    if (label === 'confrontation') expect(result.score).toBeLessThan(0);
    if (label === 'neutral') expect(Math.abs(result.score)).toBeLessThan(0.15);
  });
});
