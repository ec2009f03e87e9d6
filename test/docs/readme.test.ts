import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, root, runCli } from '../cli-run.js';
import { analyze, createTracker, dedupe, defineActors, explain, score, type ScoredStatement } from '../../src/index.js';

// The outputs README.md shows are what users get when they run its examples: each is run here and
// compared, so a change to the lexicon or the rules that moves them fails until the README follows.

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'stancetrack-readme-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The body of the first fenced block after `marker` in the README, without the indentation of its fence. */
function blockAfter(marker: string): string {
  const at = readme.indexOf(marker);
  if (at === -1) throw new Error(`README.md: expected the text "${marker}", found none`);
  const open = readme.indexOf('```', at);
  const indent = open - readme.lastIndexOf('\n', open) - 1;
  const start = readme.indexOf('\n', open) + 1;
  return readme.slice(start, readme.indexOf('```', start)).split('\n').map((line) => line.slice(indent)).join('\n');
}

/** Runs the built CLI in `cwd`; `examples/` in an argument is the project's. */
function stancetrack(args: string[], cwd: string) {
  return runCli(args.map((arg) => (arg.startsWith('examples/') ? join(root, arg) : arg)), { cwd });
}

/** A shell line's arguments: double-quoted ones kept whole, a `#` comment dropped. */
function argumentsOf(line: string): string[] {
  const args: string[] = [];
  for (const [, quoted, bare] of line.replace(/\s+#.*$/, '').matchAll(/"([^"]*)"|(\S+)/g)) args.push(quoted ?? (bare as string));
  return args;
}

/** What a snippet prints with `console.log`, run with the library's functions in scope. */
function printed(code: string): string[] {
  const lines: string[] = [];
  const log = (...values: unknown[]) => lines.push(values.map(String).join(' '));
  new Function('analyze', 'defineActors', 'console', code.replace(/^import .*$/m, ''))(analyze, defineActors, { log });
  return lines;
}

/** The `// ` comment lines that end a snippet: what it prints. */
function expectedOutput(code: string): string[] {
  const lines = code.trimEnd().split('\n');
  const first = lines.length - [...lines].reverse().findIndex((line) => !line.startsWith('// '));
  return lines.slice(first).map((line) => line.slice(3));
}

describe.runIf(existsSync(cli))("README's command-line outputs", () => {
  // The demo's statements, as `npm run demo` writes them.
  const demo = join(tmp, 'demo.jsonl');
  let analysed: ReturnType<typeof stancetrack>;
  beforeAll(() => {
    analysed = stancetrack(['analyze', 'examples/corpus', '--actors', 'examples/actors.json', '--out', demo], tmp);
  });

  it('Quick start: npm run demo extracts the statements it says and prints its table', () => {
    const count = /`npm run demo` extracts (\d+) statements/.exec(readme)?.[1];
    expect([analysed.code, analysed.stderr]).toEqual([0, expect.stringContaining(`wrote ${count} statements`)]);
    const tracked = stancetrack(['track', demo, '--interval', 'month', '--summary'], tmp);
    expect(tracked.stdout).toBe(blockAfter('month and prints:'));
  });

  it('examples/library.mjs, the same job through the library, runs and finds the counts and means of the Quick start table', () => {
    const result = spawnSync(process.execPath, [join(root, 'examples/library.mjs')], { cwd: root, encoding: 'utf8' });
    expect([result.status, result.stderr]).toEqual([0, '']);
    const perActor = [...result.stdout.matchAll(/^(\S+) +n= *(\d+) +mean (\S+)$/gm)].map(([, actor, n, mean]) => [actor, n, Number(mean).toFixed(2)]);
    const table = [...blockAfter('month and prints:').matchAll(/^([a-z][\w-]*) +(\d+) +([+-]\d\.\d\d) /gm)].map(([, actor, n, mean]) => [actor, n, Number(mean).toFixed(2)]);
    expect(table.length).toBeGreaterThan(5);
    expect(perActor).toEqual(table);
  });

  it("Tracking: kim-yo-jong's months in the demo corpus, as its comments give them rounded", () => {
    const tracker = createTracker({ interval: 'month', minN: 2 });
    tracker.addMany(dedupe(readFileSync(demo, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as ScoredStatement)));
    const round = (x: number | null) => (x === null ? 'null' : x.toFixed(2));
    const points = tracker.series({ actor: 'kim-yo-jong' })[0]?.points ?? [];
    const actual = points.map((p) => [p.start, String(p.n), round(p.mean), p.ci === null ? 'null' : `[${p.ci.map(round).join(', ')}]`, round(p.ewma), String(p.sparse)]);
    const code = blockAfter('## Tracking an actor over time');
    const shown = [...code.matchAll(/^\/\/ (\d{4}-\d{2}-\d{2}) +(\d+) +(\S+) +(\[[^\]]*\]|null) +(\S+) +(true|false)/gm)].map((m) => m.slice(1));
    expect(shown).toHaveLength(4);
    expect(actual).toEqual(shown);
  });

  it('Command line: every command shown with output prints that output', () => {
    const session = blockAfter('Output from a run on the demo corpus:');
    const runs = session.split(/^\$ /m).slice(1);
    const shown = runs.filter((run) => run.split('\n').slice(1).join('\n').trim() !== '');
    expect(shown.length).toBeGreaterThanOrEqual(4);
    // In order: `track` reads what `analyze` wrote.
    for (const run of shown) {
      const [command = '', ...output] = run.split('\n');
      const expected = output.join('\n').replace(/\n+$/, '\n');
      const result = stancetrack(argumentsOf(command).slice(1), tmp);
      // A command that writes a file (`--out`) prints only its summary, on stderr.
      expect({ command, output: result.stdout === '' ? result.stderr : result.stdout }).toEqual({ command, output: expected });
    }
  });
});

describe("README's library examples", () => {
  it('Quick start: the labels, score, hits and explanation in its comments', () => {
    const code = blockAfter('does the same job through the');
    const r = score("North Korea rejected Seoul's proposals and warned of a merciless response.");
    expect(code).toContain(`r.label;            // '${r.label}'`);
    expect(code).toContain(`r.score;            // ${r.score.toFixed(2)}`);
    const hits = r.hits.map((h) => `['${h.text}', ${Number(h.contribution.toFixed(2))}]`).join(', ');
    expect(code).toContain(`// [${hits}]`);
    const labelled = [...code.matchAll(/^score\('(.+)'\)\.label;\s+\/\/ '(\w+)'$/gm)];
    expect(labelled).toHaveLength(3);
    for (const [, text, label] of labelled) expect([text, score(text as string).label]).toEqual([text, label]);
    const explained = code.slice(code.indexOf("console.log(explain(score('We want peace, but we will retaliate.')));"));
    expect(explain(score('We want peace, but we will retaliate.')).split('\n')).toEqual(expectedOutput(explained));
  });

  it('Statements: the two analyze snippets print what their comments say', () => {
    const statements = blockAfter('## Statements: who said it, to whom, and when');
    expect(printed(statements)).toEqual(expectedOutput(statements));
    const official = blockAfter('what another registry actor did stays that actor\'s.');
    expect(printed(statements.replace(/^const text[\s\S]*$/m, '') + official)).toEqual(expectedOutput(official));
  });
});
