import type { ImportKind, Plugin } from 'esbuild';
import { benchPath } from '../size/bench-root';

/** `@guidepost/core`, `@guidepost/react` and their subpaths (`@guidepost/react/styles.css`). */
const GUIDEPOST = /^@guidepost\//;

/** React and its entries, which a page and Guidepost must share: one React per page. */
const REACT = /^(react|react-dom)(\/.*)?$/;

/** Marks a resolution this plugin asked for, so it does not answer its own question. */
const OWN = 'packed-guidepost';

/**
 * Resolves Guidepost, wherever a page imports it, from the app folder where the packed
 * tarballs are installed (the one `pnpm bench:size` uses, see `preparePackedApp`), so the
 * runtime pages measure what users install rather than the repository's sources. Guidepost's
 * own dependencies then come from that install too, as in a user's app; React alone is resolved
 * from the bench for every module, so the page and Guidepost share one copy.
 *
 * @example
 * await build({ ..., plugins: [packedGuidepost(await preparePackedApp([]))] });
 */
export function packedGuidepost(app: string): Plugin {
  return {
    name: 'packed-guidepost',
    setup(build) {
      const resolveFrom =
        (resolveDir: string) =>
        async (args: { path: string; kind: ImportKind; pluginData?: unknown }) => {
          if (args.pluginData === OWN) return undefined;
          const result = await build.resolve(args.path, {
            kind: args.kind,
            resolveDir,
            pluginData: OWN,
          });
          if (result.errors.length > 0) return { errors: result.errors };
          const { path, external, namespace, sideEffects, suffix } = result;
          return { path, external, namespace, sideEffects, suffix };
        };
      build.onResolve({ filter: GUIDEPOST }, resolveFrom(app));
      build.onResolve({ filter: REACT }, resolveFrom(benchPath()));
    },
  };
}
