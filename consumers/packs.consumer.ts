import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKS_DIR } from './prepare-consumers';
import { runCommand } from './run-command';

/** The JavaScript entries of each package, and which of them are client modules. */
const PACKAGES: Readonly<Record<string, { entries: string[]; client: string[] }>> = {
  core: { entries: ['index.js', 'index.cjs', 'targeting.js', 'targeting.cjs'], client: [] },
  react: {
    entries: ['index.js', 'index.cjs', 'client.js', 'client.cjs', 'targeting.js', 'targeting.cjs'],
    client: ['client.js', 'client.cjs'],
  },
};

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
  ([name, { entries, client }]) => {
    it('starts each client module with "use client" and no other entry with it', async () => {
      for (const entry of entries) {
        const code = await readFile(join(packageDir(name), 'dist', entry), 'utf8');
        const firstLine = code.split('\n', 1)[0];
        if (client.includes(entry)) expect(firstLine, entry).toBe('"use client";');
        else expect(code, entry).not.toMatch(/^\s*['"]use client['"]/);
      }
    });

    it('ends each file with one sourceMappingURL, and the maps embed no sources', async () => {
      for (const entry of entries) {
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
      const cssEntries =
        name === 'react'
          ? [
              '--exclude-entrypoints',
              './styles.css',
              './styles/base.css',
              './styles/tour.css',
              './styles/tooltip.css',
              './styles/checklist.css',
              './styles/announcement.css',
            ]
          : [];
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
