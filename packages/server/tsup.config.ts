import { defineConfig } from 'tsup';

export default defineConfig({
  // `cli` is the `guidepost-server` command (its hashbang is kept at the top of dist/cli.js).
  entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts' } },
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'node',
  treeshake: true,
  // One file per entry, so each gets its source map finished (scripts/finish-dist.mjs).
  splitting: false,
});
