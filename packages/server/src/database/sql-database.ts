/** Runs one parameterized statement; rows come back as plain objects (`jsonb` already parsed). */
export interface SqlExecutor {
  query<Row extends object = Record<string, unknown>>(
    text: string,
    params?: readonly unknown[],
  ): Promise<{ readonly rows: Row[] }>;
  /** Runs a script of several statements, without parameters (a migration). */
  execute(script: string): Promise<void>;
}

/**
 * The PostgreSQL connection `@guidepost/server` needs: parameterized queries, transactions and
 * a way to close. `postgresDatabase` (a `pg` pool) and `pgliteDatabase` (embedded PGlite)
 * implement it; any other driver can, in a few lines.
 */
export interface SqlDatabase extends SqlExecutor {
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back when it rejects.
   * Several transactions may run at once; row locks (`FOR UPDATE`) order them.
   */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Closes the connections; pending work finishes first. */
  close(): Promise<void>;
}
