import { afterEach, describe, expect, it } from 'vitest';
import { animateElement } from './animate-element';

const EASE = [0, 0, 1, 1] as const;

function box(): HTMLDivElement {
  const element = document.createElement('div');
  document.body.append(element);
  return element;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('animateElement in Chromium', () => {
  it('leaves the last keyframe as the style and no animation running once it ends', async () => {
    const element = box();
    await animateElement(element, { opacity: ['0', '0.5'] }, { duration: 0.05, ease: EASE });
    expect(getComputedStyle(element).opacity).toBe('0.5');
    expect(element.getAnimations()).toHaveLength(0);
  });

  it('takes a property over from where it stands, and lets the other properties run on', async () => {
    const element = box();
    const fade = animateElement(
      element,
      { opacity: ['1', '0'], scale: ['1', '0.5'] },
      { duration: 0.4, ease: EASE },
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const back = animateElement(element, { opacity: [null, '1'] }, { duration: 0.4, ease: EASE });
    expect(element.getAnimations()).toHaveLength(2);
    // The new opacity starts where the fade had got to, neither 1 nor 0.
    const from = Number(getComputedStyle(element).opacity);
    expect(from).toBeGreaterThan(0);
    expect(from).toBeLessThan(1);
    await expect(fade).rejects.toThrow();
    await back;
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(getComputedStyle(element).opacity).toBe('1');
    expect(getComputedStyle(element).scale).toBe('0.5');
    expect(element.getAnimations()).toHaveLength(0);
  });
});
