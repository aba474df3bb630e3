// Type-checks every ```ts and ```tsx code block in docs/**/*.md and README.md against the
// workspace sources.
//
// Each block becomes a module at docs/.samples/<doc>/sample-<n>.ts(x). The files exist only in
// memory: the compiler host serves them and reads everything else from disk, so packages resolve
// through node_modules and the `@guidepost/source` condition exactly as the workspace does, with
// no build and nothing to clean up or ignore.
//
// Info-string words after the language:
//   file=<name>   the block is the module <name> (`guidepost.ts`), which the doc's other blocks
//                 import as './guidepost'
//   no-check      a fragment that is not compiled
//   isolated      the block is compiled in a program of its own (with what it imports): for a
//                 `declare module '@guidepost/react'` registration, which holds for every file of
//                 its program and would type the other samples by one doc's definition
//
// Exit code 1, with `docs/<doc>.md:<line>:<column>` for each error, when a sample does not compile.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const docsDir = join(root, 'docs');
const samplesDir = join(docsDir, '.samples');

/**
 * What samples take from the host page or framework: the analytics clients the analytics pages
 * hand to adapters, and the one Next.js hook the SSR page uses. Declared here so samples stay
 * to the point.
 */
const AMBIENT = `
declare const analytics: { track(name: string, properties?: Record<string, unknown>): void };
declare const rudderanalytics: { track(name: string, properties?: Record<string, unknown>): void };
declare const posthog: { capture(name: string, properties?: Record<string, unknown>): void };
declare function gtag(command: 'event', name: string, params: Record<string, string | number>): void;
declare module 'next/navigation' {
  export function usePathname(): string;
}
`;
const AMBIENT_FILE = join(samplesDir, 'ambient.d.ts');

const OPTIONS = {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  moduleDetection: ts.ModuleDetectionKind.Force,
  customConditions: ['@guidepost/source'],
  jsx: ts.JsxEmit.ReactJSX,
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  noImplicitOverride: true,
  noFallthroughCasesInSwitch: true,
  skipLibCheck: true,
  resolveJsonModule: true,
  allowImportingTsExtensions: true,
  noEmit: true,
  types: ['node'],
};

/**
 * @typedef {object} Sample
 * @property {string} doc     the Markdown file, relative to the repository
 * @property {number} line    the 1-based line of the sample's first line in the Markdown file
 * @property {string} path    the sample's virtual path
 * @property {string} code
 * @property {boolean} isolated  compiled in a program of its own
 */

/** @param {string} dir @returns {string[]} */
function markdownFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)(.*)$/;
const LANGUAGES = new Map([
  ['ts', 'ts'],
  ['typescript', 'ts'],
  ['tsx', 'tsx'],
]);

/** @param {string} file @returns {{ samples: Sample[], skipped: number }} */
function extract(file) {
  const doc = relative(root, file);
  const folder = join(samplesDir, relative(docsDir, file).replace(/\.md$/, ''));
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  /** @type {Sample[]} */
  const samples = [];
  let skipped = 0;
  for (let index = 0; index < lines.length; index++) {
    const open = FENCE.exec(lines[index] ?? '');
    if (open === null) continue;
    const [, fence = '', language = '', info = ''] = open;
    const start = index + 1;
    let end = start;
    while (end < lines.length) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(lines[end] ?? '');
      if (close?.[1]?.[0] === fence[0] && (close?.[1]?.length ?? 0) >= fence.length) break;
      end++;
    }
    index = end;
    const extension = LANGUAGES.get(language.toLowerCase());
    if (extension === undefined) continue;
    const words = info.trim().split(/\s+/);
    if (words.includes('no-check')) {
      skipped++;
      continue;
    }
    const named = words.find((word) => word.startsWith('file='))?.slice('file='.length);
    const name = named ?? `sample-${samples.length + 1}.${extension}`;
    samples.push({
      doc,
      line: start + 1,
      path: join(folder, name),
      code: lines.slice(start, end).join('\n'),
      isolated: words.includes('isolated'),
    });
  }
  return { samples, skipped };
}

const files = [...markdownFiles(docsDir).sort(), join(root, 'README.md')];
const extracted = files.map(extract);
const samples = extracted.flatMap((result) => result.samples);
const skipped = extracted.reduce((sum, result) => sum + result.skipped, 0);
const byPath = new Map(samples.map((sample) => [sample.path, sample]));
const virtual = new Map([
  ...samples.map((sample) => [sample.path, sample.code]),
  [AMBIENT_FILE, AMBIENT],
]);

const host = ts.createCompilerHost(OPTIONS, true);
const { fileExists, readFile, getSourceFile, directoryExists } = host;
/** Files from disk, parsed once for every program. @type {Map<string, ts.SourceFile | undefined>} */
const parsed = new Map();
const virtualDirs = new Set([...virtual.keys()].map((path) => dirname(path)));
host.fileExists = (path) => virtual.has(path) || fileExists.call(host, path);
host.directoryExists = (path) =>
  [...virtualDirs].some((dir) => dir === path || dir.startsWith(`${path}/`)) ||
  (directoryExists?.call(host, path) ?? true);
host.readFile = (path) => virtual.get(path) ?? readFile.call(host, path);
host.getSourceFile = (path, language, onError, create) => {
  const code = virtual.get(path);
  if (code !== undefined) return ts.createSourceFile(path, code, language, true);
  const known = parsed.get(path) ?? getSourceFile.call(host, path, language, onError, create);
  parsed.set(path, known);
  return known;
};

/**
 * Compiles samples in one program and reports their errors.
 *
 * @param {Sample[]} roots
 * @param {boolean} withOptions  report the options' errors too (the same in every program)
 * @returns {ts.Diagnostic[]}
 */
function check(roots, withOptions) {
  const rootNames = [...roots.map((sample) => sample.path), AMBIENT_FILE];
  const program = ts.createProgram({ rootNames, options: OPTIONS, host });
  return [
    ...(withOptions ? program.getOptionsDiagnostics() : []),
    ...program.getGlobalDiagnostics(),
    ...roots.flatMap((sample) => {
      const source = program.getSourceFile(sample.path);
      return source === undefined
        ? []
        : [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    }),
  ];
}

const diagnostics = [
  ...check(
    samples.filter((sample) => !sample.isolated),
    true,
  ),
  ...samples.filter((sample) => sample.isolated).flatMap((sample) => check([sample], false)),
];

/** @param {ts.Diagnostic} diagnostic */
function format(diagnostic) {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n  ');
  const sample = diagnostic.file === undefined ? undefined : byPath.get(diagnostic.file.fileName);
  if (diagnostic.file === undefined || diagnostic.start === undefined || sample === undefined) {
    return `error TS${diagnostic.code}: ${message}`;
  }
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return `${sample.doc}:${sample.line + line}:${character + 1} - error TS${diagnostic.code}: ${message}`;
}

const errors = diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error);
if (errors.length > 0) {
  process.stderr.write(`${errors.map(format).join('\n')}\n`);
  process.stderr.write(`check-docs: ${errors.length} error(s) in ${samples.length} samples\n`);
  process.exit(1);
}
process.stdout.write(
  `check-docs: ${samples.length} samples in ${files.length} files compile` +
    (skipped > 0 ? ` (${skipped} marked no-check)\n` : '\n'),
);
