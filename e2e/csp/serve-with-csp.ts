import { serveStatic, type StaticServer } from '../serve-static';

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

/**
 * Serves a built page from a folder on a free local port, every response carrying
 * `Content-Security-Policy: policy`.
 *
 * @example
 * const server = await serveWithCsp(outDir, STRICT_CSP);
 * await page.goto(server.url);
 * await server.close();
 */
export function serveWithCsp(folder: string, policy: string): Promise<StaticServer> {
  return serveStatic(folder, { headers: { 'content-security-policy': policy } });
}
