#!/usr/bin/env node
// Runs after tsup in each package's build. The bundler pass tsup adds for tree shaking drops
// module-level directives ("use client") and appends a second sourceMappingURL comment, and
// source maps carry the whole source (two thirds of the unpacked size). This leaves each
// JavaScript entry with the directive when asked, one sourceMappingURL, and maps that point
// into the sources without embedding them.
//
// Usage: node scripts/finish-dist.mjs <dist directory> <entry file>... [--use-client <entry file>...]
// (the files after --use-client get the directive)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import process from 'node:process';

const [distDirectory, ...rest] = process.argv.slice(2);
const flag = rest.indexOf('--use-client');
const clientEntries = new Set(flag === -1 ? [] : rest.slice(flag + 1));
const entries = rest.filter((argument) => argument !== '--use-client');
if (distDirectory === undefined || entries.length === 0) {
  process.stderr.write(
    'usage: finish-dist.mjs <dist directory> <entry file>... [--use-client <entry file>...]\n',
  );
  process.exit(2);
}

// Chunks that code splitting shares between entries are finished too, whatever their names.
for (const file of readdirSync(distDirectory)) {
  if (/^chunk-.*\.c?js$/.test(file) && !entries.includes(file)) entries.push(file);
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
  if (clientEntries.has(entry)) {
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
