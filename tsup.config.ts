import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  // The model and wink-nlp stay external so users' bundlers dedupe them and load the model once.
  external: ['wink-nlp', 'wink-eng-lite-web-model'],
});
