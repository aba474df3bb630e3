import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';

interface Manifest {
  readonly version: string;
  readonly dependencies?: Readonly<Record<string, string>>;
}

function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Manifest;
}

/** The `node_modules` folder a package sits in (pnpm puts a package's dependencies beside it). */
function nodeModulesOf(packageDir: string): string {
  const at = packageDir.lastIndexOf(`${path.sep}node_modules${path.sep}`);
  return packageDir.slice(0, at + `${path.sep}node_modules`.length);
}

/**
 * The exact version of every dependency the workspace installed for the given packages, their
 * dependencies' dependencies included, `@guidepost/*` and `skip` left out. An app installed
 * from the tarballs pins these through `pnpm.overrides`, so its bundles weigh what the
 * workspace's lockfile holds rather than whatever was published since.
 *
 * @example
 * installedVersions([path.join(root, 'packages/react')], ['react', 'react-dom']);
 */
export function installedVersions(
  packageDirs: readonly string[],
  skip: readonly string[],
): Record<string, string> {
  const versions: Record<string, string> = {};
  const visit = (dir: string, lookIn: string) => {
    for (const name of Object.keys(readManifest(dir).dependencies ?? {})) {
      if (name.startsWith('@guidepost/') || skip.includes(name) || name in versions) continue;
      const linked = path.join(lookIn, name);
      if (!existsSync(linked)) continue;
      const real = realpathSync(linked);
      versions[name] = readManifest(real).version;
      visit(real, nodeModulesOf(real));
    }
  };
  for (const dir of packageDirs) visit(dir, path.join(dir, 'node_modules'));
  return versions;
}
