import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from './database/migrate';
import { MIGRATIONS } from './database/migrations';
import type { SqlDatabase } from './database/sql-database';
import { createTestDatabase } from './testing/test-database';
import type { TestDatabase } from './testing/test-database';

let stored: TestDatabase;
let database: SqlDatabase;
beforeAll(async () => {
  stored = await createTestDatabase();
  database = await stored.open();
});
afterAll(async () => {
  await database.close();
  await stored.remove();
});

describe('migrations', () => {
  it('are applied once, in order, when the database opens', async () => {
    const { rows } = await database.query<{ version: number }>(
      'SELECT version FROM guidepost_migrations ORDER BY version',
    );
    expect(rows.map((row) => row.version)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(await migrate(database)).toEqual([]);
  });

  it('apply a new step to a database that has the earlier ones', async () => {
    const next = {
      version: 99,
      name: 'a later step',
      sql: 'CREATE TABLE guidepost_later (id int);',
    };
    expect(await migrate(database, [...MIGRATIONS, next])).toEqual([99]);
    await database.query('SELECT id FROM guidepost_later');
  });

  it('refuse a database a newer build migrated', async () => {
    await expect(migrate(database, MIGRATIONS)).rejects.toThrow(
      /schema is at version 99, newer than this build's 1: upgrade @guidepost\/server/,
    );
  });
});
