import { composeStories } from '@storybook/react';
import { cleanup, render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import * as stories from '../../../../stories/guide-center/guide-center.stories';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';
import {
  onDesktopPage,
  openWithKeyboard,
  settleAnimations,
} from '../test/browser-page.test-helpers';

const {
  Launcher,
  Open,
  Searching,
  NoResults,
  HighTouch,
  LowTouch,
  Enterprise,
  AllRead,
  Japanese,
  RightToLeft,
  Dark,
} = composeStories(stories);

onDesktopPage();

const launcher = () => screen.findByRole('button', { name: /^Help/ });
const panel = () => screen.findByRole('dialog', { name: 'Help' });
const summaries = (region: HTMLElement) =>
  [...region.querySelectorAll('summary')].map((summary) => summary.textContent);
const articleTitles = (dialog: HTMLElement) =>
  summaries(within(dialog).getByRole('region', { name: 'Help articles' }));
const said = () => screen.getAllByRole('status').map((region) => region.textContent);

describe('GuideCenter in Chromium', () => {
  it('opens from the launcher into the search field, closes on Escape, focus back on the launcher', async () => {
    render(<Launcher />);
    expect((await launcher()).textContent).toContain('2 new');
    const dialog = await openWithKeyboard(launcher(), 'Help');
    const search = within(dialog).getByRole('searchbox', { name: 'Search help' });
    await vi.waitFor(() => expect(document.activeElement).toBe(search));
    expect((await launcher()).getAttribute('aria-expanded')).toBe('true');
    expect((await launcher()).getAttribute('aria-controls')).toBe(dialog.id);

    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(await launcher());
    expect((await launcher()).getAttribute('aria-expanded')).toBe('false');
  });

  it('closes from its visible close button too', async () => {
    render(<Launcher />);
    const dialog = await openWithKeyboard(launcher(), 'Help');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(await launcher());
  });

  it('filters articles as the user types and says the count once typing pauses', async () => {
    render(<Open />);
    const dialog = await panel();
    expect(articleTitles(dialog)).toHaveLength(3);
    const search = within(dialog).getByRole('searchbox', { name: 'Search help' });
    await userEvent.type(search, 'spread');
    expect(articleTitles(dialog)).toEqual(['How do I export a report as CSV?']);
    await vi.waitFor(() => expect(said()).toContain('1 article found'));

    await userEvent.clear(search);
    await userEvent.type(search, 'team');
    expect(articleTitles(dialog)).toEqual(['Inviting teammates']);

    await userEvent.type(search, 'zzz');
    expect(within(dialog).getByText('No articles match “teamzzz”')).toBeVisible();
    await vi.waitFor(() => expect(said()).toContain('No articles match “teamzzz”'));
  });

  it('opens an article to read its rich-text answer, media and links', async () => {
    render(<Searching />);
    const dialog = await panel();
    await userEvent.click(within(dialog).getByText('How do I export a report as CSV?'));
    expect(within(dialog).getByRole('link', { name: 'the export guide' })).toBeVisible();
    expect(dialog.querySelector('video')?.getAttribute('title')).toBe('Exporting a report');
    expect(within(dialog).getByText('Export', { selector: 'strong' })).toBeVisible();
  });

  it('shows the enterprise-only article to enterprise users alone', async () => {
    render(<Enterprise />);
    expect(articleTitles(await panel())).toEqual(['Setting up single sign-on']);
    cleanup();
    render(<Open />);
    const dialog = await panel();
    await userEvent.type(within(dialog).getByRole('searchbox'), 'sign-on');
    expect(articleTitles(dialog)).toEqual([]);
  });

  it('marks an announcement read when it is opened, and all of them at once', async () => {
    render(<Open />);
    const dialog = await panel();
    const news = within(dialog).getByRole('region', { name: 'What’s new' });
    expect(within(news).getAllByText('New')).toHaveLength(2);
    await userEvent.click(within(news).getByText('Dark mode is here'));
    await vi.waitFor(() => expect(within(news).getAllByText('New')).toHaveLength(1));
    expect((await launcher()).textContent).toContain('1 new');

    await userEvent.click(within(news).getByRole('button', { name: 'Mark all as read' }));
    await vi.waitFor(() => expect(within(news).queryAllByText('New')).toHaveLength(0));
    expect((await launcher()).textContent).toBe('Help');
    expect(within(news).queryByRole('button', { name: 'Mark all as read' })).toBeNull();
  });

  it('replays a tour: the panel closes and the tour takes focus', async () => {
    render(<AllRead />);
    const dialog = await panel();
    const guides = within(dialog).getByRole('region', { name: 'Your guides' });
    expect(within(guides).getByText('0 of 3 done')).toBeVisible();
    await userEvent.click(within(guides).getByRole('button', { name: 'Replay' }));
    const step = await screen.findByRole('dialog', { name: 'A look around Acme' });
    await vi.waitFor(() => expect(screen.queryByRole('dialog', { name: 'Help' })).toBeNull());
    await vi.waitFor(() => expect(step.contains(document.activeElement)).toBe(true));
  });

  it('offers each touch tier its own way to get help', async () => {
    render(<HighTouch />);
    let contact = within(await panel()).getByRole('region', { name: 'Get in touch' });
    expect(within(contact).getByText('Aiko Tanaka')).toBeVisible();
    expect(within(contact).getByRole('link', { name: 'Pick a time' })).toBeVisible();
    cleanup();

    render(<LowTouch />);
    contact = within(await panel()).getByRole('region', { name: 'Get in touch' });
    expect(within(contact).getByText('Webinar: reports that answer questions')).toBeVisible();
    expect(within(contact).getByText(/^Starts /)).toBeVisible();
    expect(within(contact).queryByText('Docs and community')).toBeNull();
    cleanup();

    render(<Open />);
    contact = within(await panel()).getByRole('region', { name: 'Get in touch' });
    const forum = within(contact).getByRole('link', {
      name: 'Community forum (opens in a new tab)',
    });
    expect(forum.getAttribute('rel')).toBe('noopener noreferrer');
    expect(within(contact).queryByText('Aiko Tanaka')).toBeNull();
  });

  it('reads Japanese: labels, translated articles, and kana search without spaces', async () => {
    render(<Japanese />);
    const dialog = await screen.findByRole('dialog', { name: 'ヘルプ' });
    const titles = () => summaries(within(dialog).getByRole('region', { name: 'ヘルプ記事' }));
    expect(titles()).toEqual(['レポートを CSV で書き出すには？']);
    const search = within(dialog).getByRole('searchbox', { name: 'ヘルプを検索' });
    await userEvent.clear(search);
    // Hiragana finds the katakana keyword, and part of a word finds the whole.
    await userEvent.type(search, 'めんば');
    expect(titles()).toEqual(['メンバーを招待する']);
    await vi.waitFor(() => expect(said()).toContain('1 件の記事が見つかりました'));
  });

  it('mirrors on a right-to-left page: launcher and panel in the right corner', async () => {
    render(<RightToLeft />);
    const dialog = await panel();
    await settleAnimations();
    const button = (await launcher()).getBoundingClientRect();
    const box = dialog.getBoundingClientRect();
    expect(1024 - button.right).toBeCloseTo(16, 0);
    expect(1024 - box.right).toBeCloseTo(16, 0);
    expect(box.left).toBeGreaterThan(1024 / 2);
  });

  it('fits a 375 px phone: the panel spans the screen and nothing scrolls sideways', async () => {
    await page.viewport(375, 667);
    render(<Open />);
    const dialog = await panel();
    await settleAnimations();
    const box = dialog.getBoundingClientRect();
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(375);
    expect(box.width).toBeGreaterThan(340);
    expect(dialog.scrollWidth).toBeLessThanOrEqual(dialog.clientWidth);
    expect(box.bottom).toBeLessThan((await launcher()).getBoundingClientRect().top);
  });

  it.each([
    [375, 667],
    [320, 256],
  ])(
    'keeps every control reachable at %i×%i (a phone, and 400 percent zoom)',
    async (width, height) => {
      await page.viewport(width, height);
      render(<Open />);
      const dialog = await panel();
      await settleAnimations();
      for (const details of dialog.querySelectorAll('details')) details.open = true;
      const controls = [
        await launcher(),
        ...dialog.querySelectorAll<HTMLElement>('button, a[href], input, summary'),
      ];
      for (const control of controls) {
        control.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        const box = control.getBoundingClientRect();
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(width);
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.bottom).toBeLessThanOrEqual(height);
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        expect(hit !== null && control.contains(hit)).toBe(true);
      }
    },
  );

  it('plays an entrance, and none at all when the user prefers reduced motion', async () => {
    render(<Launcher />);
    await openWithKeyboard(launcher(), 'Help');
    expect(document.getAnimations().length).toBeGreaterThan(0);
    await settleAnimations();
    cleanup();

    await commands.emulateMedia({ reducedMotion: 'reduce' });
    render(<Launcher />);
    await openWithKeyboard(launcher(), 'Help');
    expect(document.getAnimations()).toHaveLength(0);
    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.getAnimations()).toHaveLength(0);
  });
});

describe('GuideCenter accessibility in Chromium', () => {
  it.each<[string, () => ReactElement, string]>([
    ['the launcher', () => <Launcher />, 'closed'],
    ['the open panel', () => <Open />, 'Help'],
    ['a search', () => <Searching />, 'Help'],
    ['no results', () => <NoResults />, 'Help'],
    ['high touch', () => <HighTouch />, 'Help'],
    ['low touch', () => <LowTouch />, 'Help'],
    ['all read', () => <AllRead />, 'Help'],
    ['Japanese', () => <Japanese />, 'ヘルプ'],
    ['right to left', () => <RightToLeft />, 'Help'],
    ['the dark theme', () => <Dark />, 'Help'],
  ])('has no axe violations: %s', async (_, story, name) => {
    render(story());
    if (name === 'closed') await launcher();
    else {
      const dialog = await screen.findByRole('dialog', { name });
      // Open every disclosure, so what it holds is checked too.
      for (const details of dialog.querySelectorAll('details')) details.open = true;
    }
    await settleAnimations();
    await expectNoAxeViolations(document.body);
  });
});
