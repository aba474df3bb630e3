import type { Metafile } from 'esbuild';

/** Minified bytes one package, or one folder of Guidepost's sources, adds to a bundle. */
export interface InputShare {
  readonly owner: string;
  readonly bytes: number;
}

/**
 * Who an input belongs to: the npm package for a dependency, or `@guidepost/<package>/<folder>`
 * for Guidepost's sources, so a bundle reads as a short list of owners.
 */
export function ownerOf(input: string): string {
  const packaged = /^.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (packaged !== null) return packaged[1] ?? input;
  const own = /packages\/(core|react)\/src\/(?:([^/]+)\/)?/.exec(input);
  if (own !== null) return `@guidepost/${own[1] ?? ''}/${own[2] ?? '(root)'}`;
  // An entry file, in bench/ or copied into the packed app: named the same either way.
  const entry = /(?:^|\/)(size\/entries\/[^/]+)$/.exec(input);
  if (entry !== null) return entry[1] ?? input;
  return input.replace(/^(\.\.\/)+/, '');
}

/**
 * The owners that add the most minified bytes to the JS output of a build, largest first, from
 * esbuild's metafile (`bytesInOutput`, after tree shaking and minification).
 *
 * @example
 * largestInputs(metafile).slice(0, 10);
 */
export function largestInputs(metafile: Metafile): InputShare[] {
  const totals = new Map<string, number>();
  for (const [file, output] of Object.entries(metafile.outputs)) {
    if (!file.endsWith('.js')) continue;
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const owner = ownerOf(input);
      totals.set(owner, (totals.get(owner) ?? 0) + bytesInOutput);
    }
  }
  return [...totals]
    .map(([owner, bytes]) => ({ owner, bytes }))
    .filter(({ bytes }) => bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
}
