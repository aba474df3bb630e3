import type { GuidepostAction } from './authorize';
import type { GuidepostHandlerOptions, HandlerContext } from './handler-context';
import {
  getCurrentDefinition,
  getDefinitionVersion,
  getVersions,
  postDraft,
  postPublish,
  postRollback,
  putDraft,
} from './handlers/definition-handlers';
import { postEvents } from './handlers/event-handlers';
import { postExplain } from './handlers/explain-handler';
import { getProgress, putProgress } from './handlers/progress-handlers';
import { HttpError, errorResponse } from './http/responses';

/** A Fetch-API handler: mounts in Next.js route handlers, Hono, Remix, Bun and Deno as it is. */
export type GuidepostHandler = (request: Request) => Promise<Response>;

type Route = (context: HandlerContext, request: Request, param: string) => Promise<Response>;

/** Method and path pattern (after `basePath`) → handler; `:param` is one path segment. */
const ROUTES: readonly (readonly [string, RegExp, Route])[] = [
  ['GET', /^\/progress\/([^/]+)$/, getProgress],
  ['PUT', /^\/progress\/([^/]+)$/, putProgress],
  ['POST', /^\/events\/([^/]+)$/, postEvents],
  ['GET', /^\/definitions$/, getCurrentDefinition],
  ['GET', /^\/definitions\/versions$/, getVersions],
  ['POST', /^\/definitions\/versions$/, postDraft],
  ['GET', /^\/definitions\/versions\/([^/]+)$/, getDefinitionVersion],
  ['PUT', /^\/definitions\/versions\/([^/]+)$/, putDraft],
  ['POST', /^\/definitions\/versions\/([^/]+)\/publish$/, postPublish],
  ['POST', /^\/definitions\/rollback$/, postRollback],
  ['POST', /^\/explain\/([^/]+)$/, postExplain],
];

const DEFAULT_BODY_BYTES = 256 * 1024;
const DEFAULT_DEFINITION_BYTES = 1024 * 1024;
const DEFAULT_EVENTS_PER_BATCH = 500;

function normalizeBase(basePath: string | undefined): string {
  const trimmed = (basePath ?? '/').replace(/\/+$/, '');
  return trimmed === '' ? '' : trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

function decodeParam(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new HttpError(400, 'invalid_path', 'The path is not valid percent-encoding.');
  }
}

/**
 * Creates the one handler behind every Guidepost route: progress (`GET`/`PUT
 * /progress/:userId`), events (`POST /events/:userId`), definitions (`GET /definitions`,
 * versions, drafts, publish, roll-back) and explain (`POST /explain/:userId`). Every request
 * goes through `authorize` first; without an `authorize` function it throws, so nothing is
 * ever open by accident.
 *
 * @example
 * const database = await pgliteDatabase({ dataDir: './guidepost-data' });
 * export const handler = createGuidepostHandler({
 *   database,
 *   basePath: '/api/guidepost',
 *   authorize: async (request, action) => {
 *     const session = await getSession(request);
 *     if ('userId' in action) return session?.userId === action.userId;
 *     return session?.role === 'editor' ? { actor: session.email } : false;
 *   },
 * });
 */
export function createGuidepostHandler(options: GuidepostHandlerOptions): GuidepostHandler {
  if (typeof options.authorize !== 'function') {
    throw new TypeError(
      'createGuidepostHandler needs an `authorize(request, action)` function: nothing is open by default.',
    );
  }
  if (options.database === undefined) {
    throw new TypeError(
      'createGuidepostHandler needs a `database` (pgliteDatabase or postgresDatabase).',
    );
  }
  const base = normalizeBase(options.basePath);
  const onError = options.onError ?? ((error: unknown) => console.error(error));
  const context: HandlerContext = {
    database: options.database,
    options,
    bodyBytes: options.limits?.bodyBytes ?? DEFAULT_BODY_BYTES,
    definitionBytes: options.limits?.definitionBytes ?? DEFAULT_DEFINITION_BYTES,
    eventsPerBatch: options.limits?.eventsPerBatch ?? DEFAULT_EVENTS_PER_BATCH,
    async authorize(request: Request, action: GuidepostAction) {
      let verdict: unknown;
      try {
        verdict = await options.authorize(request, action);
      } catch (cause) {
        onError(cause);
        verdict = false;
      }
      if (verdict === true) return undefined;
      if (typeof verdict === 'object' && verdict !== null && 'actor' in verdict) {
        const actor = (verdict as { actor: unknown }).actor;
        if (typeof actor === 'string') return actor;
      }
      throw new HttpError(403, 'forbidden', `Not allowed: ${action.type}.`);
    },
  };

  return async (request) => {
    try {
      const path = new URL(request.url).pathname;
      if (base !== '' && path !== base && !path.startsWith(`${base}/`)) {
        throw new HttpError(404, 'not_found', `No Guidepost route at ${path}.`);
      }
      const rest = path.slice(base.length) || '/';
      let pathMatched = false;
      for (const [method, pattern, route] of ROUTES) {
        const match = pattern.exec(rest);
        if (match === null) continue;
        pathMatched = true;
        if (method !== request.method) continue;
        return await route(context, request, decodeParam(match[1] ?? ''));
      }
      if (pathMatched)
        throw new HttpError(405, 'method_not_allowed', `${request.method} is not allowed here.`);
      throw new HttpError(404, 'not_found', `No Guidepost route at ${path}.`);
    } catch (error) {
      if (error instanceof HttpError) return errorResponse(error);
      onError(error);
      return errorResponse(
        new HttpError(
          500,
          'internal_error',
          'The request failed on the server; nothing was changed.',
        ),
      );
    }
  };
}
