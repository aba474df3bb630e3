import type { SqlDatabase } from '../database/sql-database';

/** A Guidepost event as stored: the client's event id, its user and its fields. */
export interface StoredEvent {
  /** The id the client gave the event; a repeat of it is stored once. */
  readonly id: string;
  readonly userId: string;
  readonly name: string;
  readonly guideId: string;
  /** The event's `timestamp` (epoch ms, from the client's clock). */
  readonly timestamp: number;
  /** Every field of the event (all primitives), `id` and `userId` included. */
  readonly event: Readonly<Record<string, string | number | boolean>>;
}

/**
 * Stores a batch in one transaction and returns the events that were new: a repeated
 * `(userId, id)` is skipped, so a client that retries a batch never counts an event twice.
 */
export function storeEvents(
  database: SqlDatabase,
  events: readonly StoredEvent[],
): Promise<StoredEvent[]> {
  return database.transaction(async (tx) => {
    const fresh: StoredEvent[] = [];
    for (const event of events) {
      const { rows } = await tx.query(
        `INSERT INTO guidepost_events (user_id, id, name, guide_id, occurred_at, event)
         VALUES ($1, $2, $3, $4, to_timestamp($5::double precision / 1000), $6::jsonb)
         ON CONFLICT (user_id, id) DO NOTHING RETURNING id`,
        [
          event.userId,
          event.id,
          event.name,
          event.guideId,
          event.timestamp,
          JSON.stringify(event.event),
        ],
      );
      if (rows.length > 0) fresh.push(event);
    }
    return fresh;
  });
}
