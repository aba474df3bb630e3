import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The weight of one file: as shipped (minified), gzipped and brotli-compressed, in bytes. */
export interface ByteSizes {
  readonly min: number;
  readonly gzip: number;
  readonly brotli: number;
}

/**
 * Measures minified bytes as servers send them: gzip at level 9 and brotli at quality 11, the
 * settings of a static build step. An empty file weighs nothing in all three.
 *
 * @example
 * measureBytes(new TextEncoder().encode('a{color:red}')).gzip;
 */
export function measureBytes(contents: Uint8Array): ByteSizes {
  if (contents.length === 0) return { min: 0, gzip: 0, brotli: 0 };
  return {
    min: contents.length,
    gzip: gzipSync(contents, { level: 9 }).length,
    brotli: brotliCompressSync(contents, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: contents.length,
      },
    }).length,
  };
}

/** Bytes as kB (1 kB = 1,000 B), one decimal: `26.8 kB`. */
export function formatKilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}
