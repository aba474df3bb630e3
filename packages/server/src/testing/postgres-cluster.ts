import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A PostgreSQL cluster that lives in a temporary folder for one test run. */
export interface PostgresCluster {
  /** A connection string to the cluster's `postgres` database. */
  readonly url: string;
  readonly port: number;
  /** Stops the server and removes its folder. */
  stop(): void;
}

/** Debian installs each major version under /usr/lib/postgresql/<major>/bin; take the newest. */
function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root)
    ? readdirSync(root)
        .filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const major = majors[0];
  if (major === undefined) {
    throw new Error('PostgreSQL is not installed: run scripts/ensure-postgresql.sh.');
  }
  return join(root, major, 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * PostgreSQL refuses to run as root: as root, the cluster runs as Debian's `postgres` system
 * user (through `runuser`); as anyone else, as that user.
 */
function runAsOwner(command: string, args: readonly string[]): void {
  const asRoot = process.getuid?.() === 0;
  const [file, argv] = asRoot
    ? ['runuser', ['-u', 'postgres', '--', command, ...args]]
    : [command, [...args]];
  const result = spawnSync(file, argv, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(
      `${command} failed: ${result.stderr || result.stdout || result.error?.message}`,
    );
  }
}

/** Creates and starts a cluster on a free port in a fresh temporary folder. */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'guidepost-pg-'));
  const data = join(dir, 'data');
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres:postgres', dir]);
  chmodSync(dir, 0o700);
  const port = await freePort();
  const stop = (): void => {
    if (existsSync(join(data, 'postmaster.pid'))) {
      try {
        runAsOwner(join(bin, 'pg_ctl'), ['stop', '-D', data, '-m', 'immediate', '-s']);
      } catch {
        // Removing the folder below still ends the test run cleanly.
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    runAsOwner(join(bin, 'initdb'), [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=trust',
      '--no-sync',
      '-E',
      'UTF8',
      '--no-instructions',
    ]);
    runAsOwner(join(bin, 'pg_ctl'), [
      'start',
      '-D',
      data,
      '-w',
      '-s',
      '-l',
      join(dir, 'server.log'),
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
    ]);
  } catch (cause) {
    stop();
    throw cause;
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, port, stop };
}
