import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCommand } from './run-command';

/** The packages users install, each packed to `guidepost-<name>.tgz`. */
export const PACKED_PACKAGES = ['core', 'react'] as const;

/**
 * The workspace root: the nearest folder above `from` with a `pnpm-workspace.yaml`. Found by
 * walking up rather than by a fixed number of `..`, because this module also runs bundled into
 * `bench/dist/`.
 */
export function findWorkspaceRoot(from: string = import.meta.dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no pnpm-workspace.yaml above ${from}`);
  }
}

/**
 * Where packed packages are installed: outside the repository, so nothing resolves through the
 * workspace (no `@guidepost/source` condition, no hoisted devDependency, no parent lockfile).
 * One folder per checkout, so two checkouts on one machine never read each other's tarballs.
 */
export function packedWorkDir(root: string = findWorkspaceRoot()): string {
  const checkout = createHash('sha256').update(root).digest('hex').slice(0, 8);
  return join(tmpdir(), `guidepost-consumers-${checkout}`);
}

/** The folder of the tarballs, under names an app's package.json points at (`file:../packs/…`). */
export function packsDirOf(workDir: string): string {
  return join(workDir, 'packs');
}

/**
 * The built files `pnpm pack` must find. Without them it packs a package of README and LICENSE
 * alone, and whatever is measured or tested afterwards would fail far from the cause.
 */
function missingBuilds(root: string): string[] {
  return PACKED_PACKAGES.map((name) => join('packages', name, 'dist', 'index.js')).filter(
    (file) => !existsSync(join(root, file)),
  );
}

/**
 * Packs each package as `pnpm publish` would (publishConfig applied, `workspace:` replaced) into
 * `packsDir`, replacing what was there. Fails, naming the missing files, when the packages are
 * not built.
 *
 * @example
 * await packPackages(findWorkspaceRoot(), packsDirOf(packedWorkDir()));
 */
export async function packPackages(root: string, packsDir: string): Promise<void> {
  const missing = missingBuilds(root);
  if (missing.length > 0) {
    throw new Error(
      `Guidepost's packages are not built (${missing.join(', ')} missing): run \`pnpm build\` ` +
        'first. What is packed is what users install, so it is read from dist/, never from src/.',
    );
  }
  await rm(packsDir, { recursive: true, force: true });
  await mkdir(packsDir, { recursive: true });
  for (const name of PACKED_PACKAGES) {
    const before = new Set(await readdir(packsDir));
    await runCommand('pnpm', ['pack', '--pack-destination', packsDir], {
      cwd: join(root, 'packages', name),
    });
    const packed = (await readdir(packsDir)).find((file) => !before.has(file));
    if (packed === undefined) throw new Error(`pnpm pack wrote no tarball for ${name}`);
    await rename(join(packsDir, packed), join(packsDir, `guidepost-${name}.tgz`));
  }
}

/**
 * Installs an app from the npm registry and the tarballs, as a user would: writes its
 * package.json into `dir` and runs `pnpm install` outside any workspace. The folder is kept
 * between runs and only the lockfile and the installed Guidepost packages are dropped, so the
 * tarballs are read again while everything else comes from pnpm's store.
 *
 * @example
 * await installPacked(join(workDir, 'size'), packageJsonText);
 */
export async function installPacked(dir: string, packageJson: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'package.json'), packageJson);
  await rm(join(dir, 'pnpm-lock.yaml'), { force: true });
  await rm(join(dir, 'node_modules', '@guidepost'), { recursive: true, force: true });
  await runCommand(
    'pnpm',
    ['install', '--ignore-workspace', '--no-frozen-lockfile', '--config.confirmModulesPurge=false'],
    { cwd: dir, timeout: 600_000 },
  );
}
