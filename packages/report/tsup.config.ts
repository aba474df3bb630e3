import { defineConfig } from 'tsup';

export default defineConfig({
  // `html` renders figures without DuckDB or Node, so a browser (the Storybook story) can use it.
  entry: { index: 'src/index.ts', html: 'src/html.ts', cli: 'src/cli.ts' },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts', html: 'src/html.ts' } },
  clean: true,
  sourcemap: true,
  target: 'node20',
  platform: 'node',
  treeshake: true,
  // One file per entry, so each gets its source map finished (scripts/finish-dist.mjs).
  splitting: false,
});
