import { defineConfig } from 'tsup';

// wink-nlp and its model stay external so users' bundlers dedupe them and load the model once.
const external = ['wink-nlp', 'wink-eng-lite-web-model'];

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'es2022',
    external,
  },
  {
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    target: 'es2022',
    external,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
