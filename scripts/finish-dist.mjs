#!/usr/bin/env node
// Runs after tsup in each package's build. The bundler pass tsup adds for tree shaking drops
// module-level directives ("use client") and appends a second sourceMappingURL comment, and
// source maps carry the whole source (two thirds of the unpacked size). This leaves every
// JavaScript file of the dist directory (each module of the per-module ESM build, each CommonJS
// entry) with the directive when asked, one sourceMappingURL, and maps that point into the
// sources without embedding them.
//
// Usage: node scripts/finish-dist.mjs <dist directory> [<entry>...] [--use-client-except <file>...]
// (the entries named must exist, and every file is finished either way; with the flag, every
// JavaScript file but the ones listed, relative to the dist directory, gets the directive: the
// client graph is everything but the package's entries)
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, sep } from 'node:path';
import process from 'node:process';

const [distDirectory, ...rest] = process.argv.slice(2);
const flag = rest.indexOf('--use-client-except');
if (distDirectory === undefined) {
  process.stderr.write(
    'usage: finish-dist.mjs <dist directory> [<entry>...] [--use-client-except <file>...]\n',
  );
  process.exit(2);
}
const serverEntries = flag === -1 ? undefined : new Set(rest.slice(flag + 1));
const named = [...(flag === -1 ? rest : rest.slice(0, flag)), ...(serverEntries ?? [])];

/** Every JavaScript file with a source map under the dist directory, relative to it. */
function javascriptFiles(directory) {
  return readdirSync(directory, { recursive: true })
    .map((file) => String(file).split(sep).join('/'))
    .filter((file) => /\.c?js$/.test(file) && existsSync(join(directory, `${file}.map`)));
}

const entries = javascriptFiles(distDirectory);
for (const name of named) {
  if (!entries.includes(name)) {
    process.stderr.write(`finish-dist.mjs: ${name} is not in ${distDirectory}\n`);
    process.exit(2);
  }
}

const SOURCE_MAP_COMMENT = /\n?\/\/# sourceMappingURL=\S+?\.map/g;
const DIRECTIVE = /^\s*(['"])use client\1;?[ \t]*\n?/;

for (const entry of entries) {
  const codePath = join(distDirectory, entry);
  const mapPath = `${codePath}.map`;
  let code = readFileSync(codePath, 'utf8').replace(SOURCE_MAP_COMMENT, '');
  let linesAdded = 0;
  while (DIRECTIVE.test(code)) {
    code = code.replace(DIRECTIVE, '');
    linesAdded -= 1;
  }
  if (serverEntries !== undefined && !serverEntries.has(entry)) {
    code = `"use client";\n${code}`;
    linesAdded += 1;
  }
  writeFileSync(codePath, `${code.trimEnd()}\n//# sourceMappingURL=${basename(mapPath)}\n`);

  const map = JSON.parse(readFileSync(mapPath, 'utf8'));
  delete map.sourcesContent;
  // Each `;` in `mappings` is one generated line: shift them by the lines added or removed.
  if (linesAdded > 0) map.mappings = ';'.repeat(linesAdded) + map.mappings;
  if (linesAdded < 0) map.mappings = map.mappings.replace(new RegExp(`^;{0,${-linesAdded}}`), '');
  writeFileSync(mapPath, JSON.stringify(map));
}
