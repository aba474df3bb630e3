import { createGuidepostHandler, pgliteDatabase, postgresDatabase } from '@guidepost/server';
import type { Authorize, GuidepostHandler } from '@guidepost/server';
import { getSession } from './session';

/** Users reach their own progress and events; staff roles reach definitions and explain. */
export const authorize: Authorize = (request, action) => {
  const session = getSession(request);
  if (session === undefined) return false;
  switch (action.type) {
    case 'progress:read':
    case 'progress:write':
    case 'events:write':
      return session.userId === action.userId;
    case 'definitions:read':
      return true;
    case 'explain':
      return session.role !== 'user';
    case 'definitions:review':
    case 'definitions:draft':
      return session.role === 'editor' || session.role === 'publisher'
        ? { actor: session.userId }
        : false;
    case 'definitions:publish':
    case 'definitions:rollback':
      return session.role === 'publisher' ? { actor: session.userId } : false;
  }
};

let handler: Promise<GuidepostHandler> | undefined;

/**
 * One handler per server process, created on the first request: PostgreSQL when DATABASE_URL
 * is set, else PGlite in GUIDEPOST_DATA_DIR (`:memory:` keeps nothing).
 */
export function guidepostHandler(): Promise<GuidepostHandler> {
  handler ??= (async () => {
    const dataDir = process.env.GUIDEPOST_DATA_DIR ?? './guidepost-data';
    const database = process.env.DATABASE_URL
      ? await postgresDatabase(process.env.DATABASE_URL)
      : await pgliteDatabase(dataDir === ':memory:' ? {} : { dataDir });
    return createGuidepostHandler({ database, authorize, basePath: '/api/guidepost' });
  })();
  return handler;
}
