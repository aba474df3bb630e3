import type { AutoUpdateOptions } from '@floating-ui/react';

/**
 * `autoUpdate` options that follow an anchor on ancestor scroll, resize, element resize and
 * layout shift, leaving out the observers an environment lacks (jsdom has neither
 * `IntersectionObserver` nor, in older versions, `ResizeObserver`) instead of throwing.
 */
export function autoUpdateOptions(): AutoUpdateOptions {
  return {
    ancestorScroll: true,
    ancestorResize: true,
    elementResize: typeof ResizeObserver === 'function',
    layoutShift: typeof IntersectionObserver === 'function',
  };
}
