import pg from 'pg';
import { migrate } from './migrate';
import type { SqlDatabase, SqlExecutor } from './sql-database';

/** A `pg` pool, or what to create one from. */
export type PostgresConnection = pg.Pool | string | pg.PoolConfig;

function executor(client: pg.Pool | pg.PoolClient): SqlExecutor {
  return {
    query: async <Row extends object>(text: string, params: readonly unknown[] = []) => {
      const result = await client.query<Row & pg.QueryResultRow>(text, [...params]);
      return { rows: result.rows };
    },
    execute: async (script) => {
      // Without parameters `pg` uses the simple protocol, which runs several statements.
      await client.query(script);
    },
  };
}

/**
 * Connects to PostgreSQL through a `pg` pool and brings the schema up to date (migrations run
 * once, under an advisory lock, however many servers start together). Pass a connection
 * string, a pool config, or a pool the app already has (then `close` leaves it open).
 *
 * @example
 * const database = await postgresDatabase(process.env.DATABASE_URL!);
 */
export async function postgresDatabase(connection: PostgresConnection): Promise<SqlDatabase> {
  const owned = !(connection instanceof pg.Pool);
  const pool =
    connection instanceof pg.Pool
      ? connection
      : new pg.Pool(typeof connection === 'string' ? { connectionString: connection } : connection);
  // An idle client whose server went away (a restart, a failover) emits 'error'; unhandled, it
  // would end the process. The pool drops that client and connects anew on the next query.
  if (owned) pool.on('error', () => undefined);
  const database: SqlDatabase = {
    ...executor(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(executor(client));
        await client.query('COMMIT');
        return result;
      } catch (cause) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw cause;
      } finally {
        client.release();
      }
    },
    close: async () => {
      if (owned) await pool.end();
    },
  };
  try {
    await migrate(database);
  } catch (cause) {
    await database.close();
    throw cause;
  }
  return database;
}
