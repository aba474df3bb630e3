import type { Authorize } from '../authorize';
import { createGuidepostHandler } from '../create-guidepost-handler';
import type { GuidepostHandler } from '../create-guidepost-handler';
import type { SqlDatabase } from '../database/sql-database';
import type { GuidepostHandlerOptions } from '../handler-context';
import { createTestDatabase } from './test-database';
import type { TestDatabase } from './test-database';

/** The app's session, as the test requests carry it: a user id, and a role for staff. */
export const sessionAuthorize: Authorize = (request, action) => {
  const user = request.headers.get('x-user');
  const role = request.headers.get('x-role');
  if (user === null) return false;
  switch (action.type) {
    case 'progress:read':
    case 'progress:write':
    case 'events:write':
      return action.userId === user;
    case 'definitions:read':
      return true;
    case 'explain':
      return role === 'support' || role === 'editor';
    case 'definitions:review':
    case 'definitions:draft':
      return role === 'editor' || role === 'publisher' ? { actor: user } : false;
    case 'definitions:publish':
    case 'definitions:rollback':
      return role === 'publisher' ? { actor: user } : false;
  }
};

/** What a test request carries. */
export interface TestRequest {
  readonly user?: string;
  readonly role?: string;
  readonly body?: unknown;
  /** Sent as it is, instead of `body` as JSON. */
  readonly rawBody?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface ServerUnderTest {
  readonly database: SqlDatabase;
  readonly stored: TestDatabase;
  handler: GuidepostHandler;
  /** Sends a request to the handler as a client on the network would. */
  send(method: string, path: string, request?: TestRequest): Promise<Response>;
  /** Opens the database and the handler again, as a server restart does. */
  restart(): Promise<void>;
  /** Empties every Guidepost table (TRUNCATE: published versions refuse DELETE). */
  reset(): Promise<void>;
  /** Row counts of every Guidepost table. */
  counts(): Promise<Record<string, number>>;
  close(): Promise<void>;
}

export const TABLES = [
  'guidepost_progress',
  'guidepost_idempotency_keys',
  'guidepost_events',
  'guidepost_definitions',
  'guidepost_releases',
] as const;

/** A handler on a fresh database of the project's kind, authorized by `sessionAuthorize`. */
export async function openServerUnderTest(
  options: Partial<GuidepostHandlerOptions> & { readonly persistent?: boolean } = {},
): Promise<ServerUnderTest> {
  const stored = await createTestDatabase({ persistent: options.persistent ?? false });
  let database = await stored.open();
  const make = (): GuidepostHandler =>
    createGuidepostHandler({ authorize: sessionAuthorize, ...options, database });
  const server: ServerUnderTest = {
    get database() {
      return database;
    },
    stored,
    handler: make(),
    send(method, path, request = {}) {
      const headers = new Headers(request.headers);
      if (request.user !== undefined) headers.set('x-user', request.user);
      if (request.role !== undefined) headers.set('x-role', request.role);
      const hasBody = request.body !== undefined || request.rawBody !== undefined;
      if (hasBody && !headers.has('content-type')) headers.set('content-type', 'application/json');
      const body =
        request.rawBody ?? (request.body === undefined ? undefined : JSON.stringify(request.body));
      return server.handler(
        new Request(`http://guidepost.test${path}`, {
          method,
          headers,
          ...(body === undefined ? {} : { body }),
        }),
      );
    },
    async restart() {
      await database.close();
      database = await stored.open();
      server.handler = make();
    },
    async reset() {
      await database.query(`TRUNCATE ${TABLES.join(', ')} CASCADE`);
    },
    async counts() {
      const counts: Record<string, number> = {};
      for (const table of TABLES) {
        const { rows } = await database.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM ${table}`,
        );
        counts[table] = rows[0]?.n ?? 0;
      }
      return counts;
    },
    async close() {
      await database.close();
      await stored.remove();
    },
  };
  return server;
}
