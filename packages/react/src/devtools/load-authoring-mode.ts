import { lazy, type ComponentType } from 'react';
import type { AuthoringModeProps } from './authoring/authoring-mode';

declare const process: { readonly env: { readonly NODE_ENV?: string } };

type AuthoringModeModule = { readonly default: ComponentType<AuthoringModeProps> };

let load: (() => Promise<AuthoringModeModule>) | undefined;
// Written out here, not behind a helper: bundlers fold the condition only where it stands, and
// then drop the `import()` with it, so no byte of the authoring mode reaches a production build
// (bench/size/only-entries.ts checks it on the packed packages). Without `process` and without
// a bundler (a page loading the package as is) reading it throws, which reads as production.
try {
  if (process.env.NODE_ENV !== 'production') {
    // A named export: the CommonJS build loads a `.cjs` file, whose `default` would differ
    // between bundlers and Node.
    load = () =>
      import('./authoring/authoring-mode').then((module) => ({ default: module.AuthoringMode }));
  }
} catch {
  load = undefined;
}

/**
 * The devtools' authoring mode, loaded on first render with a dynamic `import()` so the
 * devtools' own bundle stays small; `undefined` in production builds, where it is left out.
 */
export const LazyAuthoringMode = load === undefined ? undefined : lazy(load);
