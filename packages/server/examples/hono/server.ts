// Runs the Hono example on Node with PGlite: `node --import tsx examples/hono/server.ts`, or in
// Bun/Deno export `app` as the default fetch handler instead.
import { createServer } from 'node:http';
import { pgliteDatabase, toNodeListener } from '@guidepost/server';
import { createApp } from './app';

const database = await pgliteDatabase({
  dataDir: process.env.GUIDEPOST_DATA_DIR ?? './guidepost-data',
});
// Demo only: the bearer token is the user id. Put your real session check here.
const app = createApp(
  database,
  async (request) => request.headers.get('authorization')?.replace(/^Bearer /, '') || undefined,
);
const port = Number(process.env.PORT ?? 8787);
createServer(toNodeListener((request) => Promise.resolve(app.fetch(request)))).listen(port, () => {
  console.log(`Hono example on http://localhost:${port}`);
});
