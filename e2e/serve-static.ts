import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

/** A running static server: its base URL (with a trailing slash) and a way to stop it. */
export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.mp4': 'video/mp4',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.vtt': 'text/vtt; charset=utf-8',
  '.webm': 'video/webm',
  '.woff2': 'font/woff2',
};

/** Options of {@link serveStatic}. */
export interface ServeStaticOptions {
  /** Headers sent with every response, such as a Content-Security-Policy. */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Serves a folder over HTTP on a free local port, enough for a built Storybook: files only, no
 * directory listings, `index.html` for `/`, nothing outside the folder.
 *
 * @example
 * const server = await serveStatic('storybook-static');
 * await page.goto(`${server.url}iframe.html?id=tour-basics--basic-three-steps`);
 * await server.close();
 */
export async function serveStatic(
  folder: string,
  options: ServeStaticOptions = {},
): Promise<StaticServer> {
  const headers = options.headers ?? {};
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://local').pathname);
    // Chromium asks for a favicon on its own; Storybook's iframe has none to give.
    if (pathname === '/favicon.ico') {
      response.writeHead(204, headers).end();
      return;
    }
    const path = normalize(join(folder, pathname === '/' ? 'index.html' : pathname));
    // A `..` segment that climbs out of the folder is refused rather than resolved.
    if (!path.startsWith(normalize(folder) + sep)) {
      response.writeHead(403, headers).end();
      return;
    }
    stat(path).then(
      (stats) => {
        if (!stats.isFile()) {
          response.writeHead(404, headers).end();
          return;
        }
        response.writeHead(200, {
          ...headers,
          'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
          'content-length': stats.size,
          // The build does not change while it is served: let each browser context cache it.
          'cache-control': 'max-age=3600',
        });
        createReadStream(path).pipe(response);
      },
      () => response.writeHead(404, headers).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
