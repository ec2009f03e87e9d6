import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PARSER_CUES, TIME_OF_DAY } from '../src/statements/dates.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' });

// npm test builds before running the suite; these tests load dist/ through the package's own name and
// exports map, so a broken build or exports map fails CI.
describe.runIf(existsSync(new URL('../dist/index.js', import.meta.url)))('the built package', () => {
  it('imports by name from ESM with every documented export', () => {
    const out = run([
      '--input-type=module',
      '-e',
      `import { createScorer, score, defaultLexicon, loadLexicon, validateLexicon, mergeLexicons, explain, StancetrackError } from 'stancetrack';
       const r = score('North Korea rejected the proposals.');
       console.log([typeof createScorer, typeof loadLexicon, typeof validateLexicon, typeof mergeLexicons, typeof explain, typeof StancetrackError, defaultLexicon.id, r.label].join(' '));`,
    ]);
    expect(out.trim()).toBe('function function function function function function diplomacy.en confrontation');
  });

  it('requires by name from CommonJS', () => {
    const out = run(['-e', `const s = require('stancetrack'); console.log(s.score('Seoul offered humanitarian aid.').label, Object.isFrozen(s.defaultLexicon))`]);
    expect(out.trim()).toBe('engagement true');
  });

  // An app can load both builds (its own ESM code, a CommonJS dependency): a registry made by one is
  // accepted by the other.
  it('accepts actors defined by the CommonJS build in the ESM build', () => {
    const out = run([
      '--input-type=module',
      '-e',
      `import { createRequire } from 'node:module';
       import { analyze } from 'stancetrack';
       const actors = createRequire(import.meta.url)('stancetrack').defineActors([{ id: 'south-korea', name: 'South Korea', aliases: ['Seoul'], kind: 'state' }]);
       console.log(analyze({ text: 'Seoul offered talks on Monday.', publishedAt: '2025-06-04' }, { actors }).map((s) => s.actor).join());`,
    ]);
    expect(out.trim()).toBe('south-korea');
  });

  it('accepts a scorer made by the CommonJS build in the ESM build', () => {
    const out = run([
      '--input-type=module',
      '-e',
      `import { createRequire } from 'node:module';
       import { analyze, defineActors } from 'stancetrack';
       const scorer = createRequire(import.meta.url)('stancetrack').createScorer();
       const actors = defineActors([{ id: 'south-korea', name: 'South Korea', aliases: ['Seoul'], kind: 'state' }]);
       console.log(analyze({ text: 'Seoul offered talks on Monday.', publishedAt: '2025-06-04' }, { actors, scorer }).map((s) => s.stance.label).join());`,
    ]);
    expect(out.trim()).toBe('engagement');
  });

  // What a browser app's bundler does with the package: the browser entry must not reach any Node
  // built-in (a shared chunk importing "path" once made every browser build fail).
  it('bundles its browser entry for browsers', async () => {
    const result = await build({
      stdin: { contents: `import { score, analyze, createTracker } from 'stancetrack'; console.log(score, analyze, createTracker);`, resolveDir: root },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    expect(result.outputFiles[0]?.text).toContain('diplomacy.en');
  });

  // Read on first use (dist/ exists by then: this block runs only if it does), once for both tests.
  let code: string | undefined;
  const bundle = () =>
    (code ??= readdirSync(new URL('../dist/', import.meta.url))
      .filter((f) => f.endsWith('.js') || f.endsWith('.cjs'))
      .map((f) => readFileSync(new URL(`../dist/${f}`, import.meta.url), 'utf8'))
      .join('\n'));

  // dist/ bundles chrono-node, minified but for names (tsup.config.ts); dates.ts drops its time-of-day
  // parsers and gives others cues by class name, which only works while the bundler keeps those names.
  it('keeps the class names of the chrono parts that dates.ts drops or gives cues', () => {
    for (const name of [...TIME_OF_DAY, ...PARSER_CUES.keys()]) {
      expect(bundle()).toMatch(new RegExp(`\\b${name} ?= ?class\\b`));
    }
  });

  // Node prints the source line of an uncaught error's throw site; one minified line of the whole bundle
  // would flood the terminal. Only long string literals may exceed the bundler's line limit.
  it('keeps its lines short enough to print', () => {
    const longest = Math.max(...bundle().split('\n').map((line) => line.length));
    expect(longest).toBeLessThan(1000);
  });

  // A type that an exported declaration mentions but no entry exports cannot be named by users
  // (Evaluation.confusion's Confusion once was one). stancetrack/node may use types of the main entry.
  it.each(['index', 'node'])('exports by name every type %s.d.ts declares or imports', (entry) => {
    const read = (name: string) => readFileSync(new URL(`../dist/${name}.d.ts`, import.meta.url), 'utf8');
    const names = (list: string) => list.split(',').map((part) => part.trim().replace(/^type /, '').split(/\s+as\s+/).pop()!);
    const exportsOf = (dts: string) => [...dts.matchAll(/^export \{([^}]*)\}/gm)].flatMap((m) => names(m[1]!));
    const dts = read(entry);
    const declared = [...dts.matchAll(/^(?:declare )?(?:interface|type|class|function|const) ([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]!);
    const imported = [...dts.matchAll(/^import \{([^}]*)\}/gm)].flatMap((m) => names(m[1]!));
    const exported = new Set([...exportsOf(read('index')), ...exportsOf(dts)]);
    expect([...declared, ...imported].filter((name) => !exported.has(name))).toEqual([]);
  });

  it('ships type declarations for both module systems', () => {
    expect(existsSync(new URL('../dist/index.d.ts', import.meta.url))).toBe(true);
    expect(existsSync(new URL('../dist/index.d.cts', import.meta.url))).toBe(true);
  });
});
