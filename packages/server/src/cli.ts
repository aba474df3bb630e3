#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { startGuidepostServer } from './node/start-guidepost-server';

const HELP = `guidepost-server: Guidepost's progress, events and definitions over HTTP.

Usage: guidepost-server [--port 8787] [--host 127.0.0.1] [--data-dir ./guidepost-data] [--base-path /]

Stores in PostgreSQL when DATABASE_URL is set, else in PGlite (embedded, nothing to install)
under --data-dir (in memory with --data-dir :memory:). Every request needs
"Authorization: Bearer <token>": GUIDEPOST_TOKEN, or the token printed at start.
`;

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
  const server = await startGuidepostServer({
    port: Number(values.port),
    host: values.host,
    dataDir: values['data-dir'],
    basePath: values['base-path'],
    ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
    ...(process.env.GUIDEPOST_TOKEN ? { token: process.env.GUIDEPOST_TOKEN } : {}),
  });
  process.stdout.write(
    `guidepost-server listening on ${server.url}, storing in ${server.storage}\n`,
  );
  if (!process.env.GUIDEPOST_TOKEN) process.stdout.write(`Authorization: Bearer ${server.token}\n`);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
