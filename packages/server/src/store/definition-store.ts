import type { SqlDatabase, SqlExecutor } from '../database/sql-database';

/** A definition version without its body, as the version list shows it. */
export interface DefinitionVersionSummary {
  readonly version: number;
  readonly status: 'draft' | 'published';
  readonly note: string;
  readonly createdBy: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly publishedBy: string | null;
  readonly publishedAt: string | null;
  /** The version clients get now. */
  readonly current: boolean;
}

/** One version with its body. */
export interface DefinitionVersion extends DefinitionVersionSummary {
  readonly definition: unknown;
}

interface VersionRow {
  version: number;
  status: 'draft' | 'published';
  note: string;
  created_by: string | null;
  created_at: Date | string;
  updated_at: Date | string;
  published_by: string | null;
  published_at: Date | string | null;
  definition?: unknown;
}

const iso = (value: Date | string): string => new Date(value).toISOString();

function summary(row: VersionRow, current: number | undefined): DefinitionVersionSummary {
  return {
    version: row.version,
    status: row.status,
    note: row.note,
    createdBy: row.created_by,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    publishedBy: row.published_by,
    publishedAt: row.published_at === null ? null : iso(row.published_at),
    current: row.version === current,
  };
}

/** The version of the last release (publish or roll-back), if any. */
export async function currentVersion(db: SqlExecutor): Promise<number | undefined> {
  const { rows } = await db.query<{ version: number }>(
    'SELECT version FROM guidepost_releases ORDER BY id DESC LIMIT 1',
  );
  return rows[0]?.version;
}

export async function listVersions(db: SqlExecutor): Promise<DefinitionVersionSummary[]> {
  const current = await currentVersion(db);
  const { rows } = await db.query<VersionRow>(
    `SELECT version, status, note, created_by, created_at, updated_at, published_by, published_at
     FROM guidepost_definitions ORDER BY version DESC`,
  );
  return rows.map((row) => summary(row, current));
}

export async function getVersion(
  db: SqlExecutor,
  version: number,
): Promise<DefinitionVersion | undefined> {
  const current = await currentVersion(db);
  const { rows } = await db.query<VersionRow>(
    'SELECT * FROM guidepost_definitions WHERE version = $1',
    [version],
  );
  const row = rows[0];
  return row === undefined ? undefined : { ...summary(row, current), definition: row.definition };
}

/** Adds a draft with the next version number. */
export function createDraft(
  database: SqlDatabase,
  definition: unknown,
  note: string,
  actor: string | undefined,
): Promise<number> {
  return database.transaction(async (tx) => {
    // One writer at a time takes the next number.
    await tx.query('LOCK TABLE guidepost_definitions IN SHARE ROW EXCLUSIVE MODE');
    const { rows } = await tx.query<{ version: number }>(
      `INSERT INTO guidepost_definitions (version, status, definition, note, created_by)
       SELECT COALESCE(max(version), 0) + 1, 'draft', $1::jsonb, $2, $3 FROM guidepost_definitions
       RETURNING version`,
      [JSON.stringify(definition), note, actor ?? null],
    );
    return rows[0]!.version;
  });
}

/** What changing a version found. */
export type VersionChange = 'done' | 'missing' | 'published' | 'draft';

/** The status of `version`, its row locked until the transaction ends; `undefined` if none. */
async function lockStatus(tx: SqlExecutor, version: number): Promise<string | undefined> {
  const { rows } = await tx.query<{ status: string }>(
    'SELECT status FROM guidepost_definitions WHERE version = $1 FOR UPDATE',
    [version],
  );
  return rows[0]?.status;
}

/** Replaces a draft's body; a published version is never changed. */
export function updateDraft(
  database: SqlDatabase,
  version: number,
  definition: unknown,
  note: string | undefined,
): Promise<VersionChange> {
  return database.transaction(async (tx) => {
    const status = await lockStatus(tx, version);
    if (status === undefined) return 'missing';
    if (status === 'published') return 'published';
    await tx.query(
      `UPDATE guidepost_definitions SET definition = $2::jsonb, note = COALESCE($3, note),
       updated_at = now() WHERE version = $1`,
      [version, JSON.stringify(definition), note ?? null],
    );
    return 'done';
  });
}

/** Publishes a draft (it becomes immutable) or re-releases a published version; clients get it. */
export function publishVersion(
  database: SqlDatabase,
  version: number,
  actor: string | undefined,
): Promise<VersionChange> {
  return database.transaction(async (tx) => {
    const status = await lockStatus(tx, version);
    if (status === undefined) return 'missing';
    if (status === 'draft') {
      await tx.query(
        `UPDATE guidepost_definitions SET status = 'published', published_by = $2,
         published_at = now(), updated_at = now() WHERE version = $1`,
        [version, actor ?? null],
      );
    }
    await tx.query(
      `INSERT INTO guidepost_releases (version, kind, released_by) VALUES ($1, 'publish', $2)`,
      [version, actor ?? null],
    );
    return 'done';
  });
}

/**
 * Makes an earlier published version current again (without `version`, the highest published
 * version below the current one). Nothing is deleted: the roll-back is a release of its own.
 */
export function rollBack(
  database: SqlDatabase,
  version: number | undefined,
  actor: string | undefined,
): Promise<{ readonly change: VersionChange; readonly version?: number }> {
  return database.transaction(async (tx) => {
    await tx.query('LOCK TABLE guidepost_releases IN SHARE ROW EXCLUSIVE MODE');
    const current = await currentVersion(tx);
    let target = version;
    if (target === undefined) {
      const { rows } = await tx.query<{ version: number }>(
        `SELECT version FROM guidepost_definitions WHERE status = 'published' AND version < $1
         ORDER BY version DESC LIMIT 1`,
        [current ?? 0],
      );
      target = rows[0]?.version;
      if (target === undefined) return { change: 'missing' };
    }
    const { rows } = await tx.query<{ status: string }>(
      'SELECT status FROM guidepost_definitions WHERE version = $1',
      [target],
    );
    const status = rows[0]?.status;
    if (status === undefined) return { change: 'missing', version: target };
    if (status === 'draft') return { change: 'draft', version: target };
    await tx.query(
      `INSERT INTO guidepost_releases (version, kind, released_by) VALUES ($1, 'rollback', $2)`,
      [target, actor ?? null],
    );
    return { change: 'done', version: target };
  });
}

/** The current release's body. */
export async function currentDefinition(
  db: SqlExecutor,
): Promise<{ readonly version: number; readonly definition: unknown } | undefined> {
  const { rows } = await db.query<{ version: number; definition: unknown }>(
    `SELECT d.version, d.definition FROM guidepost_definitions d
     JOIN (SELECT version FROM guidepost_releases ORDER BY id DESC LIMIT 1) r USING (version)`,
  );
  return rows[0];
}
