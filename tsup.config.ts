import { defineConfig } from 'tsup';

// wink-nlp and its model stay external so users' bundlers dedupe them and load the model once.
// chrono-node, jstat and tinyqueue are devDependencies and so bundled (THIRD-PARTY-NOTICES.md carries their
// licences): chrono tree-shaken to its English parsers imports in ~20 ms instead of ~230 ms for every
// language; jstat, a CommonJS module, costs ~20 ms less inside the bundle than imported through Node's
// CommonJS interop; tinyqueue (dedupe's priority queue) is ESM only, which the CommonJS build could not
// require on Node 20. Whitespace and syntax are minified (names are kept, so stack traces and the class
// names dates.ts reads survive): the lexicon data parses ~10 ms faster on each cold start.
const external = ['wink-nlp', 'wink-eng-lite-web-model'];
const minify = {
  minifyWhitespace: true,
  minifySyntax: true,
  // Node prints the source line of an uncaught error's throw site: keep lines short enough to read.
  esbuildOptions: (options: { lineLimit?: number }) => {
    options.lineLimit = 120;
  },
};
// valibot stays a dependency, since the published types derive from its schemas, but its code is
// bundled too: tree-shaken to the functions the schemas use it imports ~10 ms faster.
const noExternal = ['valibot'];

const library = { entry: { index: 'src/index.ts', node: 'src/node.ts' }, dts: true, target: 'es2022', external, noExternal, ...minify } as const;

export default defineConfig([
  // ESM without shims: tsup's ESM shims import Node's path and url into the chunk every entry shares,
  // which browsers' bundlers cannot resolve; import.meta.url is native there.
  { ...library, format: ['esm'], clean: true },
  // analyzeFiles finds its worker next to itself through import.meta.url, which CJS needs shimmed.
  { ...library, format: ['cjs'], shims: true },
  {
    entry: { cli: 'src/cli/index.ts', worker: 'src/node/worker.ts' },
    format: ['esm'],
    target: 'es2022',
    external,
    noExternal,
    ...minify,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
