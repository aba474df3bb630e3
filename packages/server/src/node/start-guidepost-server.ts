import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import type { Authorize } from '../authorize';
import { createGuidepostHandler } from '../create-guidepost-handler';
import { pgliteDatabase } from '../database/pglite-database';
import { postgresDatabase } from '../database/postgres-database';
import type { SqlDatabase } from '../database/sql-database';
import { toNodeListener } from './to-node-listener';

/** Options of `startGuidepostServer`. */
export interface StartGuidepostServerOptions {
  /** @default 8787; 0 picks a free port */
  readonly port?: number;
  /** @default '127.0.0.1' */
  readonly host?: string;
  /** PostgreSQL to store in; without it, PGlite in `dataDir`. */
  readonly databaseUrl?: string;
  /** PGlite's folder; `:memory:` keeps nothing. @default './guidepost-data' */
  readonly dataDir?: string;
  /** The bearer token every request must carry. @default a random one, in `token` */
  readonly token?: string;
  /** @default '/' */
  readonly basePath?: string;
}

/** A running server. */
export interface GuidepostServer {
  /** Where it listens, e.g. `http://127.0.0.1:8787`. */
  readonly url: string;
  /** The bearer token: `Authorization: Bearer <token>`. */
  readonly token: string;
  /** `PostgreSQL` or `PGlite (<folder>)`. */
  readonly storage: string;
  /** Stops listening and closes the database. */
  close(): Promise<void>;
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Starts a standalone Guidepost server on Node's `http`, behind one shared bearer token: what
 * `npx guidepost-server` runs, to try Guidepost out with nothing to install. A real app mounts
 * `createGuidepostHandler` in its own server with its own `authorize`.
 */
export async function startGuidepostServer(
  options: StartGuidepostServerOptions = {},
): Promise<GuidepostServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const dataDir = options.dataDir ?? './guidepost-data';
  const database: SqlDatabase = options.databaseUrl
    ? await postgresDatabase(options.databaseUrl)
    : await pgliteDatabase(dataDir === ':memory:' ? {} : { dataDir });
  const authorize: Authorize = (request) => {
    const header = request.headers.get('authorization') ?? '';
    return header.startsWith('Bearer ') && sameToken(header.slice(7), token)
      ? { actor: 'token' }
      : false;
  };
  const handler = createGuidepostHandler({
    database,
    authorize,
    ...(options.basePath === undefined ? {} : { basePath: options.basePath }),
  });
  const server = createServer(toNodeListener(handler));
  const host = options.host ?? '127.0.0.1';
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 8787, host, () => resolve());
    });
  } catch (cause) {
    await database.close();
    throw cause;
  }
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  return {
    url: `http://${host}:${port}`,
    token,
    storage: options.databaseUrl ? 'PostgreSQL' : `PGlite (${dataDir})`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await database.close();
    },
  };
}
