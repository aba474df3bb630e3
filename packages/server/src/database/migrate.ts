import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations';
import type { SqlDatabase } from './sql-database';

/** Any fixed number: the advisory lock that lets one server at a time migrate. */
const MIGRATION_LOCK = 4_715_001;

/**
 * Applies the migrations a database has not had yet, each in its own transaction, under an
 * advisory lock so servers starting together migrate once. Returns the versions applied.
 * Refuses a database migrated by a newer build (a version this build does not know).
 */
export async function migrate(
  database: SqlDatabase,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  await database.query(`CREATE TABLE IF NOT EXISTS guidepost_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const applied: number[] = [];
  for (const migration of migrations) {
    const done = await database.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const found = await tx.query('SELECT 1 FROM guidepost_migrations WHERE version = $1', [
        migration.version,
      ]);
      if (found.rows.length > 0) return false;
      await tx.execute(migration.sql);
      await tx.query('INSERT INTO guidepost_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  const known = Math.max(0, ...migrations.map((m) => m.version));
  const newest = await database.query<{ version: number | null }>(
    'SELECT max(version) AS version FROM guidepost_migrations',
  );
  const stored = newest.rows[0]?.version ?? 0;
  if (stored > known) {
    throw new Error(
      `The database schema is at version ${stored}, newer than this build's ${known}: ` +
        'upgrade @guidepost/server.',
    );
  }
  return applied;
}
