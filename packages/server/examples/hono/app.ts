import { createGuidepostHandler } from '@guidepost/server';
import type { Authorize, SqlDatabase } from '@guidepost/server';
import { Hono } from 'hono';

/**
 * A Hono app with Guidepost under /api/guidepost. `verifyUser` is your auth: it returns the
 * signed-in user id for a request (from a session cookie or a JWT), or undefined.
 */
export function createApp(
  database: SqlDatabase,
  verifyUser: (request: Request) => Promise<string | undefined>,
): Hono {
  const authorize: Authorize = async (request, action) => {
    const userId = await verifyUser(request);
    if (userId === undefined) return false;
    // This app lets its users at their own progress and events and at the published guides;
    // definitions and explain stay with the staff tools.
    if (action.type === 'definitions:read') return true;
    return 'userId' in action && action.type !== 'explain' && action.userId === userId;
  };
  const guidepost = createGuidepostHandler({ database, authorize, basePath: '/api/guidepost' });
  const app = new Hono();
  app.get('/health', (c) => c.text('ok'));
  app.all('/api/guidepost/*', (c) => guidepost(c.req.raw));
  return app;
}
