// The script-tag build (dist/browser/guidepost.global.js), with React included, on
// `window.Guidepost`: `mountGuidepost`, the functions of @guidepost/core a page needs to
// define guides and send progress and analytics somewhere, and all of @guidepost/react.
export {
  createGuidepost,
  createTargeting,
  defineGuidepost,
  gtagAdapter,
  localStorageAdapter,
  memoryAdapter,
  parseGuidepost,
  remoteAdapter,
  trackAdapter,
} from '@guidepost/core';
export * from '../package-entry';
export { mountGuidepost } from './mount-guidepost';
export type { MountedGuidepost, MountGuidepostOptions } from './mount-guidepost';
