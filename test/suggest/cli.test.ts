import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, root, runCli } from '../cli-run.js';

const tmp = mkdtempSync(join(tmpdir(), 'stancetrack-suggest-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const run = (args: string[]) => runCli(args);

const lines = (file: string) => readFileSync(join(root, file), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; label: string });

// The suite runs the built CLI (npm test builds first), as users run it.
describe.runIf(existsSync(cli))('stancetrack lexicon suggest', () => {
  it('--coverage --json: synonyms with evidence, log-odds terms with counts, coverage figures and an overlay', () => {
    const r = run(['lexicon', 'suggest', 'eval/dev.jsonl', '--coverage', '--json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const out = JSON.parse(r.stdout);
    const dev = lines('eval/dev.jsonl');
    expect(out.lexicon).toMatch(/^diplomacy\.en@\d+\.\d+\.\d+/);
    expect(out.statements).toBe(dev.length);

    expect(out.synonyms.length).toBeGreaterThan(100);
    for (const s of out.synonyms) {
      expect(Object.keys(s).sort()).toEqual(['category', 'evidence', 'pole', 'pos', 'sense', 'source', 'term', 'weight']);
      expect(['noun', 'verb', 'adjective', 'adverb']).toContain(s.pos);
      expect(Number.isInteger(s.evidence) && s.evidence >= 0 && s.evidence <= dev.length).toBe(true);
    }
    const evidence = out.synonyms.map((s: { evidence: number }) => s.evidence);
    expect(evidence).toEqual([...evidence].sort((a, b) => b - a));

    const sep = out.separating;
    expect([sep.engagement, sep.confrontation]).toEqual([dev.filter((d) => d.label === 'engagement').length, dev.filter((d) => d.label === 'confrontation').length]);
    expect(sep.terms.length).toBeGreaterThan(0);
    for (const t of sep.terms) {
      expect(Math.abs(t.z)).toBeGreaterThanOrEqual(1);
      expect(t.pole).toBe(t.z > 0 ? 'engagement' : 'confrontation');
      expect(t.counts.engagement + t.counts.confrontation).toBeGreaterThanOrEqual(3);
      // Every example is a statement of the term's pole.
      for (const id of t.examples) expect(dev.find((d) => d.id === id)?.label).toBe(t.pole);
    }

    const c = out.coverage;
    expect(c.statements).toBe(dev.length);
    expect(c.share).toBeCloseTo(c.unmatched / dev.length, 10);
    expect(c.unmatched).toBeGreaterThan(0);
    for (const list of [c.verbs, c.nouns]) {
      expect(list.length).toBeGreaterThan(0);
      expect(list.length).toBeLessThanOrEqual(20);
      const counts = list.map((w: { count: number }) => w.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      expect(counts[0]).toBeLessThanOrEqual(c.unmatched);
    }

    expect(out.overlay.id).toBe('diplomacy.en.suggested');
    expect(out.overlay.entries.length).toBeGreaterThanOrEqual(out.synonyms.length);
  });

  it('prints tables by default and writes an overlay that --lexicon applies', () => {
    const overlay = join(tmp, 'proposed.json');
    const r = run(['lexicon', 'suggest', 'eval/labour-trade.jsonl', '--no-wordnet', '--out', overlay]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^eval\/labour-trade\.jsonl: \d+ statements \(engagement \d+, confrontation \d+, mixed \d+, neutral \d+\); lexicon diplomacy\.en@/);
    expect(r.stdout).toContain('Terms that separate engagement');
    expect(r.stdout).not.toContain('WordNet');
    expect(r.stderr).toMatch(/^wrote .*proposed\.json: \d+ proposed entr(y|ies); review them, then apply with --lexicon /);
    const written = JSON.parse(readFileSync(overlay, 'utf8'));
    const first = written.entries[0];
    expect(first.category).toMatch(/^suggested-(engagement|confrontation)$/);
    expect(run(['lexicon', 'validate', overlay])).toMatchObject({ code: 0, stdout: `${overlay}: valid overlay of diplomacy.en (${written.entries.length} entries, 0 idioms, 0 removed)\n` });
    const explained = run(['--lexicon', overlay, 'lexicon', 'explain', `They said ${first.term}.`]);
    expect(explained.stdout).toContain(`"${first.term}" [10–${10 + first.term.length}] (${first.category}, ${first.pole}`);
  });

  it('skips log-odds on documents without labels, with a message', () => {
    const docs = join(tmp, 'docs.jsonl');
    writeFileSync(docs, `${JSON.stringify({ text: 'The ferry left at noon.', publishedAt: '2025-01-01' })}\n${JSON.stringify({ id: 'b', text: 'They attacked the ferry.' })}\n`);
    const r = run(['lexicon', 'suggest', docs, '--no-wordnet', '--coverage']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Separating terms: skipped (log-odds needs statements labelled engagement and confrontation; the corpus has 0 engagement and 0 confrontation)');
    expect(r.stdout).toContain('Coverage: 1 of 2 statements (50.0%) have no lexicon hit.');
    expect(r.stdout).toContain('unlabelled 2');
  });

  it('usage errors exit 2', () => {
    expect(run(['lexicon', 'suggest', '--coverage'])).toMatchObject({ code: 2, stderr: '--coverage: coverage is measured on a corpus; give a CORPUS file\n' });
    expect(run(['lexicon', 'suggest', 'nope.jsonl'])).toMatchObject({ code: 2, stderr: 'nope.jsonl: file not found\n' });
    expect(run(['lexicon', 'suggest', 'eval/dev.jsonl', '--min-count', '0'])).toMatchObject({ code: 2, stderr: '--min-count 0: expected an integer ≥ 1\n' });
    expect(run(['lexicon', 'suggest', '--category', 'nope']).code).toBe(2);
  });
});
