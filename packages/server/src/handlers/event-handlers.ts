import type { HandlerContext } from '../handler-context';
import { requireId } from '../http/ids';
import { readJsonBody } from '../http/read-json-body';
import { json } from '../http/responses';
import { storeEvents } from '../store/event-store';
import { parseEventBatch } from './parse-events';

/**
 * `POST /events/:userId`: stores a batch of the user's events (a repeated event id is stored
 * once) and hands the new ones to `onEvents`. Answers `{ stored, repeated }`.
 */
export async function postEvents(
  context: HandlerContext,
  request: Request,
  userIdParam: string,
): Promise<Response> {
  const userId = requireId(userIdParam, 'The user id');
  await context.authorize(request, { type: 'events:write', userId });
  const body = await readJsonBody(request, context.bodyBytes);
  const events = parseEventBatch(body, userId, context.eventsPerBatch);
  const fresh = await storeEvents(context.database, events);
  if (fresh.length > 0 && context.options.onEvents) {
    try {
      await context.options.onEvents(fresh);
    } catch (cause) {
      (context.options.onError ?? console.error)(cause);
    }
  }
  return json({ stored: fresh.length, repeated: events.length - fresh.length });
}
