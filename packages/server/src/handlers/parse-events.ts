import type { GuidepostEventName } from '@guidepost/core';
import { isValidId } from '../http/ids';
import { HttpError } from '../http/responses';
import type { StoredEvent } from '../store/event-store';

/**
 * The events `@guidepost/core` emits; anything else is not a Guidepost event. A record over the
 * core's union of names, so an event the engine starts emitting cannot be left out here.
 */
const KNOWN_EVENTS: Readonly<Record<GuidepostEventName, true>> = {
  guide_shown: true,
  step_viewed: true,
  step_completed: true,
  step_skipped: true,
  guide_completed: true,
  guide_dismissed: true,
  guide_snoozed: true,
  checklist_item_completed: true,
  cta_clicked: true,
  guide_error: true,
  exposure: true,
  goal_reached: true,
  survey_answered: true,
};
const EVENT_NAMES: ReadonlySet<string> = new Set(Object.keys(KNOWN_EVENTS));

/** The latest moment a JavaScript `Date` can hold, in epoch ms. */
const MAX_TIME = 8.64e15;

/** Longest string field kept (hrefs, error messages). */
const MAX_STRING = 2_000;

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(index: number, field: string, expected: string): HttpError {
  return new HttpError(
    422,
    'invalid_event',
    `events[${index}].${field}: expected ${expected}. Nothing in the batch was stored.`,
  );
}

/** Checks one event and keeps its primitive fields only. */
function parseEvent(value: unknown, index: number, userId: string): StoredEvent {
  if (!isPlainRecord(value)) throw invalid(index, '', 'an object');
  const { id, name, guideId, timestamp } = value;
  if (!isValidId(id)) throw invalid(index, 'id', 'an id of 1 to 128 letters, digits or _-.:@+=|');
  if (typeof name !== 'string' || !EVENT_NAMES.has(name)) {
    throw invalid(index, 'name', `one of ${[...EVENT_NAMES].join(', ')}`);
  }
  if (typeof guideId !== 'string' || guideId.length === 0 || guideId.length > 200) {
    throw invalid(index, 'guideId', 'a guide id');
  }
  if (typeof timestamp !== 'number' || !(timestamp >= 0 && timestamp <= MAX_TIME)) {
    throw invalid(index, 'timestamp', 'epoch milliseconds');
  }
  if (value.userId !== undefined && value.userId !== userId) {
    throw invalid(index, 'userId', `'${userId}', the user in the URL`);
  }
  const event: Record<string, string | number | boolean> = {};
  for (const [key, field] of Object.entries(value)) {
    if (typeof field === 'string') {
      if (field.length > MAX_STRING) throw invalid(index, key, `at most ${MAX_STRING} characters`);
      event[key] = field;
    } else if (
      (typeof field === 'number' && Number.isFinite(field)) ||
      typeof field === 'boolean'
    ) {
      event[key] = field;
    } else if (field !== undefined && field !== null) {
      throw invalid(index, key, 'a string, a number or a boolean');
    }
  }
  event.userId = userId;
  return { id, userId, name, guideId, timestamp, event };
}

/**
 * Reads a batch, `{ "events": [...] }`: each a Guidepost event with an `id` of the client's
 * choosing. One bad event refuses the whole batch, so a client learns of it at once.
 */
export function parseEventBatch(body: unknown, userId: string, maxEvents: number): StoredEvent[] {
  const events = isPlainRecord(body) ? body.events : undefined;
  if (!Array.isArray(events)) {
    throw new HttpError(422, 'invalid_batch', 'Send { "events": [...] }. Nothing was stored.');
  }
  if (events.length > maxEvents) {
    throw new HttpError(
      413,
      'batch_too_large',
      `A batch holds at most ${maxEvents} events; this one has ${events.length}. Nothing was stored.`,
    );
  }
  return events.map((event, index) => parseEvent(event, index, userId));
}
