import { SNAPSHOT_VERSION, decodeSnapshot, encodeSnapshot, mergeSnapshots } from '@guidepost/core';
import type { Snapshot } from '@guidepost/core';
import type { SqlDatabase, SqlExecutor } from '../database/sql-database';

/** How long an idempotency key is remembered; a retry later than this merges again (harmless). */
export const IDEMPOTENCY_KEY_TTL_DAYS = 7;

/** The stored value, as written (a newer build's snapshot is passed on untouched). */
export async function loadProgress(db: SqlExecutor, userId: string): Promise<unknown> {
  const { rows } = await db.query<{ snapshot: unknown }>(
    'SELECT snapshot FROM guidepost_progress WHERE user_id = $1 AND schema_version > 0',
    [userId],
  );
  return rows[0]?.snapshot;
}

/** What a save did. */
export type SaveProgressResult =
  | { readonly status: 'saved'; readonly snapshot: Snapshot }
  /** The idempotency key was seen before: nothing was written. */
  | { readonly status: 'repeated' }
  /** What is stored was written by a newer schema: nothing was written over it. */
  | { readonly status: 'stored_newer'; readonly version: number };

/**
 * Merges `incoming` into the user's stored snapshot (`mergeSnapshots`: nothing dismissed,
 * completed or counted is ever lost, whatever the order of writes) in one transaction that
 * holds the user's row lock, so concurrent saves of one user apply one after the other.
 * A repeated `idempotencyKey` changes nothing.
 */
export function saveProgress(
  database: SqlDatabase,
  userId: string,
  incoming: Snapshot,
  idempotencyKey: string | undefined,
): Promise<SaveProgressResult> {
  return database
    .transaction(async (tx): Promise<SaveProgressResult> => {
      // The placeholder row gives the lock something to hold for a first save; it is replaced
      // below in the same transaction, so nobody ever reads it.
      await tx.query(
        `INSERT INTO guidepost_progress (user_id, schema_version, snapshot)
       VALUES ($1, 0, '{}'::jsonb) ON CONFLICT (user_id) DO NOTHING`,
        [userId],
      );
      const { rows } = await tx.query<{ snapshot: unknown; schema_version: number }>(
        'SELECT snapshot, schema_version FROM guidepost_progress WHERE user_id = $1 FOR UPDATE',
        [userId],
      );
      if (idempotencyKey !== undefined) {
        const fresh = await tx.query(
          `INSERT INTO guidepost_idempotency_keys (user_id, key) VALUES ($1, $2)
         ON CONFLICT DO NOTHING RETURNING key`,
          [userId, idempotencyKey],
        );
        if (fresh.rows.length === 0) return { status: 'repeated' };
      }
      const row = rows[0];
      const stored =
        row === undefined || row.schema_version === 0
          ? undefined
          : decodeSnapshot(row.snapshot, { userId });
      if (stored?.status === 'newer') {
        // The key stays unrecorded (the transaction rolls back), so a retry after an upgrade counts.
        throw new StoredNewerSignal(stored.version);
      }
      const current =
        stored?.status === 'ok' || stored?.status === 'migrated' ? stored.snapshot : undefined;
      const merged = current === undefined ? incoming : mergeSnapshots(current, incoming);
      await tx.query(
        `UPDATE guidepost_progress SET snapshot = $2::jsonb, schema_version = $3, updated_at = now()
       WHERE user_id = $1`,
        [userId, encodeSnapshot(merged), SNAPSHOT_VERSION],
      );
      if (idempotencyKey !== undefined) {
        await tx.query(
          `DELETE FROM guidepost_idempotency_keys
         WHERE user_id = $1 AND created_at < now() - make_interval(days => $2)`,
          [userId, IDEMPOTENCY_KEY_TTL_DAYS],
        );
      }
      return { status: 'saved', snapshot: merged };
    })
    .catch((cause: unknown): SaveProgressResult => {
      if (cause instanceof StoredNewerSignal) {
        return { status: 'stored_newer', version: cause.version };
      }
      throw cause;
    });
}

/** Rolls the transaction back when the stored snapshot is newer. */
class StoredNewerSignal extends Error {
  constructor(readonly version: number) {
    super('stored snapshot is newer');
  }
}
