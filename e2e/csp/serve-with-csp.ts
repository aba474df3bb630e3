import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { StaticServer } from '../serve-static';

/**
 * The strictest policy a careful app sends: scripts and styles from its own origin only, no
 * `'unsafe-inline'` (so no `style="…"` attribute, `<style>` element or inline script) and no
 * `'unsafe-eval'`.
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Serves a built page from a folder on a free local port, every response carrying
 * `Content-Security-Policy: policy`: files only, `index.html` for `/`, nothing outside the folder.
 *
 * @example
 * const server = await serveWithCsp(outDir, STRICT_CSP);
 * await page.goto(server.url);
 * await server.close();
 */
export async function serveWithCsp(folder: string, policy: string): Promise<StaticServer> {
  const root = normalize(folder);
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://local').pathname);
    const path = normalize(join(root, pathname === '/' ? 'index.html' : pathname));
    if (!path.startsWith(root + sep)) {
      response.writeHead(403, { 'content-security-policy': policy }).end();
      return;
    }
    readFile(path).then(
      (body) => {
        response.writeHead(200, {
          'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
          'content-security-policy': policy,
        });
        response.end(body);
      },
      // Chromium asks for /favicon.ico on its own; the page has none, which is no error of its.
      () => response.writeHead(pathname === '/favicon.ico' ? 204 : 404).end(),
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
