import { composeStories } from '@storybook/react';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import * as stories from '../../../../stories/announcement/announcement.stories';

const { ReleaseNotesPaged } = composeStories(stories);

beforeEach(async () => {
  await page.viewport(1024, 768);
});
afterEach(cleanup);

/** Each distinct text the matching elements showed, in order, while the test ran. */
function recordTexts(selector: string): { seen: string[]; stop: () => void } {
  const seen: string[] = [];
  const read = () => {
    for (const element of document.querySelectorAll(selector)) {
      const text = element.textContent?.trim() ?? '';
      if (text !== '' && !seen.includes(text)) seen.push(text);
    }
  };
  const observer = new MutationObserver(read);
  observer.observe(document.body, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });
  return { seen, stop: () => observer.disconnect() };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Paged announcements in Chromium', () => {
  it('open once, with every page counted from the start, and say nothing the pager does not show', async () => {
    const dialogs = recordTexts('[role="dialog"] h2');
    const pager = recordTexts('[role="dialog"] .gp-announcement-page');
    const live = recordTexts('[role="status"]');
    render(<ReleaseNotesPaged />);
    const dialog = await screen.findByRole('dialog');
    await vi.waitFor(() => expect(dialog.dataset.state).toBe('open'));
    await pause(500);
    dialogs.stop();
    pager.stop();
    live.stop();
    const shown = screen.getByText(/^1 of \d+$/).textContent;
    expect(dialogs.seen, 'titles the dialog showed').toHaveLength(1);
    expect(
      pager.seen.filter((text) => /of/.test(text)),
      'counts the pager showed',
    ).toEqual([shown]);
    expect(
      live.seen.filter((text) => /of/.test(text)),
      'counts said',
    ).toEqual([]);
  });
});
