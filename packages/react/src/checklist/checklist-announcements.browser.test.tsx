import { composeStories } from '@storybook/react';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import * as stories from '../../../../stories/checklist/checklist.stories';
import { onDesktopPage } from '../test/browser-page.test-helpers';

const { PartlyDone, Inline } = composeStories(stories);

onDesktopPage();

/** Everything every live region has said since the test began. */
function recordLiveRegions(): { said: string[]; stop: () => void } {
  const said: string[] = [];
  const observer = new MutationObserver(() => {
    for (const region of document.querySelectorAll('[role="status"], [aria-live]')) {
      const text = region.textContent?.trim() ?? '';
      if (text !== '' && said.at(-1) !== text) said.push(text);
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  return { said, stop: () => observer.disconnect() };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Checklist announcements in Chromium', () => {
  it('says nothing on load about items done in an earlier visit', async () => {
    const live = recordLiveRegions();
    render(<PartlyDone />);
    await screen.findByRole('dialog', { name: 'Get started' });
    await pause(600);
    live.stop();
    expect(live.said.filter((text) => text.includes('Completed'))).toEqual([]);
  });

  it('says an item the user finishes in this page view', async () => {
    const live = recordLiveRegions();
    render(<Inline />);
    await screen.findByRole('region', { name: 'Get started' });
    await userEvent.click(screen.getByRole('button', { name: 'Create a project' }));
    await vi.waitFor(() => expect(live.said).toContain('Completed: Create a project. 1 of 5 done'));
    live.stop();
  });
});
