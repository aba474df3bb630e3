import { composeStories } from '@storybook/react';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import * as stories from '../../../../stories/tooltip/tooltip.stories';
import '../test/browser-commands';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';

const { TextHint, BeaconHotspot, InScrollContainer, Japanese, RightToLeft, Dark } =
  composeStories(stories);

beforeEach(async () => {
  await page.viewport(1024, 768);
});
afterEach(async () => {
  cleanup();
  await commands.emulateMedia({ reducedMotion: null, colorScheme: null });
});

/** Axe over the page; `region` is left out: a hint renders in a portal outside the landmarks. */
const expectAccessible = () =>
  expectNoAxeViolations(document.body, { rules: { region: { enabled: false } } });

const button = (name: string | RegExp) => screen.getByRole('button', { name });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function tabTo(element: Element): Promise<void> {
  for (let presses = 0; presses < 12 && document.activeElement !== element; presses += 1) {
    await userEvent.tab();
  }
  expect(document.activeElement).toBe(element);
}

/** The element with `role`, once it is shown (positioned and visible). */
async function shown(role: 'tooltip' | 'dialog'): Promise<HTMLElement> {
  return vi.waitFor(() => {
    const element = screen.getByRole(role);
    expect(element.dataset.state).toBe('open');
    return element;
  });
}

/** Waits for `element`'s own animations (its entrance) to finish, as axe reads final colours. */
async function settled(element: Element): Promise<void> {
  await Promise.all(
    element.getAnimations({ subtree: true }).map((animation) => animation.finished),
  );
}

async function expectGone(role: 'tooltip' | 'dialog'): Promise<void> {
  await vi.waitFor(() => expect(screen.queryByRole(role)).toBeNull());
}

describe('a text hint in Chromium', () => {
  it('shows on hover, stays open while the pointer moves onto it, and closes when it leaves', async () => {
    render(<TextHint />);
    await userEvent.hover(button('Save'));
    const tooltip = await shown('tooltip');
    expect(tooltip.textContent).toContain('Save often');
    const box = tooltip.getBoundingClientRect();
    expect(box.x > 0 && box.y > 0).toBe(true);

    await userEvent.hover(tooltip);
    await sleep(400);
    expect(screen.getByRole('tooltip')).toBe(tooltip);
    await settled(tooltip);
    await expectAccessible();

    await userEvent.hover(screen.getByRole('heading', { name: 'Projects' }));
    await expectGone('tooltip');
  });

  it('shows on focus, described by the target, and Escape closes it without moving focus', async () => {
    render(<TextHint />);
    const save = button('Save');
    await tabTo(save);
    const tooltip = await shown('tooltip');
    expect(save.getAttribute('aria-describedby')).toBe(`demo-save-help ${tooltip.id}`);
    await settled(tooltip);
    await expectAccessible();

    await userEvent.keyboard('{Escape}');
    await expectGone('tooltip');
    expect(document.activeElement).toBe(save);
    expect(save.getAttribute('aria-describedby')).toBe('demo-save-help');
  });

  it('hides while its target is scrolled out of its scroll container', async () => {
    render(<InScrollContainer />);
    const filter = button('Filter');
    await tabTo(filter);
    const tooltip = await shown('tooltip');
    const beacon = button('Open hint: Archive');

    const scroller = screen.getByRole('region', { name: 'Project list' });
    scroller.scrollTop = 400;
    await vi.waitFor(() => expect(getComputedStyle(tooltip).visibility).toBe('hidden'));
    expect(tooltip.dataset.state).toBe('closed');
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(getComputedStyle(beacon).visibility).toBe('hidden');

    scroller.scrollTop = 0;
    expect(await shown('tooltip')).toBe(tooltip);
    await vi.waitFor(() => expect(getComputedStyle(beacon).visibility).toBe('visible'));
  });
});

