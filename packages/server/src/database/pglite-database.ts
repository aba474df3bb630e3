import { PGlite } from '@electric-sql/pglite';
import { migrate } from './migrate';
import type { SqlDatabase, SqlExecutor } from './sql-database';

/** Where PGlite keeps its files. */
export interface PGliteDatabaseOptions {
  /** A folder to keep the data in; without one the data lives in memory and is lost on close. */
  readonly dataDir?: string;
}

function executor(target: Pick<PGlite, 'query' | 'exec'>): SqlExecutor {
  return {
    query: async <Row extends object>(text: string, params: readonly unknown[] = []) => {
      const result = await target.query<Row>(text, [...params]);
      return { rows: result.rows };
    },
    execute: async (script) => {
      await target.exec(script);
    },
  };
}

/**
 * Opens PostgreSQL embedded in the process (PGlite, compiled to WebAssembly) and brings its
 * schema up to date: a server with no database to install, for trying Guidepost out, small
 * deployments and tests. PGlite runs one statement at a time, so transactions queue. Pass a
 * `PGlite` instance to choose its options yourself; `close` closes it.
 *
 * @example
 * const database = await pgliteDatabase({ dataDir: './guidepost-data' });
 */
export async function pgliteDatabase(
  options: PGliteDatabaseOptions | PGlite = {},
): Promise<SqlDatabase> {
  const pglite =
    options instanceof PGlite
      ? options
      : options.dataDir === undefined
        ? new PGlite()
        : new PGlite(options.dataDir);
  await pglite.waitReady;
  const database: SqlDatabase = {
    ...executor(pglite),
    transaction: (work) => pglite.transaction((tx) => work(executor(tx))),
    close: () => pglite.close(),
  };
  try {
    await migrate(database);
  } catch (cause) {
    await pglite.close();
    throw cause;
  }
  return database;
}
