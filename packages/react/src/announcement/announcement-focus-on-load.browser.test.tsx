import { composeStories } from '@storybook/react';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import * as stories from '../../../../stories/announcement/announcement.stories';

const { TwoCtas } = composeStories(stories);

beforeEach(async () => {
  await page.viewport(1024, 768);
});
afterEach(cleanup);

describe('An announcement that opened on load, in Chromium', () => {
  it.each([
    { how: 'Escape', close: () => userEvent.keyboard('{Escape}') },
    {
      how: 'the close button',
      close: () => userEvent.click(screen.getByRole('button', { name: 'Close' })),
    },
  ])('leaves focus where Tab starts on the page when closed with $how', async ({ close }) => {
    (document.activeElement as HTMLElement | null)?.blur();
    render(<TwoCtas />);
    const modal = await screen.findByRole('dialog');
    await vi.waitFor(() => expect(modal.contains(document.activeElement)).toBe(true));
    await close();
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const active = document.activeElement;
    expect(active).not.toBe(document.body);
    expect(active?.isConnected).toBe(true);
    // The first control of the page, as a fresh Tab from the top would reach.
    const first = [...document.body.querySelectorAll<HTMLElement>('button, a[href], input')].find(
      (element) => element.checkVisibility(),
    );
    expect(active).toBe(first);
  });
});
