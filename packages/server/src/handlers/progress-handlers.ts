import { SNAPSHOT_VERSION, decodeSnapshot, encodeSnapshot } from '@guidepost/core';
import type { HandlerContext } from '../handler-context';
import { requireId } from '../http/ids';
import { readJsonBody } from '../http/read-json-body';
import { HttpError, json } from '../http/responses';
import { loadProgress, saveProgress } from '../store/progress-store';

/**
 * `GET /progress/:userId`: the stored snapshot, as written, or 404. A snapshot a newer build
 * wrote is passed on unchanged, so the client's `decodeSnapshot` sees it is newer and writes
 * nothing over it.
 */
export async function getProgress(
  context: HandlerContext,
  request: Request,
  userIdParam: string,
): Promise<Response> {
  const userId = requireId(userIdParam, 'The user id');
  await context.authorize(request, { type: 'progress:read', userId });
  const stored = await loadProgress(context.database, userId);
  if (stored === undefined) {
    throw new HttpError(404, 'not_found', `No progress is stored for user '${userId}'.`);
  }
  return json(stored);
}

/**
 * `PUT /progress/:userId`: merges the snapshot in the body into the stored one and answers
 * with the result. Honours `Idempotency-Key` (a repeat is a no-op), refuses a snapshot of
 * another user (422) or of a newer schema (409) without touching what is stored.
 */
export async function putProgress(
  context: HandlerContext,
  request: Request,
  userIdParam: string,
): Promise<Response> {
  const userId = requireId(userIdParam, 'The user id');
  await context.authorize(request, { type: 'progress:write', userId });
  const keyHeader = request.headers.get('idempotency-key');
  const idempotencyKey = keyHeader === null ? undefined : requireId(keyHeader, 'Idempotency-Key');
  const body = await readJsonBody(request, context.bodyBytes);
  const decoded = decodeSnapshot(body, { userId });
  if (decoded.status === 'newer') {
    throw new HttpError(
      409,
      'snapshot_newer',
      `The snapshot has schema version ${decoded.version}; this server reads up to ` +
        `${SNAPSHOT_VERSION}. Nothing was stored: upgrade @guidepost/server.`,
    );
  }
  if (decoded.status === 'corrupt') {
    throw new HttpError(422, 'invalid_snapshot', `${decoded.reason} Nothing was stored.`);
  }
  const result = await saveProgress(context.database, userId, decoded.snapshot, idempotencyKey);
  if (result.status === 'stored_newer') {
    throw new HttpError(
      409,
      'stored_newer',
      `The stored progress has schema version ${result.version}, newer than this server's ` +
        `${SNAPSHOT_VERSION}: it is left untouched. Upgrade @guidepost/server.`,
    );
  }
  if (result.status === 'repeated') {
    const stored = await loadProgress(context.database, userId);
    return json(stored ?? null, 200, { 'Idempotent-Replayed': 'true' });
  }
  return new Response(encodeSnapshot(result.snapshot), {
    status: 200,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
