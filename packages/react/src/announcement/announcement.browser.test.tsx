import { composeStories } from '@storybook/react';
import { act, render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import * as stories from '../../../../stories/announcement/announcement.stories';
import { eventsNamed, onDesktopPage, settleAnimations } from '../test/browser-page.test-helpers';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';

const {
  WithImage,
  WithVideo,
  TwoCtas,
  ReleaseNotesPaged,
  DontShowAgain,
  HighTouchInvitation,
  Japanese,
  RightToLeft,
  Dark,
  RemoteXss,
} = composeStories(stories);

onDesktopPage();
const gone = () => vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

/** Opens the modal again from the page's sticky button, with the keyboard. */
async function showAgain(): Promise<HTMLElement> {
  const button = screen.getByRole('button', { name: 'Show again' });
  act(() => button.focus());
  await userEvent.keyboard('{Enter}');
  return screen.findByRole('dialog');
}

describe('AnnouncementModal in Chromium', () => {
  it('moves focus in, keeps Tab and Shift+Tab inside, and gives focus back to the invoker', async () => {
    render(<TwoCtas />);
    await userEvent.keyboard('{Escape}');
    await gone();
    const modal = await showAgain();
    await vi.waitFor(() => expect(document.activeElement).toBe(modal));

    const stops: Element[] = [];
    for (let press = 0; press < 4; press += 1) {
      await userEvent.keyboard('{Tab}');
      expect(modal.contains(document.activeElement)).toBe(true);
      stops.push(document.activeElement as Element);
    }
    const names = stops.map((element) => element.getAttribute('aria-label') ?? element.textContent);
    expect(names).toEqual(['Close', 'Read the post (opens in a new tab)', 'Try comments', 'Close']);
    for (let press = 0; press < 4; press += 1) {
      await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
      expect(modal.contains(document.activeElement)).toBe(true);
    }

    await userEvent.keyboard('{Escape}');
    await gone();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Show again' }));
  });

  it('dismisses on Escape, which counts as dismissed', async () => {
    const onEvent = vi.fn();
    render(<WithImage onEvent={onEvent} />);
    await screen.findByRole('dialog', { name: 'New: bulk export' });
    await userEvent.keyboard('{Escape}');
    await gone();
    expect(eventsNamed(onEvent, 'guide_dismissed').map((event) => event.guideId)).toEqual([
      'release-12',
    ]);
  });

  it('locks the page, keeps it inert, and restores the exact scroll position and body styles', async () => {
    render(<WithImage />);
    await screen.findByRole('dialog');
    await userEvent.keyboard('{Escape}');
    await gone();
    window.scrollTo(0, 600);
    await vi.waitFor(() => expect(window.scrollY).toBe(600));
    const before = document.body.getAttribute('style');
    const scrollbar = window.innerWidth - document.documentElement.clientWidth;

    await showAgain();
    expect(getComputedStyle(document.body).overflow).toBe('hidden');
    expect(document.body.style.paddingRight).toBe(scrollbar > 0 ? `${scrollbar}px` : '');
    expect(window.scrollY).toBe(600);
    const header = screen
      .getByRole('button', { name: 'Show again', hidden: true })
      .closest('header');
    await vi.waitFor(() => expect(header?.closest('[inert]')).not.toBeNull());
    await userEvent.wheel(document.body, { delta: { y: 400 } });
    expect(window.scrollY).toBe(600);

    await userEvent.keyboard('{Escape}');
    await gone();
    expect(document.body.getAttribute('style')).toBe(before);
    expect(window.scrollY).toBe(600);
    expect(document.querySelector('[inert]')).toBeNull();
  });

  it('pages newest first, and a followed call to action completes its page', async () => {
    const onEvent = vi.fn();
    render(<ReleaseNotesPaged onEvent={onEvent} />);
    const modal = await screen.findByRole('dialog', { name: 'Bulk export' });
    expect(within(modal).getByText('1 of 3')).toBeInstanceOf(HTMLElement);
    await userEvent.click(within(modal).getByRole('button', { name: 'Next' }));
    await screen.findByRole('dialog', { name: 'Comments' });
    await userEvent.click(within(modal).getByRole('button', { name: 'Next' }));
    await screen.findByRole('dialog', { name: 'Dark mode' });
    await userEvent.click(within(modal).getByRole('button', { name: 'Previous' }));
    await screen.findByRole('dialog', { name: 'Comments' });
    await userEvent.click(within(modal).getByRole('link', { name: 'Try comments' }));
    expect(eventsNamed(onEvent, 'cta_clicked').map((event) => event.guideId)).toEqual([
      'release-11',
    ]);
    expect(eventsNamed(onEvent, 'guide_completed').map((event) => event.guideId)).toEqual([
      'release-11',
    ]);
    await screen.findByRole('dialog', { name: 'Dark mode' });
    expect(within(modal).getByText('2 of 2')).toBeInstanceOf(HTMLElement);
  });

  it('shows a video with controls and captions that never plays by itself', async () => {
    render(<WithVideo />);
    const modal = await screen.findByRole('dialog', { name: 'Watch: exporting in 30 seconds' });
    const video = modal.querySelector('video') as HTMLVideoElement;
    expect(video.controls).toBe(true);
    expect(video.autoplay).toBe(false);
    expect(video.paused).toBe(true);
    const track = video.querySelector('track');
    expect(track?.kind).toBe('captions');
    expect(track?.src).toMatch(/export-walkthrough\.en\.vtt/);
  });

  it('renders a remote definition with markup as inert text and reports the javascript: link', async () => {
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => undefined);
    const onEvent = vi.fn();
    render(<RemoteXss onEvent={onEvent} />);
    const modal = await screen.findByRole('dialog', {
      name: 'Release <img src=x onerror=alert(1)>',
    });
    await settleAnimations();
    expect(modal.querySelector('img, script')).toBeNull();
    expect(document.querySelector('[onerror]')).toBeNull();
    expect(
      within(modal).getByRole('link', { name: '<script>alert(1)</script>' }).getAttribute('href'),
    ).toBe('#safe');
    expect(eventsNamed(onEvent, 'guide_error').map((event) => event.guideId)).toEqual([
      'claim-prize',
    ]);
    expect(alert).not.toHaveBeenCalled();
    alert.mockRestore();
  });

  it('mirrors on a right-to-left page', async () => {
    render(<RightToLeft />);
    const modal = await screen.findByRole('dialog', { name: 'Bulk export' });
    await settleAnimations();
    const box = modal.getBoundingClientRect();
    const close = within(modal).getByRole('button', { name: 'Close' }).getBoundingClientRect();
    expect(close.left - box.left).toBeLessThan(box.right - close.right);
    const previous = within(modal)
      .getByRole('button', { name: 'Previous' })
      .getBoundingClientRect();
    const next = within(modal).getByRole('button', { name: 'Next' }).getBoundingClientRect();
    expect(previous.left).toBeGreaterThan(next.left);
    const dontShow = within(modal)
      .getByRole('button', { name: "Don't show again" })
      .getBoundingClientRect();
    const cta = within(modal).getByRole('link', { name: 'Try it' }).getBoundingClientRect();
    expect(dontShow.left).toBeGreaterThan(cta.left);
    expect(getComputedStyle(within(modal).getByRole('heading')).textAlign).toBe('start');
  });
});

