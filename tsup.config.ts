import { defineConfig } from 'tsup';

// wink-nlp and its model stay external so users' bundlers dedupe them and load the model once.
// chrono-node is a devDependency and so bundled: tree-shaken to its English parsers it imports in ~20 ms
// instead of ~230 ms for every language (THIRD-PARTY-NOTICES.md carries its licence).
const external = ['wink-nlp', 'wink-eng-lite-web-model'];

export default defineConfig([
  {
    entry: { index: 'src/index.ts', node: 'src/node.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    // analyzeFiles finds its worker next to itself through import.meta.url, in the CJS build too.
    shims: true,
    target: 'es2022',
    external,
  },
  {
    entry: { cli: 'src/cli/index.ts', worker: 'src/node/worker.ts' },
    format: ['esm'],
    target: 'es2022',
    external,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
