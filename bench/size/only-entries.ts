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
  GuideCenter: /must be used within \\?`GuideCenterRoot/,
  Survey: /must be used within \\?`SurveyRoot/,
} as const;

type Component = keyof typeof COMPONENT_MARKERS;

/** One "only X" app: what it imports, and the one component whose code it may hold. */
interface OnlyEntry {
  readonly id: string;
  readonly code: string;
  readonly component?: Component;
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
    id: 'only TargetingProvider + useTargeting (@guidepost/react/targeting)',
    code: "import { TargetingProvider, useTargeting } from '@guidepost/react/targeting';\nexport const used = [TargetingProvider, useTargeting];\n",
  },
];

/**
 * Bundles each "only X" app as a production build would, from the packed packages installed in
 * `app`, and returns one failure for each bundle that holds another component's code (the build
 * no longer lets a bundler drop what the app does not import) or lacks its own (the marker no
 * longer marks anything).
 *
 * @example
 * const failures = await findStrayComponents(await preparePackedApp([]));
 */
export async function findStrayComponents(app: string): Promise<string[]> {
  const failures: string[] = [];
  for (const entry of ONLY_ENTRIES) {
    const result = await build({
      stdin: { contents: entry.code, resolveDir: app, loader: 'ts', sourcefile: 'only.ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      external: [...HOST_EXTERNALS],
      define: { 'process.env.NODE_ENV': '"production"' },
      write: false,
      logLevel: 'silent',
    });
    const js = result.outputFiles.map((file) => file.text).join('\n');
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

/** How many "only X" apps {@link findStrayComponents} bundles. */
export const ONLY_ENTRY_COUNT = ONLY_ENTRIES.length;
