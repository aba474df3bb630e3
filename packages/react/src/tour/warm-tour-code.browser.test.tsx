import { afterEach, describe, expect, it } from 'vitest';
import { warmTourCode } from './warm-tour-code';

afterEach(() => {
  document.body.replaceChildren();
});

describe('warmTourCode in Chromium', () => {
  it('leaves the page as it was: no element, attribute, style, scroll or animation', async () => {
    const panel = document.createElement('div');
    panel.style.cssText = 'height: 100px; overflow: auto';
    panel.innerHTML =
      '<div style="height: 400px"></div><button data-guidepost="late" type="button">Late</button>';
    document.body.append(panel);
    const before = document.documentElement.outerHTML;

    warmTourCode({ id: 'late', target: 'late', title: 'Below the fold', placement: 'right' });
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));

    expect(document.documentElement.outerHTML).toBe(before);
    expect(panel.scrollTop).toBe(0);
    expect(window.scrollY).toBe(0);
    expect(document.getAnimations()).toHaveLength(0);
  });
});
