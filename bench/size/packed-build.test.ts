import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { packPackages } from '../../consumers/packed-packages';
import { assertPackedInputs } from './packed-inputs';

const INSTALLED =
  '../../tmp/guidepost-consumers-1a2b3c4d/size/node_modules/.pnpm/@guidepost+react@file+..+packs+guidepost-react.tgz/node_modules/@guidepost/react/dist/index.js';

test('a bundle of the installed packages passes', () => {
  assert.doesNotThrow(() =>
    assertPackedInputs('tour', [
      'entries/guidepost-tour.tsx',
      INSTALLED,
      '../../tmp/x/size/node_modules/.pnpm/zustand@5.1.0/node_modules/zustand/esm/vanilla.mjs',
    ]),
  );
});

test('a bundle that read the sources fails, naming the entry and the module', () => {
  assert.throws(
    () =>
      assertPackedInputs('tour', [INSTALLED, '../packages/core/src/engine/create-guidepost.ts']),
    /'tour' was bundled from Guidepost's sources \(\.\.\/packages\/core\/src\/engine\/create-guidepost\.ts\)/,
  );
});

test('a bundle with no installed Guidepost module fails', () => {
  assert.throws(
    () => assertPackedInputs('use-targeting', ['size/entries/guidepost-use-targeting.tsx']),
    /'use-targeting' read nothing from an installed @guidepost package's dist\//,
  );
});

test('Windows paths are read like POSIX ones', () => {
  assert.throws(
    () => assertPackedInputs('engine', ['C:\\work\\packages\\core\\src\\index.ts']),
    /bundled from Guidepost's sources/,
  );
});

test('packing refuses packages that were not built, naming the missing files', async () => {
  const root = await mkdtemp(join(tmpdir(), 'guidepost-unbuilt-'));
  try {
    await writeFile(join(root, 'pnpm-workspace.yaml'), 'packages:\n  - packages/*\n');
    for (const name of ['core', 'react']) {
      await mkdir(join(root, 'packages', name, 'src'), { recursive: true });
    }
    await mkdir(join(root, 'packages', 'core', 'dist'));
    await writeFile(join(root, 'packages', 'core', 'dist', 'index.js'), 'export {};\n');
    await assert.rejects(
      packPackages(root, join(root, 'packs')),
      /Guidepost's packages are not built \(packages\/react\/dist\/index\.js missing\): run `pnpm build` first/,
    );
    await assert.rejects(readdir(join(root, 'packs')), { code: 'ENOENT' });
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
