import { memoryAdapter, type GuidepostEvent } from '@guidepost/core';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';
import { fakeBrowser } from './fake-browser.test-helpers';
import { HintPage, type HintPageProps } from './hints.test-helpers';
import { Tooltip } from './tooltip';

beforeEach(fakeBrowser);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const saveButton = () => screen.getByRole('button', { name: 'Save' });

/** Moves keyboard focus with Tab until it reaches `element`, as a user does. */
async function tabTo(element: Element): Promise<void> {
  const user = userEvent.setup();
  for (let presses = 0; presses < 10 && document.activeElement !== element; presses += 1) {
    await user.tab();
  }
  expect(document.activeElement).toBe(element);
}

/** Axe over the page; `region` is left out: a hint renders in a portal outside the landmarks. */
const expectAccessible = () =>
  expectNoAxeViolations(document.body, { rules: { region: { enabled: false } } });

/** Lets the engine, the target lookup and positioning settle. */
const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 30)));

/** Renders the save hint on its page and tabs to its target, as a user does; returns the hint. */
async function focusSaveHint(page: Omit<HintPageProps, 'children'> = {}) {
  render(
    <HintPage {...page}>
      <Tooltip id="save-hint" />
    </HintPage>,
  );
  await settle();
  await tabTo(saveButton());
  return screen.findByRole('tooltip');
}

function eventNames(events: readonly GuidepostEvent[], guideId: string): string[] {
  return events.filter((event) => event.guideId === guideId).map((event) => event.name);
}

describe('a text hint', () => {
  it.each([
    [null, null],
    ['save-help', 'save-help'],
    ['save-help  other ', 'save-help  other '],
  ])(
    'appends its id to the target aria-describedby %j while open and restores %j after',
    async (before, after) => {
      const tooltip = await focusSaveHint({ saveDescribedBy: before });
      const ids = saveButton().getAttribute('aria-describedby')?.split(/\s+/) ?? [];
      expect(ids.filter((id) => id === tooltip.id)).toHaveLength(1);
      expect(ids.at(-1)).toBe(tooltip.id);
      expect(ids.slice(0, -1).join(' ')).toBe(before?.trim().split(/\s+/).join(' ') ?? '');
      await expectAccessible();

      act(() => saveButton().blur());
      await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull());
      expect(saveButton().getAttribute('aria-describedby')).toBe(after);
    },
  );

  it('shows its title and text, with links as plain text', async () => {
    const tooltip = await focusSaveHint();
    expect(tooltip).toHaveProperty('textContent', 'Save oftenPress Ctrl+S. Docs');
    expect(within(tooltip).queryByRole('link')).toBeNull();
    expect(within(tooltip).queryByRole('button')).toBeNull();
  });

  it('closes on Escape without moving focus', async () => {
    await focusSaveHint();
    fireEvent.keyDown(saveButton(), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull());
    expect(saveButton()).toBe(document.activeElement);
    expect(saveButton().getAttribute('aria-describedby')).toBe('save-help');
    await expectAccessible();
  });

  it.each([
    ['moved on', () => act(() => saveButton().blur()), 'guide_completed'],
    ['pressed Escape', () => fireEvent.keyDown(saveButton(), { key: 'Escape' }), 'guide_dismissed'],
  ])(
    'shown once: when the user %s it is recorded and not shown again to a new provider',
    async (_, close, recorded) => {
      const storage = memoryAdapter();
      const events: GuidepostEvent[] = [];
      const first = render(
        <HintPage storage={storage} onEvent={(event) => events.push(event)}>
          <Tooltip id="save-hint" />
        </HintPage>,
      );
      await settle();
      await tabTo(saveButton());
      await screen.findByRole('tooltip');
      close();
      await waitFor(() => expect(eventNames(events, 'save-hint')).toContain(recorded));
      first.unmount();

      events.length = 0;
      render(
        <HintPage storage={storage} onEvent={(event) => events.push(event)}>
          <Tooltip id="save-hint" />
        </HintPage>,
      );
      await settle();
      await tabTo(saveButton());
      await settle();
      expect(screen.queryByRole('tooltip')).toBeNull();
      expect(saveButton().getAttribute('aria-describedby')).toBe('save-help');
      expect(eventNames(events, 'save-hint')).not.toContain('guide_shown');
    },
  );

  it('shown every time: each close ends one show, unreported, and it opens again', async () => {
    const events: GuidepostEvent[] = [];
    render(
      <HintPage onEvent={(event) => events.push(event)}>
        <Tooltip id="share-hint" />
      </HintPage>,
    );
    await settle();
    const share = screen.getByRole('button', { name: 'Share' });
    for (let round = 0; round < 2; round += 1) {
      await tabTo(share);
      expect(await screen.findByRole('tooltip')).toHaveProperty('textContent', 'Invite your team.');
      act(() => share.blur());
      await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull());
    }
    expect(eventNames(events, 'share-hint')).toEqual(['guide_shown', 'guide_shown', 'guide_shown']);
  });
});

