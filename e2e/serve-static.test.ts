import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from './serve-static';
import type { StaticServer } from './serve-static';

const folder = mkdtempSync(join(tmpdir(), 'serve-static-'));
writeFileSync(join(folder, 'index.html'), '<!doctype html><title>home</title>');
writeFileSync(join(folder, 'index.json'), '{"entries":{}}');

let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(folder);
});

afterAll(async () => {
  await server.close();
});

describe('serveStatic', () => {
  it.each([
    ['', 200, 'text/html; charset=utf-8'],
    ['index.json', 200, 'application/json; charset=utf-8'],
    ['missing.js', 404, null],
    ['favicon.ico', 204, null],
    ['..%2fpackage.json', 403, null],
  ])('answers /%s with %i (%s)', async (path, status, contentType) => {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe(contentType);
  });
});