describe('a hint with a beacon in Chromium', () => {
  it('opens from the keyboard with focus inside, and Escape returns focus to the beacon', async () => {
    render(<BeaconHotspot />);
    const beacon = await vi.waitFor(() => button('Open hint: Export your work'));
    await tabTo(beacon);
    await userEvent.keyboard('{Enter}');
    const dialog = await shown('dialog');
    expect(dialog.getAttribute('aria-labelledby')).not.toBeNull();
    expect(screen.getByRole('dialog', { name: 'Export your work' })).toBe(dialog);
    await vi.waitFor(() => expect(document.activeElement).toBe(dialog));
    expect(beacon.getAttribute('aria-expanded')).toBe('true');
    await settled(dialog);
    await expectAccessible();

    await userEvent.tab();
    expect(document.activeElement).toBe(
      screen.getByRole('link', { name: 'Read the export guide' }),
    );
    await userEvent.keyboard('{Escape}');
    await expectGone('dialog');
    await vi.waitFor(() => expect(document.activeElement).toBe(beacon));
    expect(beacon.getAttribute('aria-expanded')).toBe('false');
  });

  it('opens on click and closes from its close button or a click outside', async () => {
    render(<BeaconHotspot />);
    const beacon = await vi.waitFor(() => button('Open hint: Export your work'));
    await userEvent.click(beacon);
    await shown('dialog');
    await userEvent.click(button('Close'));
    await expectGone('dialog');
    await vi.waitFor(() => expect(document.activeElement).toBe(beacon));

    await userEvent.click(beacon);
    await shown('dialog');
    await userEvent.click(screen.getByRole('heading', { name: 'Projects' }));
    await expectGone('dialog');
  });
});

describe('a hint reopened in Chromium', () => {
  it('is fully visible again when reopened while its exit still runs', async () => {
    render(<BeaconHotspot />);
    const beacon = await vi.waitFor(() => button('Open hint: Export your work'));
    await userEvent.click(beacon);
    await settled(await shown('dialog'));
    const animate = vi.spyOn(Element.prototype, 'animate');
    await userEvent.click(button('Close'));
    await vi.waitFor(() => expect(animate).toHaveBeenCalled());
    animate.mockRestore();
    beacon.click();

    const dialog = await shown('dialog');
    // Long enough for an exit left running to end and leave its last frame behind.
    await sleep(400);
    await settled(dialog);
    expect(dialog.isConnected).toBe(true);
    expect(getComputedStyle(dialog).opacity).toBe('1');
  });
});

describe('hints across locales, directions and themes in Chromium', () => {
  it('mirrors start and end on a right-to-left page', async () => {
    render(<RightToLeft />);
    const save = button('Save');
    await tabTo(save);
    const tooltip = await shown('tooltip');
    // Measured after the entrance, whose scale changes the box.
    await settled(tooltip);
    const target = save.getBoundingClientRect();
    const hint = tooltip.getBoundingClientRect();
    expect(tooltip.dataset.align).toBe('start');
    expect(Math.abs(hint.right - target.right)).toBeLessThan(1);
    expect(hint.top).toBeGreaterThan(target.bottom);

    const exportButton = button('Export');
    const beacon = button('Open hint: التصدير');
    await vi.waitFor(() => expect(getComputedStyle(beacon).visibility).toBe('visible'));
    const corner = beacon.getBoundingClientRect();
    const anchor = exportButton.getBoundingClientRect();
    expect(Math.abs(corner.left - anchor.left)).toBeLessThan(1);
    await expectAccessible();
  });

  it.each([
    ['Japanese', Japanese, 'ヒントを開く: 書き出し', '閉じる'],
    ['dark', Dark, 'Open hint: Export your work', 'Close'],
  ] as const)(
    'the %s story has no axe violations, colour contrast included',
    async (_, Story, beaconName, close) => {
      render(<Story />);
      await userEvent.click(await vi.waitFor(() => button(beaconName)));
      const dialog = await shown('dialog');
      expect(dialog.contains(button(close))).toBe(true);
      await settled(dialog);
      await expectAccessible();
    },
  );
});

describe('reduced motion in Chromium', () => {
  it('pulses the beacon normally, and not at all when the user asks for less motion', async () => {
    const first = render(<BeaconHotspot />);
    await vi.waitFor(() => button('Open hint: Export your work'));
    await vi.waitFor(() => expect(document.getAnimations().length).toBeGreaterThan(0));
    first.unmount();

    await commands.emulateMedia({ reducedMotion: 'reduce' });
    render(<BeaconHotspot />);
    const beacon = await vi.waitFor(() => button('Open hint: Export your work'));
    await userEvent.click(beacon);
    await shown('dialog');
    expect(document.getAnimations()).toHaveLength(0);
  });
});
