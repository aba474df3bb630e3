/** Where a Guidepost module of a packed install lives: the package's built files. */
const PACKED_MODULE = /node_modules\/@guidepost\/(core|react)\/dist\//;

/** A module read from the repository's sources, as the `@guidepost/source` condition resolves. */
const SOURCE_MODULE = /packages\/(core|react)\/src\//;

/**
 * Checks that a bundle of a Guidepost entry was built from the packed packages, from the list
 * of modules the bundler read (esbuild's metafile inputs, Rolldown's `moduleIds`): at least one
 * from an installed `@guidepost/*` package's `dist/`, none from the repository's `src/`. Throws,
 * naming the entry and the first culprit, so a size is never quietly taken from the wrong build.
 *
 * @example
 * assertPackedInputs('tour', Object.keys(metafile.inputs));
 */
export function assertPackedInputs(entryId: string, inputs: readonly string[]): void {
  const paths = inputs.map((input) => input.replaceAll('\\', '/'));
  const fromSource = paths.find((input) => SOURCE_MODULE.test(input));
  if (fromSource !== undefined) {
    throw new Error(
      `'${entryId}' was bundled from Guidepost's sources (${fromSource}), not from the packed ` +
        'packages: the size of what users install is measured from the installed tarballs.',
    );
  }
  if (!paths.some((input) => PACKED_MODULE.test(input))) {
    throw new Error(
      `'${entryId}' read nothing from an installed @guidepost package's dist/: it did not ` +
        'measure the packed build.',
    );
  }
}
