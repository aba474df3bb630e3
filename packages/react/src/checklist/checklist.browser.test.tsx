import { composeStories } from '@storybook/react';
import { cleanup, render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import * as stories from '../../../../stories/checklist/checklist.stories';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';
import {
  onDesktopPage,
  openWithKeyboard,
  settleAnimations,
} from '../test/browser-page.test-helpers';

const { Launcher, Inline, PartlyDone, AllDone, AdminItem, Japanese, RightToLeft, Dark } =
  composeStories(stories);

onDesktopPage();

const launcher = () => screen.findByRole('button', { name: /^Get started/ });
const item = (name: string) =>
  within(screen.getByRole('list')).getByText(name).closest('li') as HTMLElement;

describe('Checklist in Chromium', () => {
  it('opens from the launcher, closes on Escape and gives focus back to the launcher', async () => {
    render(<Launcher />);
    const panel = await openWithKeyboard(launcher(), 'Get started');
    await vi.waitFor(() => expect(document.activeElement).toBe(panel));
    expect((await launcher()).getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard('{Tab}');
    expect(panel.contains(document.activeElement)).toBe(true);

    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(await launcher());
    expect((await launcher()).getAttribute('aria-expanded')).toBe('false');
  });

  it('ticks an item when the app tracks its event', async () => {
    render(<Inline />);
    await screen.findByRole('region', { name: 'Get started' });
    expect(item('Create a project').dataset.state).toBe('pending');
    await userEvent.click(screen.getByRole('button', { name: 'Create a project' }));
    expect(item('Create a project').dataset.state).toBe('completed');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('1');
    await vi.waitFor(() =>
      expect(screen.getAllByRole('status').map((region) => region.textContent)).toContain(
        'Completed: Create a project. 1 of 5 done',
      ),
    );
  });

  it('ticks the tour item once the tour it started is finished, and focus ends on the launcher', async () => {
    render(<Launcher />);
    await openWithKeyboard(launcher(), 'Get started');
    await userEvent.click(screen.getByRole('button', { name: 'To do: Take the tour' }));
    await screen.findByRole('dialog', { name: 'Welcome to Acme' });
    await vi.waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Get started' })).toBeNull(),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Next' }));
    await screen.findByRole('dialog', { name: 'That is all' });
    await userEvent.click(await screen.findByRole('button', { name: 'Done' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await vi.waitFor(async () => expect(document.activeElement).toBe(await launcher()));

    expect((await launcher()).textContent).toContain('1 of 5 done');
    await userEvent.click(await launcher());
    const panel = await screen.findByRole('dialog', { name: 'Get started' });
    expect(within(panel).getByText('Take the tour').closest('li')?.dataset.state).toBe('completed');
  });

  it('celebrates the last item with a short animation', async () => {
    render(<AllDone />);
    await screen.findByRole('region', { name: 'Get started' });
    await userEvent.click(screen.getByRole('button', { name: 'Invite a teammate' }));
    expect(await screen.findByText('All done!')).toBeInstanceOf(HTMLElement);
    expect(document.getAnimations().length).toBeGreaterThan(0);
    await settleAnimations();
    expect(screen.getByText(/Checklist status/).querySelector('output')?.textContent).toBe(
      'completed',
    );
  });

  it('runs no animation at all when the user prefers reduced motion', async () => {
    await commands.emulateMedia({ reducedMotion: 'reduce' });
    render(<AllDone />);
    await screen.findByRole('region', { name: 'Get started' });
    expect(document.getAnimations()).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Invite a teammate' }));
    await screen.findByText('All done!');
    expect(document.getAnimations()).toHaveLength(0);
    cleanup();

    render(<Launcher />);
    await openWithKeyboard(launcher(), 'Get started');
    expect(document.getAnimations()).toHaveLength(0);
    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.getAnimations()).toHaveLength(0);
  });

  it('mirrors on a right-to-left page: launcher and panel in the left corner, text from the right', async () => {
    render(<RightToLeft />);
    const panel = await screen.findByRole('dialog', { name: 'Get started' });
    await settleAnimations();
    const button = (await launcher()).getBoundingClientRect();
    const box = panel.getBoundingClientRect();
    expect(button.left).toBeCloseTo(16, 0);
    expect(box.left).toBeCloseTo(16, 0);
    expect(box.right).toBeLessThan(1024 / 2);

    const title = within(panel)
      .getByRole('heading', { name: 'Get started' })
      .getBoundingClientRect();
    const contentRight = box.right - 17;
    expect(title.right).toBeCloseTo(contentRight, 0);
    const bar = within(panel).getByRole('progressbar').getBoundingClientRect();
    const fill = within(panel).getByRole('progressbar').firstElementChild?.getBoundingClientRect();
    expect(fill?.right).toBeCloseTo(bar.right, 0);
    expect(fill?.width).toBeCloseTo(bar.width / 5, 0);
  });
});

describe('Checklist accessibility in Chromium', () => {
  it.each<[string, () => ReactElement, boolean]>([
    ['the launcher alone', () => <Launcher />, false],
    ['the open launcher', () => <Launcher />, true],
    ['the inline list', () => <Inline />, false],
    ['a list partly done', () => <PartlyDone />, false],
    ['a list for an admin', () => <AdminItem />, false],
    ['the Japanese list', () => <Japanese />, false],
    ['a right-to-left list', () => <RightToLeft />, false],
    ['the dark theme', () => <Dark />, false],
  ])('has no axe violations: %s', async (_, story, open) => {
    render(story());
    await screen.findAllByText(/of \d done|件完了/);
    if (open) await openWithKeyboard(launcher(), 'Get started');
    await settleAnimations();
    await expectNoAxeViolations(document.body);
  });

  it('has no axe violations while it celebrates', async () => {
    render(<AllDone />);
    await screen.findByRole('region', { name: 'Get started' });
    await userEvent.click(screen.getByRole('button', { name: 'Invite a teammate' }));
    await screen.findByText('All done!');
    await settleAnimations();
    await expectNoAxeViolations(document.body);
  });
});
