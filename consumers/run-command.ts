import { spawn } from 'node:child_process';

/** Options of {@link runCommand}. */
export interface RunCommandOptions {
  readonly cwd: string;
  readonly env?: Readonly<Record<string, string>>;
  /** Kill the command after this many ms. @default 300_000 */
  readonly timeout?: number;
}

/** What a finished command printed, and how it ended. */
export interface CommandResult {
  readonly code: number | null;
  readonly output: string;
}

/**
 * Runs a command to its end and collects stdout and stderr together; rejects with the output
 * when it fails or outlives `timeout`, so a failing step shows why.
 *
 * @example
 * await runCommand('pnpm', ['install'], { cwd: fixture });
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: RunCommandOptions,
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeout ?? 300_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve({ code, output });
      else {
        const how = signal === null ? `exit code ${code}` : `signal ${signal}`;
        reject(
          new Error(`${command} ${args.join(' ')} failed (${how}) in ${options.cwd}:\n${output}`),
        );
      }
    });
  });
}