describe('a hint with a beacon', () => {
  const beacon = () => screen.getByRole('button', { name: 'Open hint: Export' });

  it('is a named button whose aria-expanded and aria-controls follow the dialog', async () => {
    render(
      <HintPage>
        <Tooltip id="export-hint" />
      </HintPage>,
    );
    await waitFor(() => expect(beacon().getAttribute('aria-expanded')).toBe('false'));
    expect(beacon().hasAttribute('aria-controls')).toBe(false);
    await expectAccessible();

    fireEvent.click(beacon());
    const dialog = await screen.findByRole('dialog', { name: 'Export' });
    expect(beacon().getAttribute('aria-expanded')).toBe('true');
    expect(beacon().getAttribute('aria-controls')).toBe(dialog.id);
    expect(dialog.hasAttribute('aria-modal')).toBe(false);
    expect(within(dialog).getByRole('link', { name: 'Learn more' })).toHaveProperty(
      'href',
      `${location.origin}/docs/export`,
    );
    await expectAccessible();
  });

  it.each([
    ['Escape', () => fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' })],
    ['its close button', () => fireEvent.click(screen.getByRole('button', { name: 'Close' }))],
  ])(
    'opened from the keyboard, takes focus, and %s gives it back to the beacon',
    async (_, close) => {
      render(
        <HintPage>
          <Tooltip id="export-hint" />
        </HintPage>,
      );
      await waitFor(() => beacon());
      act(() => beacon().focus());
      fireEvent.click(beacon(), { detail: 0 });
      const dialog = await screen.findByRole('dialog', { name: 'Export' });
      await waitFor(() => expect(document.activeElement).toBe(dialog));

      close();
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      await waitFor(() => expect(document.activeElement).toBe(beacon()));
      expect(beacon().getAttribute('aria-expanded')).toBe('false');
    },
  );

  it('shown once: Escape dismisses it for good, and focus goes to its target as the beacon leaves', async () => {
    const events: GuidepostEvent[] = [];
    render(
      <HintPage onEvent={(event) => events.push(event)}>
        <Tooltip id="invite-hint" />
      </HintPage>,
    );
    const invite = await screen.findByRole('button', { name: 'Open hint: Invite' });
    act(() => invite.focus());
    fireEvent.click(invite, { detail: 0 });
    const dialog = await screen.findByRole('dialog', { name: 'Invite' });
    await waitFor(() => expect(document.activeElement).toBe(dialog));

    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.queryByRole('button', { name: 'Open hint: Invite' })).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Share' })),
    );
    expect(eventNames(events, 'invite-hint')).toEqual(['guide_shown', 'guide_dismissed']);
  });

  it('hides while its target is hidden, never at 0,0, and comes back anchored when it is shown', async () => {
    render(
      <HintPage>
        <Tooltip id="export-hint" />
      </HintPage>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Open hint: Export' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export' });
    const target = screen.getByRole('button', { name: 'Export' });

    act(() => target.setAttribute('hidden', ''));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(dialog.isConnected).toBe(true);
    expect(dialog.style.visibility).toBe('hidden');
    expect(dialog.dataset.state).toBe('closed');

    act(() => target.removeAttribute('hidden'));
    expect(await screen.findByRole('dialog', { name: 'Export' })).toBe(dialog);
    expect(dialog.style.transform).not.toBe('translate(0px, 0px)');
  });

  it('speaks Japanese with locale="ja"', async () => {
    render(
      <HintPage>
        <Tooltip id="export-hint" locale="ja" />
      </HintPage>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'ヒントを開く: Export' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export' });
    expect(within(dialog).getByRole('button', { name: '閉じる' })).toBeDefined();
  });
});

describe('several hints', () => {
  it('never repeat an id, and every id they refer to exists', async () => {
    render(
      <HintPage>
        <Tooltip.Root id="save-hint" defaultOpen>
          <Tooltip.Portal>
            <Tooltip.Content>
              <Tooltip.Title />
              <Tooltip.Body />
            </Tooltip.Content>
          </Tooltip.Portal>
        </Tooltip.Root>
        <Tooltip.Root id="share-hint" defaultOpen>
          <Tooltip.Portal>
            <Tooltip.Content>
              <Tooltip.Body />
            </Tooltip.Content>
          </Tooltip.Portal>
        </Tooltip.Root>
        <Tooltip id="export-hint" />
      </HintPage>,
    );
    await waitFor(() => expect(screen.getAllByRole('tooltip')).toHaveLength(2));
    fireEvent.click(screen.getByRole('button', { name: 'Open hint: Export' }));
    await screen.findByRole('dialog');

    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    const references = [
      ...document.querySelectorAll('[aria-describedby], [aria-labelledby], [aria-controls]'),
    ]
      .flatMap((element) =>
        ['aria-describedby', 'aria-labelledby', 'aria-controls'].flatMap(
          (name) => element.getAttribute(name)?.split(/\s+/) ?? [],
        ),
      )
      .filter((id) => id !== '');
    expect(references.length).toBeGreaterThan(4);
    for (const id of references) expect(document.getElementById(id)).not.toBeNull();
    await expectAccessible();
  });
});

describe('the parts', () => {
  it.each([
    ['TooltipTitle', <Tooltip.Title key="title" />],
    ['TooltipBody', <Tooltip.Body key="body" />],
    ['TooltipContent', <Tooltip.Content key="content" />],
    ['TooltipBeacon', <Tooltip.Beacon key="beacon" />],
  ])('%s outside a root says so', (part, element) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(element)).toThrow(`\`${part}\` must be used within \`TooltipRoot\``);
  });

  it.each([
    [{}, 'gp-surface gp-popover gp-tooltip mine'],
    [{ unstyled: true }, 'mine'],
    [{ classNames: { content: 'card' } }, 'gp-surface gp-popover gp-tooltip card mine'],
  ])('with %j the hint has the classes %j', async (options, expected) => {
    render(
      <HintPage>
        <Tooltip id="save-hint" className="mine" {...options} />
      </HintPage>,
    );
    await settle();
    await tabTo(saveButton());
    expect((await screen.findByRole('tooltip')).className).toBe(expected);
  });
});
