import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  findWorkspaceRoot,
  installPacked,
  packPackages as packInto,
  packedWorkDir,
  packsDirOf,
} from './packed-packages';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const ROOT = findWorkspaceRoot();

/** Where the fixture apps are installed, outside the repository (see `packedWorkDir`). */
export const WORK_DIR = packedWorkDir(ROOT);

/** The packed tarballs, under names the fixtures' package.json files point at. */
export const PACKS_DIR = packsDirOf(WORK_DIR);

/** Each installed fixture, and the app sources copied next to its package.json. */
export const INSTALLS = {
  react18: { apps: ['vite-app'] },
  react19: { apps: ['vite-app', 'next-app', 'node', 'jest', 'script-tag'] },
} as const;

export type InstallName = keyof typeof INSTALLS;

/** Packs each package as `pnpm publish` would (publishConfig applied, workspace: replaced). */
export async function packPackages(): Promise<void> {
  await packInto(ROOT, PACKS_DIR);
}

/**
 * Installs one fixture from the npm registry and the tarballs. The dependencies are pinned in
 * its package.json; the install directory is kept between runs and only the lockfile is
 * dropped, so the tarballs are read again while everything else comes from pnpm's store.
 */
export async function installFixture(name: InstallName): Promise<string> {
  const dir = join(WORK_DIR, name);
  await mkdir(dir, { recursive: true });
  for (const app of INSTALLS[name].apps) {
    await rm(join(dir, app), { recursive: true, force: true });
    await cp(join(FIXTURES, app), join(dir, app), { recursive: true });
  }
  await installPacked(dir, await readFile(join(FIXTURES, name, 'package.json'), 'utf8'));
  return dir;
}
