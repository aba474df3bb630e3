// The API report of every public entry (packages/<name>/etc/<entry>.api.md), from the built
// .d.ts, so every change of the public surface shows in review. `--check` fails when a committed
// report no longer matches the build (run `pnpm api:update` and commit the report); without it
// the reports are rewritten. Run after `pnpm build`.
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';

/** The packages and the entries of each (the keys of its package.json `exports`, as built). */
const ENTRIES = {
  core: ['index', 'targeting', 'engine'],
  react: ['index', 'targeting', 'testing', 'contract'],
};

const check = process.argv.includes('--check');
let stale = 0;

for (const [name, entries] of Object.entries(ENTRIES)) {
  const packageDir = resolve('packages', name);
  for (const entry of entries) {
    const entryPoint = resolve(packageDir, 'dist', `${entry}.d.ts`);
    if (!existsSync(entryPoint)) {
      process.stderr.write(`api-report: ${entryPoint} is missing; run \`pnpm build\` first\n`);
      process.exit(1);
    }
    const tempFolder = resolve(packageDir, 'node_modules', '.api-report');
    mkdirSync(tempFolder, { recursive: true });
    const config = ExtractorConfig.prepare({
      configObject: {
        projectFolder: packageDir,
        mainEntryPointFilePath: entryPoint,
        compiler: {
          overrideTsconfig: {
            compilerOptions: {
              target: 'ES2022',
              lib: ['ES2023', 'DOM', 'DOM.Iterable'],
              module: 'ESNext',
              moduleResolution: 'bundler',
              jsx: 'react-jsx',
              strict: true,
              skipLibCheck: true,
              types: [],
            },
            files: [entryPoint],
          },
        },
        apiReport: {
          enabled: true,
          reportFileName: `${entry}.api.md`,
          reportFolder: resolve(packageDir, 'etc'),
          reportTempFolder: tempFolder,
        },
        docModel: { enabled: false },
        dtsRollup: { enabled: false },
        tsdocMetadata: { enabled: false },
        newlineKind: 'lf',
        messages: {
          compilerMessageReporting: { default: { logLevel: 'warning' } },
          // The report is for review; release tags and TSDoc style are not checked here.
          extractorMessageReporting: { default: { logLevel: 'none' } },
          tsdocMessageReporting: { default: { logLevel: 'none' } },
        },
      },
      configObjectFullPath: undefined,
      packageJsonFullPath: resolve(packageDir, 'package.json'),
    });
    const result = Extractor.invoke(config, { localBuild: !check, messageCallback: quietReport });
    const report = `packages/${name}/etc/${entry}.api.md`;
    if (check && result.apiReportChanged) {
      process.stderr.write(
        `api-report: ${report} is stale: the public surface changed (pnpm api:update, then review and commit it)\n`,
      );
      stale += 1;
    } else if (!result.succeeded) {
      process.stderr.write(`api-report: ${report}: ${result.errorCount} errors\n`);
      stale += 1;
    } else {
      process.stdout.write(`api-report: ${report} ${check ? 'matches the build' : 'written'}\n`);
    }
  }
}
process.exit(stale === 0 ? 0 : 1);

/** Keeps API Extractor's own "report changed" notice out: the line above says it plainly. */
function quietReport(message) {
  if (
    message.messageId === 'console-api-report-changed' ||
    message.messageId === 'console-api-report-copied'
  ) {
    message.handled = true;
  }
}
