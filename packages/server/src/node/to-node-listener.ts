import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { GuidepostHandler } from '../create-guidepost-handler';

/**
 * Adapts a Fetch-API handler to Node's `http` (and Express, whose `req`/`res` extend Node's):
 * `http.createServer(toNodeListener(handler))`, or `app.use(toNodeListener(handler))` in
 * Express (mount it before any body parser, which would consume the body).
 */
export function toNodeListener(
  handler: GuidepostHandler,
): (request: IncomingMessage, response: ServerResponse) => void {
  return (incoming, outgoing) => {
    void (async () => {
      // Express rewrites `url` under a mount path; `originalUrl` keeps the whole path.
      const path = (incoming as { originalUrl?: string }).originalUrl ?? incoming.url ?? '/';
      const url = new URL(path, `http://${incoming.headers.host ?? 'localhost'}`);
      const headers = new Headers();
      for (const [name, value] of Object.entries(incoming.headers)) {
        if (Array.isArray(value)) for (const item of value) headers.append(name, item);
        else if (value !== undefined) headers.set(name, value);
      }
      const hasBody = incoming.method !== 'GET' && incoming.method !== 'HEAD';
      const request = new Request(url, {
        method: incoming.method ?? 'GET',
        headers,
        ...(hasBody
          ? { body: Readable.toWeb(incoming) as ReadableStream<Uint8Array>, duplex: 'half' }
          : {}),
      } as RequestInit);
      const response = await handler(request);
      outgoing.statusCode = response.status;
      response.headers.forEach((value, name) => outgoing.setHeader(name, value));
      outgoing.end(Buffer.from(await response.arrayBuffer()));
    })().catch((error: unknown) => {
      console.error(error);
      if (!outgoing.headersSent) outgoing.statusCode = 500;
      outgoing.end();
    });
  };
}
