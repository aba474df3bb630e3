import type { Page } from 'playwright-core';

/**
 * What a guide shows: tour steps, announcements, hints, checklists, the guide center and their
 * launchers.
 */
const GUIDE_SURFACES = [
  '.gp-surface',
  '.gp-checklist-trigger',
  '.gp-center-launcher',
  '.gp-beacon',
  '[role="dialog"]',
  '[role="tooltip"]',
].join(', ');

/**
 * Lists every control (button, link, form field) of a shown guide that a user of this viewport
 * cannot reach: after scrolling it into view as far as the page and the guide allow, it still
 * lies outside the viewport, or, inside a dialog, something else (an overlay, the page) is
 * what a tap at its middle hits. Each entry names the control and where it is.
 *
 * @example
 * expect(await guideControlsOffScreen(page)).toEqual([]);
 */
export function guideControlsOffScreen(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const surfaces = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (surface) =>
        surface.checkVisibility({ visibilityProperty: true }) &&
        !surface.closest('[data-state="closed"]'),
    );
    const controls = new Set<HTMLElement>();
    for (const surface of surfaces) {
      if (surface.matches('button, a[href]')) controls.add(surface);
      for (const control of surface.querySelectorAll<HTMLElement>(
        'button, a[href], input, select, textarea',
      )) {
        if (control.checkVisibility({ visibilityProperty: true })) controls.add(control);
      }
    }
    const problems: string[] = [];
    for (const control of controls) {
      control.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
      const box = control.getBoundingClientRect();
      const name = (control.getAttribute('aria-label') ?? control.textContent ?? '').trim();
      const where = `${control.localName} "${name.slice(0, 40)}" at x ${Math.round(box.left)}–${Math.round(box.right)}, y ${Math.round(box.top)}–${Math.round(box.bottom)}`;
      const inside =
        box.left >= -0.5 &&
        box.top >= -0.5 &&
        box.right <= window.innerWidth + 0.5 &&
        box.bottom <= window.innerHeight + 0.5;
      if (!inside) {
        problems.push(`${where}: outside the ${window.innerWidth}×${window.innerHeight} viewport`);
        continue;
      }
      if (control.closest('[role="dialog"]') === null) continue;
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (hit === null || !control.contains(hit)) {
        problems.push(`${where}: a tap at its middle hits ${hit?.localName ?? 'nothing'}`);
      }
    }
    return problems;
  }, GUIDE_SURFACES);
}
