import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../e2e/launch-chromium';
import { serveStatic, type StaticServer } from '../e2e/serve-static';
import { collectConsoleProblems, runGuideScript } from './guide-script';
import { WORK_DIR } from './prepare-consumers';
import { runCommand } from './run-command';

const REACT18 = join(WORK_DIR, 'react18');
const REACT19 = join(WORK_DIR, 'react19');

let browser: Browser;
const servers: StaticServer[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await Promise.all([browser?.close(), ...servers.map((server) => server.close())]);
});

/** Opens `url` in a fresh context and runs the guide script with no console warning or error. */
async function runInChromium(url: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const problems = collectConsoleProblems(page);
    await page.goto(url, { waitUntil: 'load' });
    await runGuideScript(expect, page);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
}

/** Builds the Vite app of an install in development mode (React's warnings on) and serves it. */
async function buildViteApp(install: string): Promise<string> {
  await runCommand('pnpm', ['exec', 'vite', 'build', 'vite-app'], {
    cwd: install,
    env: { NODE_ENV: 'development' },
  });
  const server = await serveStatic(join(install, 'vite-app', 'dist'));
  servers.push(server);
  return server.url;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts `next start` and resolves once it answers; the caller stops it. */
async function startNext(port: number): Promise<ChildProcess> {
  const child = spawn('pnpm', ['exec', 'next', 'start', 'next-app', '-p', String(port)], {
    cwd: REACT19,
    stdio: 'ignore',
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      if (response.ok) return child;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill();
  throw new Error('next start did not answer within 60 s');
}

describe('apps that install Guidepost from the packed tarballs', () => {
  it('React 18 + Vite: a tour, an announcement and a checklist open, close and give focus back', async () => {
    await runInChromium(await buildViteApp(REACT18));
  });

  it('React 19 + Vite: a tour, an announcement and a checklist open, close and give focus back', async () => {
    await runInChromium(await buildViteApp(REACT19));
  });

  it('Next.js App Router: a Server Component imports the package; next build, next start, the guides work', async () => {
    await runCommand('pnpm', ['exec', 'next', 'build', 'next-app'], {
      cwd: REACT19,
      env: { NEXT_TELEMETRY_DISABLED: '1' },
    });
    const port = await freePort();
    const next = await startNext(port);
    try {
      const html = await (await fetch(`http://127.0.0.1:${port}/`)).text();
      // Decided on the server, from the module that also makes the hooks.
      expect(html).toContain('Welcome, new user');
      await runInChromium(`http://127.0.0.1:${port}/`);
    } finally {
      next.kill();
    }
  });

  it('A script tag: the bundle with React included runs the guides on a page without a build', async () => {
    const server = await serveStatic(REACT19);
    servers.push(server);
    await runInChromium(`${server.url}script-tag/index.html`);
  });

  it('Node: both packages load with require(), and an engine lets the process exit', async () => {
    const { output } = await runCommand('node', ['node/require.cjs'], {
      cwd: REACT19,
      timeout: 20_000,
    });
    expect(output).toContain('require: ok');
  });

  it('Jest + jsdom: an anchored step appears, and the test kit drives the guides with Testing Library', async () => {
    await runCommand('pnpm', ['exec', 'jest', '--config', 'jest/jest.config.cjs', '--ci'], {
      cwd: REACT19,
    });
  });
});
