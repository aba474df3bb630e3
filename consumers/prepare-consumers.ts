import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCommand } from './run-command';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const FIXTURES = join(HERE, 'fixtures');

/**
 * Where the fixture apps are installed: outside the repository, so nothing resolves through the
 * workspace (no `@guidepost/source` condition, no hoisted devDependency, no parent lockfile).
 */
export const WORK_DIR = join(tmpdir(), 'guidepost-consumers');

/** The packed tarballs, under names the fixtures' package.json files point at. */
export const PACKS_DIR = join(WORK_DIR, 'packs');

/** Each installed fixture, and the app sources copied next to its package.json. */
export const INSTALLS = {
  react18: { apps: ['vite-app'] },
  react19: { apps: ['vite-app', 'next-app', 'node', 'jest', 'script-tag'] },
} as const;

export type InstallName = keyof typeof INSTALLS;

/** Packs each package as `pnpm publish` would (publishConfig applied, workspace: replaced). */
export async function packPackages(): Promise<void> {
  await rm(PACKS_DIR, { recursive: true, force: true });
  await mkdir(PACKS_DIR, { recursive: true });
  for (const name of ['core', 'react']) {
    const before = new Set(await readdir(PACKS_DIR));
    await runCommand('pnpm', ['pack', '--pack-destination', PACKS_DIR], {
      cwd: join(ROOT, 'packages', name),
    });
    const packed = (await readdir(PACKS_DIR)).find((file) => !before.has(file));
    if (packed === undefined) throw new Error(`pnpm pack wrote no tarball for ${name}`);
    await rename(join(PACKS_DIR, packed), join(PACKS_DIR, `guidepost-${name}.tgz`));
  }
}

/**
 * Installs one fixture from the npm registry and the tarballs. The dependencies are pinned in
 * its package.json; the install directory is kept between runs and only the lockfile is
 * dropped, so the tarballs are read again while everything else comes from pnpm's store.
 */
export async function installFixture(name: InstallName): Promise<string> {
  const dir = join(WORK_DIR, name);
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, 'package.json'),
    await readFile(join(FIXTURES, name, 'package.json'), 'utf8'),
  );
  for (const app of INSTALLS[name].apps) {
    await rm(join(dir, app), { recursive: true, force: true });
    await cp(join(FIXTURES, app), join(dir, app), { recursive: true });
  }
  await rm(join(dir, 'pnpm-lock.yaml'), { force: true });
  await rm(join(dir, 'node_modules', '@guidepost'), { recursive: true, force: true });
  await runCommand(
    'pnpm',
    ['install', '--ignore-workspace', '--no-frozen-lockfile', '--config.confirmModulesPurge=false'],
    { cwd: dir, timeout: 600_000 },
  );
  return dir;
}
