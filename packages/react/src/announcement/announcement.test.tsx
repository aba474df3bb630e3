import {
  defineGuidepost,
  parseGuidepost,
  type AnnouncementGuide,
  type Guidepost,
  type GuidepostDefinition,
} from '@guidepost/core';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useGuidepost } from '../provider/guidepost-context';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';
import { AnnouncementModal } from './announcement-modal';
import {
  eventLog,
  onDemand,
  tourFirst,
  withAnnouncementProvider,
  type ProviderOptions,
} from './testing/announcement-fixtures';

/** jsdom cannot navigate; links are followed as far as the page's own handlers. */
const stayOnPage = (event: Event) => event.preventDefault();
beforeAll(() => window.addEventListener('click', stayOnPage));
afterAll(() => window.removeEventListener('click', stayOnPage));

afterEach(cleanup);

/** Hidden from the page's users: `inert` where the engine has it, `aria-hidden` otherwise. */
const hiddenByModal = (element: Element) =>
  element.hasAttribute('inert') || element.getAttribute('aria-hidden') === 'true';

let engine: Guidepost | undefined;
function CaptureEngine() {
  engine = useGuidepost();
  return null;
}

function mount(
  options: ProviderOptions & { readonly id?: string; readonly locale?: 'en' | 'ja' } = {},
) {
  const { id, locale, ...provider } = options;
  return render(
    withAnnouncementProvider(
      <>
        <CaptureEngine />
        <main>
          <button type="button" onClick={() => engine?.start('news', { force: true })}>
            Show news
          </button>
        </main>
        <AnnouncementModal
          dontShowAgain
          {...(id === undefined ? {} : { id })}
          {...(locale === undefined ? {} : { locale })}
        />
      </>,
      provider,
    ),
  );
}

const dialog = (name?: string) =>
  name === undefined ? screen.findByRole('dialog') : screen.findByRole('dialog', { name });

/** A definition that skipped validation: its call to action is a `javascript:` link. */
function tamperedDefinition(): GuidepostDefinition {
  const valid = defineGuidepost({
    guides: {
      promo: { kind: 'announcement', title: 'Promo', cta: { label: 'Claim', href: '/claim' } },
    },
  });
  const promo = valid.guides['promo'] as AnnouncementGuide;
  return {
    ...valid,
    guides: { promo: { ...promo, cta: { label: 'Claim', href: 'javascript:alert(1)' } } },
  };
}

