// app/api/guidepost/[...path]/route.ts: every Guidepost route under /api/guidepost.
import { guidepostHandler } from '../../../../lib/guidepost';

/** PGlite and `pg` need Node, not the Edge runtime. */
export const runtime = 'nodejs';
/** Progress and definitions change per request: never cache the route itself. */
export const dynamic = 'force-dynamic';

async function handle(request: Request): Promise<Response> {
  return (await guidepostHandler())(request);
}

export { handle as GET, handle as POST, handle as PUT };
