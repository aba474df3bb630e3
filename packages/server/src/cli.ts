#!/usr/bin/env node
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import type { Authorize } from './authorize';
import { createGuidepostHandler } from './create-guidepost-handler';
import { pgliteDatabase } from './database/pglite-database';
import { postgresDatabase } from './database/postgres-database';
import { toNodeListener } from './node/to-node-listener';

const HELP = `guidepost-server: Guidepost's progress, events and definitions over HTTP.

Usage: guidepost-server [--port 8787] [--host 127.0.0.1] [--data-dir ./guidepost-data] [--base-path /]

Stores in PostgreSQL when DATABASE_URL is set, else in PGlite (embedded, nothing to install)
under --data-dir (in memory with --data-dir :memory:). Every request needs
"Authorization: Bearer <token>" with GUIDEPOST_TOKEN, or the token printed at start.
`;

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      'data-dir': { type: 'string', default: './guidepost-data' },
      'base-path': { type: 'string', default: '/' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const token = process.env.GUIDEPOST_TOKEN ?? randomBytes(24).toString('base64url');
  const databaseUrl = process.env.DATABASE_URL;
  const dataDir = values['data-dir'];
  const database = databaseUrl
    ? await postgresDatabase(databaseUrl)
    : await pgliteDatabase(dataDir === ':memory:' ? {} : { dataDir });
  // One shared token for everything: enough to try Guidepost out. A real app puts its own
  // session check in `authorize` (see docs/your-own-server.md).
  const authorize: Authorize = (request) => {
    const header = request.headers.get('authorization') ?? '';
    return header.startsWith('Bearer ') && sameToken(header.slice(7), token)
      ? { actor: 'token' }
      : false;
  };
  const handler = createGuidepostHandler({ database, authorize, basePath: values['base-path'] });
  const server = createServer(toNodeListener(handler));
  const port = Number(values.port);
  server.listen(port, values.host, () => {
    const address = server.address();
    const shownPort = typeof address === 'object' && address !== null ? address.port : port;
    const where = databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite (${dataDir})`;
    process.stdout.write(
      `guidepost-server listening on http://${values.host}:${shownPort}, storing in ${where}\n`,
    );
    if (process.env.GUIDEPOST_TOKEN === undefined) {
      process.stdout.write(`Authorization: Bearer ${token}\n`);
    }
  });
  const stop = (): void => {
    server.close(() => void database.close().then(() => process.exit(0)));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
