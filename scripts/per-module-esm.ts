// The ESM build of a package, one output file per source module, so that a bundler drops every
// module an app does not import (with `sideEffects` in package.json) instead of keeping the
// top-level code of one single file. The modules are those the package's entries reach (tests
// and test helpers are never reached, so never shipped); each is built on its own, its relative
// imports rewritten to the output file they become (`./tour` → `./tour/index.js`).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/** Where one source module goes: its output name, without extension, relative to `dist`. */
type OutputNames = Readonly<Record<string, string>>;

const SOURCE_EXTENSIONS = ['.ts', '.tsx'];

/** Tests and their helpers (`*.test.ts`, `*.test-helpers.ts`, `testing/`, `test/`): never shipped. */
const TEST_MODULE = /(\.test(-d|-helpers)?\.tsx?$)|((^|[\\/])(testing|test)[\\/])/;

/** `from './x'`, `import './x'` and `import('./x')`: the relative specifier. */
const RELATIVE_IMPORT = /(?:\bfrom|\bimport\(?)\s*['"](\.\.?(?:\/[^'"]*)?)['"]/g;

function findSourceFile(specifier: string, importerDir: string): string | undefined {
  const base = resolve(importerDir, specifier);
  const candidates = [
    base,
    ...SOURCE_EXTENSIONS.map((extension) => base + extension),
    ...SOURCE_EXTENSIONS.map((extension) => join(base, `index${extension}`)),
  ];
  return candidates.find(
    (file) => SOURCE_EXTENSIONS.some((extension) => file.endsWith(extension)) && existsSync(file),
  );
}

function sourceFileOf(specifier: string, importerDir: string): string {
  const found = findSourceFile(specifier, importerDir);
  if (found === undefined) throw new Error(`cannot resolve ${specifier} from ${importerDir}`);
  return found;
}

function outputNameOf(file: string, sourceDir: string, renamed: OutputNames): string {
  const fromSource = relative(sourceDir, file).split(sep).join('/');
  return renamed[fromSource] ?? fromSource.replace(/\.tsx?$/, '');
}

/**
 * An esbuild plugin that leaves every relative import outside the module being built, pointing
 * at the `.js` file the imported module becomes.
 */
function relativeImportsAsFiles(sourceDir: string, renamed: OutputNames): Plugin {
  return {
    name: 'guidepost-relative-imports-as-files',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^\.\.?(\/|$)/ }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        const target = outputNameOf(sourceFileOf(args.path, args.resolveDir), sourceDir, renamed);
        const importer = outputNameOf(args.importer, sourceDir, renamed);
        let path = relative(dirname(importer), target).split(sep).join('/');
        if (!path.startsWith('.')) path = `./${path}`;
        return { path: `${path}.js`, external: true };
      });
    },
  };
}

/**
 * The entry points and plugin for tsup's ESM build of a package: every source module its
 * entries reach, named after its path under `src` (entries renamed by `renamed`, keyed by path
 * under `src`).
 *
 * @example
 * const { entry, esbuildPlugins } = perModuleEsm('src', ['src/index.ts'], {});
 */
export function perModuleEsm(
  sourceDir: string,
  entries: readonly string[],
  renamed: OutputNames,
): { entry: Record<string, string>; esbuildPlugins: Plugin[] } {
  const root = resolve(sourceDir);
  const reached = new Set(entries.map((file) => resolve(file)));
  for (const file of reached) {
    const code = readFileSync(file, 'utf8');
    for (const [, specifier] of code.matchAll(RELATIVE_IMPORT)) {
      // A specifier that resolves to nothing is in a comment; the build resolves the real ones.
      const found = findSourceFile(specifier!, dirname(file));
      if (found !== undefined) reached.add(found);
    }
  }
  const entry: Record<string, string> = {};
  for (const file of reached) {
    if (TEST_MODULE.test(relative(root, file))) {
      throw new Error(
        `${relative(root, file)} is a test module, reached from an entry: never ship it`,
      );
    }
    entry[outputNameOf(file, root, renamed)] = relative(process.cwd(), file);
  }
  return { entry, esbuildPlugins: [relativeImportsAsFiles(root, renamed)] };
}
