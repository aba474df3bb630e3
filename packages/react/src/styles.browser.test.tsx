import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import './styles.css';
import './test/browser-commands';
import { expectNoAxeViolations } from './test/expect-no-axe-violations';

afterEach(async () => {
  cleanup();
  document.documentElement.removeAttribute('data-gp-theme');
  await commands.emulateMedia({ reducedMotion: null, colorScheme: null });
});

function Step() {
  return (
    <div role="dialog" aria-labelledby="gp-test-title" className="gp-surface gp-popover">
      <h2 id="gp-test-title" className="gp-title">
        Create a project
      </h2>
      <p className="gp-description">Projects keep your exports together.</p>
      <div className="gp-footer">
        <span className="gp-progress">Step 2 of 5</span>
        <button className="gp-button" data-variant="ghost">
          Back
        </button>
        <button className="gp-button" data-variant="primary">
          Next
        </button>
      </div>
      <button className="gp-button gp-close" aria-label="Close">
        ×
      </button>
    </div>
  );
}

const token = (name: string, element: Element = document.documentElement) =>
  getComputedStyle(element).getPropertyValue(name).trim();

describe('styles.css in Chromium', () => {
  it('defines the theme tokens, with the top z-index', () => {
    expect(token('--gp-z-index')).toBe('2147483000');
    expect(token('--gp-radius')).not.toBe('');
    expect(token('--gp-font-family')).not.toBe('');
  });

  it.each([
    ['the system setting', 'dark', null],
    ['data-gp-theme="dark"', 'light', 'dark'],
  ] as const)('switches to dark with %s', async (_, colorScheme, theme) => {
    await commands.emulateMedia({ colorScheme });
    if (theme !== null) document.documentElement.setAttribute('data-gp-theme', theme);
    expect(token('--gp-color-scheme')).toBe('dark');
  });

  it('lets data-gp-theme="light" override a dark system setting', async () => {
    await commands.emulateMedia({ colorScheme: 'dark' });
    document.documentElement.setAttribute('data-gp-theme', 'light');
    expect(token('--gp-color-scheme')).toBe('light');
  });

  it.each(['light', 'dark'] as const)(
    'has enough colour contrast in the %s theme',
    async (colorScheme) => {
      await commands.emulateMedia({ colorScheme });
      const { container } = render(<Step />);
      await expectNoAxeViolations(container, { runOnly: ['color-contrast', 'button-name'] });
    },
  );

  it('shows a visible focus ring on keyboard focus', async () => {
    render(<Step />);
    await userEvent.tab();
    const focused = document.activeElement as HTMLElement;
    expect(focused).toBe(screen.getByRole('button', { name: 'Back' }));
    const style = getComputedStyle(focused);
    expect(style.outlineStyle).toBe('solid');
    expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
  });

  it('mirrors the close button on right-to-left pages', () => {
    render(
      <div dir="rtl">
        <Step />
      </div>,
    );
    const surface = screen.getByRole('dialog').getBoundingClientRect();
    const close = screen.getByRole('button', { name: 'Close' }).getBoundingClientRect();
    expect(close.left - surface.left).toBeLessThan(surface.right - close.right);
  });

  it('stops the beacon pulse when the user prefers reduced motion', async () => {
    render(<button className="gp-beacon" aria-label="Open hint" />);
    const beacon = screen.getByRole('button', { name: 'Open hint' });
    expect(getComputedStyle(beacon, '::after').animationName).toBe('gp-pulse');
    await commands.emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(beacon, '::after').animationName).toBe('none');
    expect(document.getAnimations()).toHaveLength(0);
  });
});