describe('AnnouncementModal accessibility in Chromium', () => {
  it.each<[string, () => ReactElement, string]>([
    ['an image', () => <WithImage />, 'New: bulk export'],
    ['a video', () => <WithVideo />, 'Watch: exporting in 30 seconds'],
    ['two calls to action', () => <TwoCtas />, 'Projects now have comments'],
    ['paged release notes', () => <ReleaseNotesPaged />, 'Bulk export'],
    ["don't show again", () => <DontShowAgain />, 'Tip: keyboard shortcuts'],
    [
      'a high-touch invitation',
      () => <HighTouchInvitation />,
      'A planning session with your account manager',
    ],
    ['Japanese', () => <Japanese />, '一括エクスポート'],
    ['right to left', () => <RightToLeft />, 'Bulk export'],
    ['the dark theme', () => <Dark />, 'New: bulk export'],
    [
      'a remote definition with markup',
      () => <RemoteXss />,
      'Release <img src=x onerror=alert(1)>',
    ],
  ])('has no axe violations with %s, open and after closing', async (_, story, name) => {
    render(story());
    await screen.findByRole('dialog', { name });
    await settleAnimations();
    await expectNoAxeViolations(document.body);
    await userEvent.keyboard('{Escape}');
    await gone();
    await expectNoAxeViolations(document.body);
  });

  it('has no axe violations on the second page of release notes', async () => {
    render(<ReleaseNotesPaged />);
    const modal = await screen.findByRole('dialog', { name: 'Bulk export' });
    await userEvent.click(within(modal).getByRole('button', { name: 'Next' }));
    await screen.findByRole('dialog', { name: 'Comments' });
    await settleAnimations();
    await expectNoAxeViolations(document.body);
  });
});
