import { composeStories } from '@storybook/react';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import * as stories from '../../../../stories/announcement/announcement.stories';

const { TwoCtas } = composeStories(stories);

let chat: HTMLButtonElement | undefined;

beforeEach(async () => {
  await page.viewport(1024, 768);
});
afterEach(() => {
  cleanup();
  chat?.remove();
  chat = undefined;
});

/** What a chat widget does: a button of its own at the end of the body, above everything. */
function addChatButton(onClick: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Chat with us';
  Object.assign(button.style, {
    position: 'fixed',
    right: '16px',
    bottom: '16px',
    zIndex: '2147483647',
  });
  button.addEventListener('click', onClick);
  document.body.append(button);
  return button;
}

describe('makeOutsideInert in Chromium', () => {
  it('keeps a button the app adds while an announcement is open out of reach until it closes', async () => {
    const onChat = vi.fn();
    render(<TwoCtas />);
    const modal = await screen.findByRole('dialog');
    await vi.waitFor(() => expect(document.activeElement).toBe(modal));
    chat = addChatButton(onChat);

    for (let press = 0; press < 5; press += 1) {
      await userEvent.keyboard('{Tab}');
      expect(modal.contains(document.activeElement)).toBe(true);
    }
    // The trap keeps Tab inside anyway: the button itself must take neither focus nor a press.
    act(() => chat?.focus());
    expect(document.activeElement).not.toBe(chat);
    await userEvent.click(chat, { force: true });
    expect(onChat).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog')).toBe(modal);

    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await userEvent.click(chat);
    expect(onChat).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(chat);
  });
});
