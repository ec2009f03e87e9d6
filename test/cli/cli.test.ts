import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, root, runCli } from '../cli-run.js';

const fixture = (name: string) => join(root, 'test/fixtures/cli', name);
const tmp = mkdtempSync(join(tmpdir(), 'stancetrack-cli-'));
// Every run writes 10–30 MB of outputs here; left behind, a day of test runs fills the temporary directory.
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const run = (args: string[], input?: string) => runCli(args, { input });

// The suite runs the built CLI (npm test builds first), as users run it.
describe.runIf(existsSync(cli))('stancetrack CLI', () => {
  const statements = join(tmp, 'statements.jsonl');
  beforeAll(() => {
    run(['analyze', fixture('dated.md'), fixture('docs.jsonl'), '--actors', fixture('actors.json'), '--out', statements]);
  });

  describe('score', () => {
    it('scores arguments, marking hits without colour when not on a terminal', () => {
      const r = run(['score', "Pyongyang rejected Seoul's proposals.", 'The ferry left at noon.']);
      expect([r.code, r.stdout]).toEqual([0, "confrontation -0.57  Pyongyang rejected Seoul's [-proposals].\nneutral +0.00  The ferry left at noon.\n"]);
    });

    it('reads one text per line from stdin and writes JSONL', () => {
      const r = run(['score', '--format', 'jsonl'], 'We welcome the talks.\n\nThey attacked the convoy.\n');
      const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
      expect(rows.map((row) => [row.text, row.label])).toEqual([['We welcome the talks.', 'engagement'], ['They attacked the convoy.', 'confrontation']]);
    });

    it('empty stdin gives no output and exit 0', () => {
      expect(run(['score'], '')).toMatchObject({ code: 0, stdout: '' });
    });
  });

  describe('analyze', () => {
    it('--author names the issuer of text files without one in their front matter; an unknown id is a usage error', () => {
      const speech = join(tmp, 'speech.txt');
      writeFileSync(speech, 'We will keep the door to dialogue open, and we call on Pyongyang to answer our offer.\n');
      const r = run(['analyze', speech, '--published-at', '2025-09-03', '--author', 'south-korea', '--actors', 'examples/actors.json', '--quiet']);
      const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
      expect(rows.map((row) => [row.actor, row.attribution.method, row.target])).toEqual([['south-korea', 'author', 'north-korea']]);
      const bad = run(['analyze', speech, '--published-at', '2025-09-03', '--author', 'seoul', '--actors', 'examples/actors.json']);
      expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('--author seoul: expected the id of an actor in examples/actors.json')]);
    });

    it("gives an official text's sentences to the author its front matter names, on any number of workers", () => {
      const statement = join(root, 'examples/corpus/2025-09-03-seoul-ministry-statement.md');
      const outputs = ['1', '2'].map((workers) => run(['analyze', statement, '--actors', 'examples/actors.json', '--workers', workers, '--quiet']));
      expect(outputs[1]?.stdout).toBe(outputs[0]?.stdout);
      const rows = (outputs[0]?.stdout ?? '').trim().split('\n').map((l) => JSON.parse(l));
      const own = rows.filter((row) => row.attribution.method === 'author');
      expect(own.length).toBeGreaterThanOrEqual(4);
      expect(new Set(own.map((row) => `${row.actor} ${row.time.date}`))).toEqual(new Set(['south-korea 2025-09-02']));
      expect(own.find((row) => row.text.startsWith('We call on the North'))?.stance.label).toBe('engagement');
    });

    it('writes scored statements, reports bad records with file:line and skips them', () => {
      const r = run(['analyze', fixture('dated.md'), fixture('docs.jsonl'), '--actors', fixture('actors.json'), '--out', join(tmp, 'a.jsonl')]);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain(`${fixture('docs.jsonl')}:2: expected a JSON value`);
      expect(r.stderr).toContain(`${fixture('docs.jsonl')}:4: expected an object { id?, text, publishedAt, source?, author? }`);
      expect(r.stderr).toMatch(/read 5 documents, analysed 3, rejected 2 \(see the messages above\); wrote 7 statements to .*a\.jsonl/);
      const rows = readFileSync(join(tmp, 'a.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
      expect(rows.map((s) => [s.actor, s.kind, s.time.date, s.stance.label])).toEqual([
        ['lee-jae-myung', 'reported', '2025-08-18', 'engagement'],
        ['lee-jae-myung', 'quote', '2025-08-18', 'engagement'],
        ['north-korea', 'reported', '2025-08-18', 'confrontation'],
        ['north-korea', 'reported', '2025-08-18', 'confrontation'],
        ['north-korea', 'reported', '2025-09-02', 'confrontation'],
        ['north-korea', 'reported', '2025-09-02', 'confrontation'],
        ['lee-jae-myung', 'quote', '2025-09-03', 'engagement'],
      ]);
    });

    it('under --strict stops at the first bad record with exit 1 and leaves no output file', () => {
      const out = join(tmp, 'strict.jsonl');
      const r = run(['--strict', 'analyze', fixture('docs.jsonl'), '--actors', fixture('actors.json'), '--out', out]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`${fixture('docs.jsonl')}:2: expected a JSON value`);
      expect(existsSync(out)).toBe(false);
    });

    it('names a text file that has no publication date, and takes --published-at', () => {
      const missing = run(['analyze', fixture('undated.txt'), '--actors', fixture('actors.json')]);
      expect(missing.stderr).toContain(`${fixture('undated.txt')}: no publication date: add a front-matter "date: YYYY-MM-DD" or pass --published-at YYYY-MM-DD`);
      const given = run(['analyze', fixture('undated.txt'), '--actors', fixture('actors.json'), '--published-at', '2025-10-01']);
      expect(JSON.parse(given.stdout.trim()).time.date).toBe('2025-10-01');
    });

    it('reports a text file with invalid front matter by name and skips it, with 1 or 2 workers, leaving no partial file', () => {
      const dir = mkdtempSync(join(tmp, 'front-matter-'));
      const bad = join(dir, 'bad.md');
      writeFileSync(bad, '---\ndate: [oops\n---\nLee offered talks to Pyongyang.\n');
      for (const workers of ['1', '2']) {
        const out = join(dir, `out-${workers}.jsonl`);
        const r = run(['analyze', bad, fixture('dated.md'), '--actors', fixture('actors.json'), '--workers', workers, '--chunk-bytes', '1', '--out', out]);
        expect(r.code).toBe(0);
        expect(r.stderr).toContain(`${bad}: front matter is not valid: unexpected end of the stream within a flow collection at line 3, column 1\n`);
        expect(r.stderr).toContain('read 2 documents, analysed 1, rejected 1');
        expect(readFileSync(out, 'utf8')).toContain('"documentId":');
      }
      expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
    });

    it('a --published-at that is not a calendar date is a usage error (exit 2)', () => {
      expect(run(['analyze', fixture('undated.txt'), '--actors', fixture('actors.json'), '--published-at', 'July'])).toMatchObject({
        code: 2,
        stdout: '',
        stderr: '--published-at July: expected a calendar date YYYY-MM-DD\n',
      });
    });

    it('a missing actors file is a usage error (exit 2) naming the file', () => {
      expect(run(['analyze', fixture('dated.md'), '--actors', 'nope.json'])).toMatchObject({ code: 2, stderr: '--actors nope.json: file not found\n' });
    });

    it('an invalid actors file is an input error (exit 1) naming the file and path', () => {
      const bad = join(tmp, 'bad-actors.json');
      writeFileSync(bad, JSON.stringify([{ id: 'x', name: 'X', kind: 'planet' }]));
      const r = run(['analyze', fixture('dated.md'), '--actors', bad]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`${bad}: actors are invalid (1 problem):\n  [0].kind:`);
    });

    it('an empty input gives an empty output and a zero summary', () => {
      const empty = join(tmp, 'empty.jsonl');
      writeFileSync(empty, '');
      expect(run(['analyze', empty, '--actors', fixture('actors.json')])).toMatchObject({ code: 0, stdout: '', stderr: 'read 0 documents, analysed 0, rejected 0; wrote 0 statements\n' });
    });
  });

  it('gives the same bytes and the same file:line messages with 1 or 3 workers over many pieces', () => {
    const corpus = join(tmp, 'many.jsonl');
    const lines = Array.from({ length: 60 }, (_, i) =>
      i % 17 === 5 ? '{ not json' : JSON.stringify({ id: `n${i}`, text: i % 2 ? `Lee offered talks to Pyongyang on day ${i}.` : `Pyongyang rejected proposal ${i} and warned Seoul.`, publishedAt: '2025-09-01' }),
    );
    writeFileSync(corpus, `${lines.join('\n')}\n`);
    const outputs = [1, 3].map((workers) => {
      const out = join(tmp, `many-${workers}.jsonl`);
      const r = run(['analyze', corpus, '--actors', fixture('actors.json'), '--workers', String(workers), '--chunk-bytes', '700', '--out', out]);
      return { code: r.code, stderr: r.stderr.replace(out, 'OUT'), bytes: readFileSync(out, 'utf8') };
    });
    expect(outputs[0]?.code).toBe(0);
    expect(outputs[1]?.bytes).toBe(outputs[0]?.bytes);
    expect(outputs[1]?.stderr).toBe(outputs[0]?.stderr);
    expect(outputs[0]?.stderr).toContain(`${corpus}:6: expected a JSON value`);
    expect(outputs[0]?.stderr).toContain(`${corpus}:57: expected a JSON value`);
    expect(outputs[0]?.stderr).toContain('read 60 documents, analysed 56, rejected 4');
  });

  it('an interrupted analyze (SIGINT) leaves no output file, not even a partial one, and no temporary parts', async () => {
    const big = join(tmp, 'big.jsonl');
    const line = JSON.stringify({ text: 'Lee offered talks to Pyongyang. "We will keep the door to dialogue open," Lee said. Pyongyang rejected the offer and warned of retaliation. '.repeat(20), publishedAt: '2025-09-01' });
    writeFileSync(big, `${`${line}\n`.repeat(4000)}`);
    const out = join(tmp, 'interrupted.jsonl');
    // The child's own temporary directory, to see that the run's parts are gone too.
    const childTmp = mkdtempSync(join(tmp, 'child-tmp-'));
    const child = spawn(process.execPath, [cli, 'analyze', big, '--actors', fixture('actors.json'), '--out', out], { cwd: root, env: { ...process.env, TMPDIR: childTmp } });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    child.kill('SIGINT');
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(stderr).toContain(`interrupted: ${out} was not written`);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(tmp).filter((f) => f.includes('interrupted'))).toEqual([]);
    expect(readdirSync(childTmp)).toEqual([]);
  });

  describe('stops quietly with exit 0 when the reader closes stdout early (| head)', () => {
    /** Runs the CLI with stdout in a pipe that is closed after the first chunk. */
    async function closedEarly(args: string[], env: NodeJS.ProcessEnv = {}) {
      const child = spawn(process.execPath, [cli, ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1', ...env } });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise((resolve) => child.on('close', resolve));
      return { code, stderr };
    }

    it('analyze, removing its temporary parts', async () => {
      const big = join(tmp, 'pipe.jsonl');
      const line = JSON.stringify({ text: 'Lee offered talks to Pyongyang. "We will keep the door to dialogue open," Lee said. Pyongyang rejected the offer. '.repeat(20), publishedAt: '2025-09-01' });
      writeFileSync(big, `${line}\n`.repeat(1500));
      for (const workers of ['1', '2']) {
        const childTmp = mkdtempSync(join(tmp, 'pipe-tmp-'));
        expect(await closedEarly(['analyze', big, '--actors', fixture('actors.json'), '-q', '--workers', workers, '--chunk-bytes', '100000'], { TMPDIR: childTmp })).toEqual({ code: 0, stderr: '' });
        expect(readdirSync(childTmp)).toEqual([]);
      }
    });

    it('track --format json', async () => {
      // 3,000 days of statements: the daily series as JSON is a few MB, more than a pipe holds.
      const [first] = readFileSync(statements, 'utf8').split('\n');
      const statement = JSON.parse(first as string);
      const days = join(tmp, 'days.jsonl');
      const day = (i: number) => new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      writeFileSync(days, Array.from({ length: 3000 }, (_, i) => `${JSON.stringify({ ...statement, id: `s${i}`, text: `${statement.text} ${i}`, time: { ...statement.time, date: day(i) } })}\n`).join(''));
      expect(await closedEarly(['track', days, '--interval', 'day', '--format', 'json', '-q'])).toEqual({ code: 0, stderr: '' });
    });
  });

  describe('track', () => {
    it('prints the actor table, the series and the shifts', () => {
      const r = run(['track', statements, '--interval', 'month']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^actor +n +mean/);
      expect(r.stdout).toMatch(/lee-jae-myung +3 +\+0\.\d\d/);
      expect(r.stdout).toMatch(/north-korea +4 +-0\.\d\d/);
      expect(r.stdout).toContain('no shifts detected');
    });

    it('writes CSV with the documented columns for one actor', () => {
      const r = run(['track', statements, '--actor', 'north-korea', '--format', 'csv']);
      const [header, ...rows] = r.stdout.trim().split('\n');
      expect(header).toBe('actor,target,interval,start,end,n,mean,sd,ci_low,ci_high,engagement_share,confrontation_share,mixed_share,neutral_share,ewma,sparse');
      expect(rows.map((row) => row.split(',').slice(0, 4).join(','))).toEqual(['north-korea,NA,month,2025-08-01', 'north-korea,NA,month,2025-09-01']);
    });

    it('selects the same actor in every format: JSON lists only its summary', () => {
      const r = run(['track', statements, '--actor', 'north-korea', '--format', 'json']);
      const out = JSON.parse(r.stdout) as { actors: { actor: string }[]; series: { actor: string }[] };
      expect(out.actors.map((a) => a.actor)).toEqual(['north-korea']);
      expect(new Set(out.series.map((s) => s.actor))).toEqual(new Set(['north-korea']));
    });

    it('reports a malformed statement line with its number and skips it; --strict fails', () => {
      const file = join(tmp, 'mixed.jsonl');
      writeFileSync(file, `${readFileSync(statements, 'utf8')}{"actor":"x"}\n`);
      const lines = readFileSync(file, 'utf8').trim().split('\n').length;
      const r = run(['track', file, '--format', 'json']);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain(`${file}:${lines}: `);
      expect(run(['--strict', 'track', file]).code).toBe(1);
    });

    it('rejects an unknown interval as a usage error', () => {
      expect(run(['track', statements, '--interval', 'fortnight']).code).toBe(2);
    });

    it('names a directory given instead of a statements file, as a usage error', () => {
      expect(run(['track', tmp])).toMatchObject({ code: 2, stderr: expect.stringContaining(`${tmp}: is a directory; expected a JSONL file of statements`) });
    });
  });

  describe('report', () => {
    it('writes one self-contained HTML page with a chart per actor and the statements', () => {
      const out = join(tmp, 'report.html');
      const r = run(['report', statements, '--out', out, '--title', 'Test report']);
      expect(r.code).toBe(0);
      const html = readFileSync(out, 'utf8');
      expect(html).toContain('<title>Test report</title>');
      expect((html.match(/<svg /g) ?? []).length).toBeGreaterThanOrEqual(2);
      expect(html).toContain('<mark class="con"');
      expect(html).not.toMatch(/<script|<link|https?:\/\/(?!unpkg)/);
    });
  });

  describe('lexicon', () => {
    it('validate accepts the default lexicon and lists every problem of a bad one with exit 1', () => {
      expect(run(['lexicon', 'validate', join(root, 'lexicons/diplomacy.en.json')])).toMatchObject({ code: 0 });
      const bad = join(tmp, 'bad.json');
      writeFileSync(bad, JSON.stringify({ id: 'Bad', entries: [] }));
      const r = run(['lexicon', 'validate', bad]);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(`${bad}: `);
      expect(r.stdout).toContain('  id: expected a lower-case id');
    });

    it('validate checks an overlay as an overlay merged onto the default lexicon: the one of lexicons/README.md is valid', () => {
      const readme = readFileSync(join(root, 'lexicons/README.md'), 'utf8');
      const overlay = join(tmp, 'my-overlay.json');
      writeFileSync(overlay, /## Overlays[^]*?```json\n([^]*?)```/.exec(readme)?.[1] ?? '');
      expect(run(['lexicon', 'validate', overlay])).toMatchObject({ code: 0, stdout: `${overlay}: valid overlay of diplomacy.en (2 entries, 0 idioms, 1 removed)\n` });
      const bad = join(tmp, 'bad-overlay.json');
      writeFileSync(bad, JSON.stringify({ id: 'x', entries: [{ term: 'dialogue', weight: 2 }, { term: 'tariff', category: 'nope' }] }));
      expect(run(['lexicon', 'validate', bad])).toMatchObject({
        code: 1,
        stdout: `${bad}: 1 problem\n  entries[1].category: term "tariff": expected a key of "categories", found "nope"; add the category or fix the name\n`,
      });
    });

    it('--lexicon names the file and the place in it of a problem', () => {
      const bad = join(tmp, 'bad2.json');
      writeFileSync(bad, JSON.stringify({ id: 'x', entries: [{ term: 'tariff', pole: 'confrontation', weight: 2, category: 'nope' }] }));
      expect(run(['--lexicon', bad, 'score', 'They raised the tariff.'])).toMatchObject({
        code: 1,
        stderr: `stancetrack: ${bad} is invalid (1 problem):\n  entries[0].category: term "tariff": expected a key of "categories", found "nope"; add the category or fix the name\n`,
      });
    });

    it('show lists a category', () => {
      const r = run(['lexicon', 'show', '--category', 'aid']);
      expect(r.stdout).toMatch(/^diplomacy\.en@\d+\.\d+\.\d+: \d+ entries\n/);
      expect(r.stdout).toMatch(/humanitarian aid +engagement/);
      expect(run(['lexicon', 'show', '--category', 'nope']).code).toBe(2);
    });

    it('explain prints the hits and rules', () => {
      expect(run(['lexicon', 'explain', 'We will not seek annexation.']).stdout).toContain('negation:not');
    });

    it('applies an overlay given with --lexicon', () => {
      const overlay = join(tmp, 'overlay.json');
      writeFileSync(overlay, JSON.stringify({ id: 'ferries', entries: [{ term: 'ferry', pole: 'engagement', weight: 2, category: 'material-cooperation' }] }));
      expect(run(['--lexicon', overlay, 'score', 'The ferry left at noon.']).stdout).toMatch(/^engagement/);
    });
  });

  it('every command has --help with examples', () => {
    for (const command of [['score'], ['analyze'], ['track'], ['report'], ['lexicon', 'validate'], ['lexicon', 'show'], ['lexicon', 'explain']]) {
      const r = run([...command, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Example');
    }
  });
});

describe.runIf(existsSync(cli))('stancetrack eval and lexicon calibrate', () => {
  const labelled = join(tmp, 'labelled.jsonl');
  writeFileSync(
    labelled,
    [
      { id: 'x1', text: 'Seoul offered talks and humanitarian aid.', label: 'engagement', score: 0.6 },
      { id: 'x2', text: 'Pyongyang rejected the proposals and threatened retaliation.', label: 'confrontation', score: -0.8 },
      { id: 'x3', text: 'The ferry left at noon.', label: 'neutral', score: 0 },
      { id: 'x4', text: 'They signed a ceasefire.', label: 'engagement', score: 0.7 },
    ]
      .map((item) => JSON.stringify(item))
      .join('\n'),
  );

  it('eval prints accuracy, macro-F1 and the confusion matrix', () => {
    const r = run(['eval', labelled]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('accuracy 100.0%  macro-F1 1.000');
    expect(r.stdout).toContain('confusion (rows gold, columns predicted):');
  });

  it('eval names the file and line of a bad item (exit 1)', () => {
    const bad = join(tmp, 'bad-labelled.jsonl');
    writeFileSync(bad, `${JSON.stringify({ id: 'a', text: 'x', label: 'engagement' })}\n${JSON.stringify({ id: 'b', text: 'y', label: 'happy' })}\n`);
    const r = run(['eval', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${bad}:2: label: expected one of engagement, confrontation, mixed, neutral, found "happy"`);
    // The file is checked as evaluate() checks its items, so a bad optional field is found with its line too.
    writeFileSync(bad, `${JSON.stringify({ id: 'a', text: 'x', label: 'engagement', hard: 'negation' })}\n`);
    expect(run(['eval', bad]).stderr).toContain(`${bad}:1: hard: expected an array of strings or nothing, found "negation"`);
  });

  it('lexicon calibrate writes an overlay that --lexicon accepts, and refuses the test split', () => {
    const overlay = join(tmp, 'calibrated.json');
    const r = run(['lexicon', 'calibrate', labelled, '--folds', '2', '--out', overlay]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/pooled +\d\.\d{3} +\d\.\d{3}/);
    expect(run(['--lexicon', overlay, 'eval', labelled]).code).toBe(0);
    expect(run(['lexicon', 'calibrate', join(root, 'eval/test.jsonl')]).code).toBe(2);
  });
});