// axe takes seconds in jsdom when the suite runs alongside others.
describe('AnnouncementModal', { timeout: 20_000 }, () => {
  it('is a modal dialog named by its title and described by its body, with focus inside', async () => {
    mount();
    const modal = await dialog('Bulk export');
    expect(modal.getAttribute('aria-modal')).toBe('true');
    const description = document.getElementById(modal.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toBe('Export many projects at once.');
    await waitFor(() => expect(document.activeElement).toBe(modal));
    expect(
      within(modal).getByRole('img', { name: 'The export dialog with three projects' }),
    ).toBeInstanceOf(HTMLElement);
    expect(within(modal).getByRole('button', { name: 'Close' })).toBeInstanceOf(HTMLElement);
    await expectNoAxeViolations(document.body);
  });

  it('pages through waiting announcements newest first, counting each page viewed as shown', async () => {
    const log = eventLog();
    mount({ onEvent: log.onEvent });
    const modal = await dialog('Bulk export');
    expect(within(modal).getByText('1 of 3')).toBeInstanceOf(HTMLElement);
    fireEvent.click(within(modal).getByRole('button', { name: 'Next' }));
    await dialog('Comments');
    expect(within(modal).getByText('2 of 3')).toBeInstanceOf(HTMLElement);
    fireEvent.click(within(modal).getByRole('button', { name: 'Next' }));
    await dialog('Dark mode');
    expect(within(modal).getByRole('button', { name: 'Next' }).getAttribute('aria-disabled')).toBe(
      'true',
    );
    expect(modal.hasAttribute('aria-describedby')).toBe(false);
    await expectNoAxeViolations(document.body);
    expect(
      log
        .named('guide_shown')
        .map((event) => event.guideId)
        .sort(),
    ).toEqual(['release-10', 'release-11', 'release-12']);
    expect(engine?.getState().guides['release-10']?.open).toBe(true);
  });

  it('closes on Escape and dismisses every page', async () => {
    const log = eventLog();
    mount({ onEvent: log.onEvent });
    const modal = await dialog('Bulk export');
    fireEvent.keyDown(modal, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(
      log
        .named('guide_dismissed')
        .map((event) => event.guideId)
        .sort(),
    ).toEqual(['release-10', 'release-11', 'release-12']);
  });

  it('leaves Escape to a control inside that handled it', async () => {
    mount();
    const modal = await dialog('Bulk export');
    const close = within(modal).getByRole('button', { name: 'Close' });
    close.addEventListener('keydown', (event) => event.preventDefault());
    fireEvent.keyDown(close, { key: 'Escape' });
    expect(screen.getByRole('dialog')).toBe(modal);
  });

  it('records a followed call to action, completes that page and moves on', async () => {
    const log = eventLog();
    mount({ onEvent: log.onEvent });
    const modal = await dialog('Bulk export');
    const cta = within(modal).getByRole('link', { name: 'Try it' });
    expect(cta.getAttribute('href')).toBe('/export');
    const more = within(modal).getByRole('link', { name: /Read more/ });
    expect([more.getAttribute('target'), more.getAttribute('rel')]).toEqual([
      '_blank',
      'noopener noreferrer',
    ]);
    fireEvent.click(cta);
    expect(log.named('cta_clicked').map((event) => [event.guideId, event.href])).toEqual([
      ['release-12', '/export'],
    ]);
    expect(log.named('guide_completed').map((event) => event.guideId)).toEqual(['release-12']);
    await dialog('Comments');
    expect(within(screen.getByRole('dialog')).getByText('1 of 2')).toBeInstanceOf(HTMLElement);
  });

  it('dismisses for good with "Don\'t show again"', async () => {
    const log = eventLog();
    mount({ id: 'release-11', onEvent: log.onEvent });
    const modal = await dialog('Comments');
    expect(within(modal).queryByRole('group', { name: 'Announcements' })).toBeNull();
    fireEvent.click(within(modal).getByRole('button', { name: "Don't show again" }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(log.named('guide_dismissed').map((event) => event.guideId)).toEqual(['release-11']);
    expect(engine?.getState().guides['release-11']?.status).toBe('dismissed');
  });

  it('never renders an unsafe call to action as a link, and reports it as guide_error', async () => {
    const log = eventLog();
    mount({ definition: tamperedDefinition(), onEvent: log.onEvent });
    const modal = await dialog('Promo');
    expect(within(modal).queryByRole('link')).toBeNull();
    expect(modal.querySelector('[href]')).toBeNull();
    await waitFor(() =>
      expect(log.named('guide_error').map((event) => [event.guideId, event.code])).toEqual([
        ['promo', 'unsafe_link'],
      ]),
    );
  });

  it('renders markup in remote content as inert text and drops a guide with a javascript: link', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    const { definition, issues } = parseGuidepost(
      JSON.stringify({
        guides: {
          news: {
            kind: 'announcement',
            title: payload,
            body: [{ type: 'paragraph', children: [payload, { text: payload, strong: true }] }],
            cta: { label: payload, href: '/safe' },
          },
          trap: {
            kind: 'announcement',
            title: 'Claim',
            cta: { label: 'Go', href: 'javascript:alert(1)' },
          },
        },
      }),
    );
    expect(definition.guideIds).toEqual(['news']);
    expect(issues.map((issue) => issue.guideId)).toEqual(['trap']);
    mount({ definition });
    const modal = await dialog(payload);
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('[onerror]')).toBeNull();
    expect(within(modal).getByRole('link', { name: payload }).getAttribute('href')).toBe('/safe');
    expect(modal.querySelector('strong')?.textContent).toBe(payload);
  });

  it('never opens while a tour holds the modal channel, and opens the gap after it ends', async () => {
    mount({ definition: tourFirst, interruptions: { gap: 300 } });
    await waitFor(() => expect(engine?.getState().guides['welcome']?.open).toBe(true));
    expect(screen.queryByRole('dialog')).toBeNull();
    act(() => engine?.dismiss('welcome'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(engine?.explain('release-12').reasons.map((reason) => reason.code)).toEqual(['pacing']);
    await dialog('Bulk export');
  });

  it('makes the page inert and still, then restores it and focus exactly', async () => {
    document.body.setAttribute('style', 'color: black;');
    mount({ definition: onDemand });
    await waitFor(() => expect(engine?.getState().ready).toBe(true));
    const page = screen.getByRole('main').parentElement as HTMLElement;
    const invoker = screen.getByRole('button', { name: 'Show news' });
    invoker.focus();
    fireEvent.click(invoker);
    const modal = await dialog("What's new");
    await waitFor(() => expect(document.activeElement).toBe(modal));
    expect(document.body.style.overflow).toBe('hidden');
    await waitFor(() => expect(hiddenByModal(page)).toBe(true));
    const liveRegion = screen.getByRole('status', { hidden: true });
    expect(liveRegion.closest('[inert], [aria-hidden="true"]')).toBeNull();

    fireEvent.click(within(modal).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(hiddenByModal(page)).toBe(false);
    expect(document.querySelector('[inert]')).toBeNull();
    expect(document.body.getAttribute('style')).toBe('color: black;');
    await waitFor(() => expect(document.activeElement).toBe(invoker));
    document.body.removeAttribute('style');
  });

  it('shows one modal of two providers at a time, then the other, and restores the page', async () => {
    const comments = defineGuidepost({
      guides: { comments: { kind: 'announcement', title: 'Comments' } },
    });
    const tips = defineGuidepost({ guides: { tips: { kind: 'announcement', title: 'Tips' } } });
    const baseline = () => ({
      style: document.body.getAttribute('style'),
      marked: document.querySelectorAll('[aria-hidden="true"], [inert]').length,
    });
    render(<main>Page</main>);
    const before = baseline();
    render(
      <>
        {withAnnouncementProvider(<AnnouncementModal id="comments" />, { definition: comments })}
        {withAnnouncementProvider(<AnnouncementModal id="tips" />, { definition: tips })}
      </>,
    );
    const first = await dialog('Comments');
    expect(screen.getAllByRole('dialog', { hidden: true })).toHaveLength(1);
    expect(document.body.style.overflow).toBe('hidden');
    fireEvent.keyDown(first, { key: 'Escape' });
    const second = await dialog('Tips');
    // The first may still play its exit while the second comes in, then it is gone.
    await waitFor(() => expect(screen.getAllByRole('dialog', { hidden: true })).toEqual([second]));
    expect(document.body.style.overflow).toBe('hidden');
    fireEvent.keyDown(second, { key: 'Escape' });
    await waitFor(() => expect(screen.queryAllByRole('dialog', { hidden: true })).toHaveLength(0));
    expect(baseline()).toEqual(before);
  });

  it('under StrictMode opens once, counts one show and leaves the page as it was', async () => {
    const log = eventLog();
    render(<main>Page</main>);
    const before = {
      style: document.body.getAttribute('style'),
      marked: document.querySelectorAll('[aria-hidden="true"], [inert]').length,
    };
    render(
      <StrictMode>
        {withAnnouncementProvider(<AnnouncementModal id="release-12" />, { onEvent: log.onEvent })}
      </StrictMode>,
    );
    const modal = await dialog('Bulk export');
    expect(screen.getAllByRole('dialog')).toEqual([modal]);
    // One show of the group: each page counted once, however often effects ran.
    expect(log.named('guide_shown').map((event) => event.guideId)).toEqual([
      'release-11',
      'release-12',
      'release-10',
    ]);
    expect(document.body.style.overflow).toBe('hidden');
    fireEvent.keyDown(modal, { key: 'Escape' });
    await waitFor(() => expect(screen.queryAllByRole('dialog', { hidden: true })).toHaveLength(0));
    expect({
      style: document.body.getAttribute('style'),
      marked: document.querySelectorAll('[aria-hidden="true"], [inert]').length,
    }).toEqual(before);
  });

  it('speaks Japanese', async () => {
    mount({ locale: 'ja' });
    const modal = await dialog('Bulk export');
    expect(within(modal).getByText('1/3')).toBeInstanceOf(HTMLElement);
    expect(within(modal).getByRole('button', { name: '閉じる' })).toBeInstanceOf(HTMLElement);
    expect(within(modal).getByRole('button', { name: '次へ' })).toBeInstanceOf(HTMLElement);
    expect(within(modal).getByRole('button', { name: '今後表示しない' })).toBeInstanceOf(
      HTMLElement,
    );
  });

  it('names both parts when one is used outside its root', () => {
    expect(() => render(withAnnouncementProvider(<AnnouncementModal.Title />))).toThrow(
      '`AnnouncementTitle` must be used within `AnnouncementRoot`',
    );
  });
});
