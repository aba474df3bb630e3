import { cp, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import {
  findWorkspaceRoot,
  installPacked,
  PACKED_PACKAGES,
  packPackages,
  packedWorkDir,
  packsDirOf,
} from '../../consumers/packed-packages';
import { benchPath } from './bench-root';
import type { SizeEntry } from './size-entries';
import { installedVersions } from './workspace-versions';

/** React, a peer: installed as in the bench, left out of every bundle. */
const HOST = { react: '19.3.1', 'react-dom': '19.3.1' };

/**
 * The app the packed packages are installed into: Guidepost from the tarballs, and every
 * dependency of theirs at the version the workspace installed, so a size only moves with a
 * change in this repository (a user installing today may get newer patch releases).
 */
function sizeAppManifest(root: string): string {
  const packs = {
    '@guidepost/core': 'file:../packs/guidepost-core.tgz',
    '@guidepost/react': 'file:../packs/guidepost-react.tgz',
  };
  const pinned = installedVersions(
    PACKED_PACKAGES.map((name) => path.join(root, 'packages', name)),
    Object.keys(HOST),
  );
  const manifest = {
    name: 'guidepost-size-app',
    private: true,
    type: 'module',
    description: 'Guidepost installed from the packed tarballs, for `pnpm bench:size`.',
    dependencies: { ...packs, ...HOST },
    pnpm: { overrides: { ...pinned, '@guidepost/core': packs['@guidepost/core'] } },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** The folder entries are copied into, inside the app. */
const ENTRIES = 'entries';

/**
 * Packs the built packages and installs them in an app folder outside the repository, as a
 * user would (`pnpm pack`, then `pnpm install` of the tarballs), with Guidepost's size entries
 * copied into its `entries/` folder, so they resolve `@guidepost/*` from the installed
 * packages. Fails, naming the missing files, when the packages are not built. Returns the app
 * folder.
 *
 * @example
 * const app = await preparePackedApp(SIZE_ENTRIES.filter(({ guidepost }) => guidepost));
 */
export async function preparePackedApp(entries: readonly SizeEntry[]): Promise<string> {
  const root = findWorkspaceRoot();
  const workDir = packedWorkDir(root);
  await packPackages(root, packsDirOf(workDir));
  const app = path.join(workDir, 'size');
  await installPacked(app, sizeAppManifest(root));
  await rm(path.join(app, ENTRIES), { recursive: true, force: true });
  await mkdir(path.join(app, ENTRIES));
  for (const file of new Set(entries.map((entry) => entry.file))) {
    await cp(benchPath('size', 'entries', file), path.join(app, ENTRIES, file));
  }
  return app;
}

/** Where an entry's file is in the packed app. */
export function packedEntryPath(app: string, entry: SizeEntry): string {
  return path.join(app, ENTRIES, entry.file);
}
