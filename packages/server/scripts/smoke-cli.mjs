// Runs the built `guidepost-server` command as `npx guidepost-server` would, with PGlite in
// memory: it must start with no database installed, answer with its token, and stop on SIGTERM.
/* global fetch, console */
import { spawn } from 'node:child_process';
import process from 'node:process';
import { clearTimeout, setTimeout } from 'node:timers';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli.js');
const child = spawn(process.execPath, [cli, '--port', '0', '--data-dir', ':memory:'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const deadline = setTimeout(() => {
  child.kill('SIGKILL');
  console.error('guidepost-server did not start within 60 s');
  process.exit(1);
}, 60_000);

let output = '';
for await (const chunk of child.stdout) {
  output += chunk;
  const url = /listening on (\S+),/.exec(output)?.[1];
  const token = /Authorization: Bearer (\S+)/.exec(output)?.[1];
  if (url === undefined || token === undefined) continue;
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const snapshot = {
    v: 1,
    userId: 'smoke',
    guides: { welcome: { status: 'dismissed', version: 1, resetAt: 0, shows: 1 } },
    events: {},
  };
  const put = await fetch(`${url}/progress/smoke`, {
    method: 'PUT',
    headers,
    body: JSON.stringify(snapshot),
  });
  const get = await fetch(`${url}/progress/smoke`, { headers });
  const refused = await fetch(`${url}/progress/smoke`);
  const stored = await get.json();
  child.kill('SIGTERM');
  clearTimeout(deadline);
  const ok =
    put.status === 200 && stored.guides?.welcome?.status === 'dismissed' && refused.status === 403;
  console.log(
    ok
      ? 'guidepost-server smoke test: ok'
      : `guidepost-server smoke test failed: ${put.status} ${JSON.stringify(stored)} ${refused.status}`,
  );
  process.exit(ok ? 0 : 1);
}
console.error(`guidepost-server exited before it listened:\n${output}`);
process.exit(1);
