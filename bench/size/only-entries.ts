import { build } from 'esbuild';
import { HOST_EXTERNALS } from './bundle-entry';

/**
 * What marks each component's code in a bundle: the name of its root, which its context hook
 * (made by `createRootContext`) puts in the error it throws outside the root, a string only that
 * component's modules hold and minifiers keep.
 */
const COMPONENT_MARKERS = {
  Tour: /["'`]TourRoot["'`]/,
  Tooltip: /["'`]TooltipRoot["'`]/,
  Checklist: /["'`]ChecklistRoot["'`]/,
  AnnouncementModal: /["'`]AnnouncementRoot["'`]/,
  GuideCenter: /["'`]GuideCenterRoot["'`]/,
  Survey: /["'`]SurveyRoot["'`]/,
} as const;

type Component = keyof typeof COMPONENT_MARKERS;

/**
 * Code that must never reach a production build, whatever the app imports, with the string that
 * marks it: the devtools' authoring mode (`data-gp-authoring` on its dialog), loaded only in
 * development.
 */
const DEVELOPMENT_ONLY_MARKERS = {
  'the devtools authoring mode': /data-gp-authoring/,
} as const;

/** One "only X" app: what it imports, and the one component whose code it may hold. */
interface OnlyEntry {
  readonly id: string;
  readonly code: string;
  readonly component?: Component;
  /**
   * The development-only code a development build of this app holds, which its production build
   * must not: checked both ways, so a marker that no longer marks anything fails too.
   */
  readonly developmentOnly?: keyof typeof DEVELOPMENT_ONLY_MARKERS;
  /**
   * Written with `require`, so it reads the CommonJS build: one file per entry, which keeps
   * every component (no component check), but never the development-only code.
   */
  readonly commonJs?: boolean;
}

/** An app that imports one thing from one public entry of `@guidepost/react`. */
const ONLY_ENTRIES: readonly OnlyEntry[] = [
  ...(Object.keys(COMPONENT_MARKERS) as Component[]).map((component) => ({
    id: `only ${component} (@guidepost/react)`,
    code: `import { GuidepostProvider, ${component} } from '@guidepost/react';\nexport const used = [GuidepostProvider, ${component}];\n`,
    component,
  })),
  {
    id: 'only useTargeting (@guidepost/react)',
    code: "import { GuidepostProvider, useTargeting } from '@guidepost/react';\nexport const used = [GuidepostProvider, useTargeting];\n",
  },
  {
    id: 'only createGuidepostHooks (@guidepost/react)',
    code: "import { createGuidepostHooks } from '@guidepost/react';\nexport const used = createGuidepostHooks();\n",
  },
  {
    id: 'only GuidepostDevtools (@guidepost/react)',
    code: "import { createElement } from 'react';\nimport { GuidepostDevtools } from '@guidepost/react';\nexport const used = createElement(GuidepostDevtools);\n",
    developmentOnly: 'the devtools authoring mode',
  },
  {
    id: 'only GuidepostDevtools (@guidepost/react, CommonJS)',
    code: "const { createElement } = require('react');\nconst { GuidepostDevtools } = require('@guidepost/react');\nmodule.exports = createElement(GuidepostDevtools);\n",
    developmentOnly: 'the devtools authoring mode',
    commonJs: true,
  },
  {
    id: 'only TargetingProvider + useTargeting (@guidepost/react/targeting)',
    code: "import { TargetingProvider, useTargeting } from '@guidepost/react/targeting';\nexport const used = [TargetingProvider, useTargeting];\n",
  },
];

/**
 * Bundles each "only X" app as a production build would, from the packed packages installed in
 * `app`, and returns one failure for each bundle that holds another component's code (the build
 * no longer lets a bundler drop what the app does not import) or lacks its own (the marker no
 * longer marks anything), and for each that holds development-only code (the devtools'
 * authoring mode), which the apps that render it must also hold in a development build.
 *
 * @example
 * const failures = await findStrayComponents(await preparePackedApp([]));
 */
export async function findStrayComponents(app: string): Promise<string[]> {
  const failures: string[] = [];
  for (const entry of ONLY_ENTRIES) {
    const js = await bundleOnly(app, entry, 'production');
    for (const [code, marker] of Object.entries(DEVELOPMENT_ONLY_MARKERS)) {
      if (marker.test(js)) failures.push(`'${entry.id}' holds ${code} in a production build`);
    }
    if (entry.developmentOnly !== undefined) {
      const marker = DEVELOPMENT_ONLY_MARKERS[entry.developmentOnly];
      if (!marker.test(await bundleOnly(app, entry, 'development'))) {
        failures.push(
          `'${entry.id}' has no code of ${entry.developmentOnly} in a development build: its marker ${marker} is stale`,
        );
      }
    }
    if (entry.commonJs === true) continue;
    for (const [component, marker] of Object.entries(COMPONENT_MARKERS)) {
      const found = marker.test(js);
      if (component === entry.component && !found) {
        failures.push(`'${entry.id}' has no code of ${component}: its marker ${marker} is stale`);
      } else if (component !== entry.component && found) {
        failures.push(`'${entry.id}' holds the code of ${component}`);
      }
    }
  }
  return failures;
}

/**
 * The app's bundle, minified as for the web with `process.env.NODE_ENV` set to `mode`, one file
 * (a dynamic `import()` is bundled in, so code it loads counts).
 */
async function bundleOnly(
  app: string,
  entry: OnlyEntry,
  mode: 'production' | 'development',
): Promise<string> {
  const result = await build({
    stdin: { contents: entry.code, resolveDir: app, loader: 'ts', sourcefile: 'only.ts' },
    bundle: true,
    minify: true,
    format: entry.commonJs === true ? 'cjs' : 'esm',
    platform: 'browser',
    external: [...HOST_EXTERNALS],
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles.map((file) => file.text).join('\n');
}

/** How many "only X" apps {@link findStrayComponents} bundles. */
export const ONLY_ENTRY_COUNT = ONLY_ENTRIES.length;
