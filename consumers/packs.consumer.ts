import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKS_DIR } from './prepare-consumers';
import { runCommand } from './run-command';

/**
 * Each package's entries, and the server-callable module they import, which never start with
 * "use client". Every other JavaScript file of
 * `@guidepost/react` (the client module, `client.js`, and each module of the per-module ESM
 * build it reaches) is a client module and starts with it; `@guidepost/core` has none.
 */
const PACKAGES: Readonly<Record<string, { entries: string[]; clientModules: boolean }>> = {
  core: {
    entries: ['index.js', 'index.cjs', 'targeting.js', 'targeting.cjs'],
    clientModules: false,
  },
  react: {
    entries: [
      'index.js',
      'index.cjs',
      'targeting.js',
      'targeting.cjs',
      'testing.js',
      'testing.cjs',
      'contract.js',
      'contract.cjs',
      // `anchor()`, which Server Components call.
      'register/anchor.js',
      'browser/guidepost.global.js',
    ],
    clientModules: true,
  },
};

/** Every JavaScript file of a package's dist directory, relative to it. */
async function javascriptFiles(dist: string): Promise<string[]> {
  const files = await readdir(dist, { recursive: true });
  return files.map((file) => file.split(sep).join('/')).filter((file) => /\.c?js$/.test(file));
}

let extracted: string;

beforeAll(async () => {
  extracted = await mkdtemp(join(tmpdir(), 'guidepost-packs-'));
  for (const name of Object.keys(PACKAGES)) {
    const into = join(extracted, name);
    await runCommand('mkdir', ['-p', into], { cwd: extracted });
    await runCommand('tar', ['-xzf', join(PACKS_DIR, `guidepost-${name}.tgz`), '-C', into], {
      cwd: extracted,
    });
  }
});

afterAll(async () => {
  if (extracted !== undefined) await rm(extracted, { recursive: true, force: true });
});

function packageDir(name: string): string {
  return join(extracted, name, 'package');
}

describe.for(Object.entries(PACKAGES))(
  'the packed @guidepost/%s',
  ([name, { entries, clientModules }]) => {
    it('starts each client module with "use client" and no entry with it', async () => {
      const files = await javascriptFiles(join(packageDir(name), 'dist'));
      expect(files).toEqual(expect.arrayContaining(entries));
      if (clientModules)
        expect(files).toEqual(expect.arrayContaining(['client.js', 'tour/tour.js']));
      for (const file of files) {
        const code = await readFile(join(packageDir(name), 'dist', file), 'utf8');
        const firstLine = code.split('\n', 1)[0];
        if (clientModules && !entries.includes(file)) expect(firstLine, file).toBe('"use client";');
        else expect(code, file).not.toMatch(/^\s*['"]use client['"]/);
      }
    });

    it('ends each file with one sourceMappingURL, and the maps embed no sources', async () => {
      for (const entry of await javascriptFiles(join(packageDir(name), 'dist'))) {
        const code = await readFile(join(packageDir(name), 'dist', entry), 'utf8');
        expect(code.match(/\/\/# sourceMappingURL=/g), entry).toHaveLength(1);
        const map = JSON.parse(
          await readFile(join(packageDir(name), 'dist', `${entry}.map`), 'utf8'),
        );
        expect(map.sourcesContent, `${entry}.map`).toBeUndefined();
      }
    });

    it('has a LICENSE, a README and the fields a registry page shows', async () => {
      const files = await readdir(packageDir(name));
      expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json']));
      expect((await stat(join(packageDir(name), 'README.md'))).size).toBeGreaterThan(200);
      const manifest = JSON.parse(await readFile(join(packageDir(name), 'package.json'), 'utf8'));
      expect(manifest).toMatchObject({
        license: 'MIT',
        repository: { url: expect.any(String) },
        homepage: expect.any(String),
        bugs: { url: expect.any(String) },
        keywords: expect.any(Array),
      });
      // The workspace's own condition (sources, for tests and Storybook) is not published.
      expect(JSON.stringify(manifest.exports)).not.toContain('@guidepost/source');
      expect(JSON.stringify(manifest.dependencies ?? {})).not.toContain('workspace:');
    });

    it('passes publint and attw as packed', async () => {
      await runCommand(
        'pnpm',
        ['exec', 'publint', '--strict', '--pack', 'false', packageDir(name)],
        {
          cwd: process.cwd(),
        },
      );
      // attw checks JavaScript entries; every style sheet the package exports is left to publint.
      const exported = Object.keys(
        (
          JSON.parse(await readFile(join(packageDir(name), 'package.json'), 'utf8')) as {
            exports: Record<string, unknown>;
          }
        ).exports,
      );
      const styleSheets = exported.filter((entry) => entry.endsWith('.css'));
      const cssEntries = styleSheets.length > 0 ? ['--exclude-entrypoints', ...styleSheets] : [];
      await runCommand(
        'pnpm',
        [
          'exec',
          'attw',
          join(PACKS_DIR, `guidepost-${name}.tgz`),
          '--profile',
          'node16',
          ...cssEntries,
        ],
        { cwd: process.cwd() },
      );
    });
  },
);
