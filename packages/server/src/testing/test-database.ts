import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { pgliteDatabase } from '../database/pglite-database';
import { postgresDatabase } from '../database/postgres-database';
import type { SqlDatabase } from '../database/sql-database';

/** Which database the running project tests: `server-pglite` or `server-postgres`. */
export type TestDatabaseKind = 'pglite' | 'postgres';

/** A database of its own for one test file, that can be opened again as after a restart. */
export interface TestDatabase {
  readonly kind: TestDatabaseKind;
  /** Opens (again) the same stored data, migrated. */
  open(): Promise<SqlDatabase>;
  /** Removes what `open` left behind. */
  remove(): Promise<void>;
}

export function testDatabaseKind(): TestDatabaseKind {
  return process.env.GUIDEPOST_TEST_DATABASE === 'postgres' ? 'postgres' : 'pglite';
}

let created = 0;

/**
 * Compiling PGlite and running initdb costs seconds; a migrated data folder, dumped once per
 * worker, starts a fresh database in a fraction of that.
 */
let pgliteTemplate: Promise<Blob> | undefined;

function migratedPGliteDump(): Promise<Blob> {
  pgliteTemplate ??= (async () => {
    const pglite = new PGlite();
    const database = await pgliteDatabase(pglite);
    const dump = await pglite.dumpDataDir('none');
    await database.close();
    return dump;
  })();
  return pgliteTemplate;
}

async function openPGlite(dataDir: string | undefined, fresh: boolean): Promise<SqlDatabase> {
  const loadDataDir = fresh ? await migratedPGliteDump() : undefined;
  const options = loadDataDir === undefined ? {} : { loadDataDir };
  return pgliteDatabase(dataDir === undefined ? new PGlite(options) : new PGlite(dataDir, options));
}

/**
 * A fresh database for the current project: an in-memory PGlite (on disk when `persistent`, so
 * it survives `close` and `open`), or a new database in the run's PostgreSQL cluster.
 */
export async function createTestDatabase(
  options: { readonly persistent?: boolean } = {},
): Promise<TestDatabase> {
  if (testDatabaseKind() === 'pglite') {
    const dataDir = options.persistent
      ? mkdtempSync(join(tmpdir(), 'guidepost-pglite-'))
      : undefined;
    let opened = false;
    return {
      kind: 'pglite',
      open: () => {
        const fresh = !opened;
        opened = true;
        return openPGlite(dataDir, fresh);
      },
      remove: async () => {
        if (dataDir !== undefined) rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = inject('postgresUrl');
  const name = `guidepost_${process.pid}_${Date.now()}_${(created += 1)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    kind: 'postgres',
    open: () => postgresDatabase({ connectionString: url.toString(), max: 20 }),
    remove: async () => {
      const again = new pg.Client({ connectionString: adminUrl });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    },
  };
}
