import { composeStories } from '@storybook/react';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import * as stories from '../../../../stories/checklist/checklist.stories';
import { onDesktopPage } from '../test/browser-page.test-helpers';

const { Inline, PartlyDone } = composeStories(stories);

onDesktopPage();
afterEach(async () => {
  await commands.emulateMedia({ forcedColors: null });
});

describe('Checklist item states in Chromium', () => {
  it('says each item button and link is to do, or done, in its accessible name', async () => {
    render(<PartlyDone />);
    await screen.findByRole('dialog', { name: 'Get started' });
    // Read as Chromium's accessibility tree has them, through Playwright.
    await expect.element(page.getByRole('button', { name: 'Done: Take the tour' })).toBeVisible();
    await expect
      .element(page.getByRole('link', { name: 'To do: Read the guide', exact: true }))
      .toBeVisible();
    await expect
      .element(page.getByRole('checkbox', { name: 'Add a profile photo' }))
      .not.toBeChecked();
  });

  it('renames a link item once the user has followed it', async () => {
    render(<Inline />);
    const link = await screen.findByRole('link', { name: 'To do: Read the guide' });
    await userEvent.click(link);
    await vi.waitFor(() =>
      expect(screen.getByRole('link', { name: 'Done: Read the guide' })).toBe(link),
    );
  });

  it('draws the progress bar in forced-colors mode', async () => {
    await commands.emulateMedia({ forcedColors: 'active' });
    render(<PartlyDone />);
    await screen.findByRole('dialog', { name: 'Get started' });
    const bar = screen.getByRole('progressbar');
    const fill = bar.firstElementChild as HTMLElement;
    await vi.waitFor(() => expect(fill.getBoundingClientRect().width).toBeGreaterThan(0));
    const filled = getComputedStyle(fill).backgroundColor;
    const track = getComputedStyle(bar);
    // What is done stands out from what is not, and the bar from the panel around it.
    expect(filled).not.toBe(track.backgroundColor);
    expect(filled).not.toBe(getComputedStyle(bar.parentElement as Element).backgroundColor);
    expect(filled).not.toMatch(/rgba\(\d+, \d+, \d+, 0\)|transparent/);
    expect(track.borderTopStyle).not.toBe('none');
  });
});
