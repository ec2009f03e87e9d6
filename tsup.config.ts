import { defineConfig } from 'tsup';

// wink-nlp and its model stay external so users' bundlers dedupe them and load the model once.
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
