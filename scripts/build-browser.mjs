// Bundles examples/browser/app.ts for browsers with esbuild. The browser platform makes any Node
// built-in in the scoring path a build error, so this build doubles as a check that the core is browser-safe.
import { build } from 'esbuild';

await build({
  entryPoints: ['examples/browser/app.ts'],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  outfile: 'examples/browser/dist/app.js',
  minify: true,
  logLevel: 'warning',
});
