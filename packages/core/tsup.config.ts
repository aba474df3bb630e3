import { defineConfig } from 'tsup';
import { perModuleEsm } from '../../scripts/per-module-esm';

const ENTRIES = {
  index: 'src/index.ts',
  targeting: 'src/entries/targeting.ts',
  engine: 'src/entries/engine.ts',
  internal: 'src/entries/internal.ts',
};

export default defineConfig([
  {
    // ESM, one file per module, so that an app's bundler keeps only the modules it uses.
    ...perModuleEsm('src', Object.values(ENTRIES), {
      'entries/targeting.ts': 'targeting',
      'entries/engine.ts': 'engine',
      'entries/internal.ts': 'internal',
    }),
    format: ['esm'],
    dts: { entry: ENTRIES },
    sourcemap: true,
    target: 'es2022',
  },
  {
    // CommonJS, one file per entry.
    entry: ENTRIES,
    format: ['cjs'],
    dts: { entry: ENTRIES },
    sourcemap: true,
    target: 'es2022',
    treeshake: true,
  },
]);
