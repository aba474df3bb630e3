import { vi } from 'vitest';

/**
 * Makes jsdom, which has no layout, look enough like Chromium for anchored hints: every element
 * a 80×24 box, a 1024×768 viewport and an `IntersectionObserver` that never reports. Undo with
 * `vi.restoreAllMocks()` and `vi.unstubAllGlobals()`.
 */
export function fakeBrowser(): void {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(
    new DOMRect(100, 100, 80, 24),
  );
  vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(1024);
  vi.spyOn(document.documentElement, 'clientHeight', 'get').mockReturnValue(768);
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
      takeRecords() {
        return [];
      }
    },
  );
}
