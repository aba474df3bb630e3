import {
  createGuidepost,
  defineGuidepost,
  memoryAdapter,
  type GuidepostEvent,
} from '@guidepost/core';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { StrictMode, type ComponentType, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GuidepostProvider } from '../provider/guidepost-provider';
import { Tour } from './tour';
import { TourArrow } from './tour-arrow';
import { TourBack } from './tour-back';
import { TourContent } from './tour-content';
import { TourNext } from './tour-next';
import { TourOverlay } from './tour-overlay';
import { TourPortal } from './tour-portal';
import { TourProgress } from './tour-progress';
import { TourRoot } from './tour-root';

const { Close: TourClose, Description: TourDescription, Media: TourMedia, Title: TourTitle } = Tour;

afterEach(cleanup);

const definition = defineGuidepost({
  guides: {
    welcome: {
      kind: 'tour',
      trigger: 'manual',
      steps: [
        { id: 'intro', title: 'Welcome', body: 'A quick look around.' },
        { id: 'plain', title: 'No description' },
        { id: 'last', title: 'All done', body: 'Thanks for looking.' },
      ],
    },
    tips: {
      kind: 'tour',
      trigger: 'manual',
      channel: 'inline',
      steps: [{ id: 'tip', title: 'A tip', body: 'Press ? for shortcuts.' }],
    },
  },
});

function setup(ui: ReactNode, onEvent?: (event: GuidepostEvent) => void) {
  const engine = createGuidepost(definition, {
    storage: memoryAdapter(),
    locks: null,
    ...(onEvent === undefined ? {} : { onEvent }),
  });
  const view = render(<GuidepostProvider guidepost={engine}>{ui}</GuidepostProvider>);
  const start = (id: 'welcome' | 'tips' = 'welcome') => act(() => void engine.start(id));
  return { engine, view, start, status: () => engine.getState().guides.welcome.status };
}

const dialog = (name?: string) =>
  name === undefined ? screen.getByRole('dialog') : screen.getByRole('dialog', { name });
const button = (name: string | RegExp) => screen.getByRole('button', { name });
const press = (name: string | RegExp) => act(() => fireEvent.click(button(name)));

describe('Tour ARIA wiring', () => {
  it('names the step dialog by its title and describes it by its body, while one renders, and its progress', () => {
    const { start } = setup(<Tour id="welcome" />);
    start();
    const first = dialog('Welcome');
    const [body, progress] = (first.getAttribute('aria-describedby') ?? '').split(' ');
    expect(document.getElementById(body ?? '')?.textContent).toBe('A quick look around.');
    expect(screen.getByRole('dialog', { description: 'A quick look around. Step 1 of 3' })).toBe(
      first,
    );
    press('Next');
    expect(dialog('No description').getAttribute('aria-describedby')).toBe(progress);
    expect(screen.getByRole('dialog', { description: 'Step 2 of 3' })).toBeInstanceOf(HTMLElement);
    press('Next');
    expect(dialog('All done').getAttribute('aria-describedby')).toBe(`${body} ${progress}`);
  });

  it('is described by its progress even when no TourProgress renders', () => {
    const { start } = setup(
      <TourRoot id="welcome">
        <TourPortal>
          <TourContent>
            <TourTitle />
            <TourNext />
          </TourContent>
        </TourPortal>
      </TourRoot>,
    );
    start();
    expect(screen.getByRole('dialog', { name: 'Welcome', description: 'Step 1 of 3' })).toBe(
      dialog(),
    );
  });

  it('keeps ids unique across two tours on one page, and every reference resolves', () => {
    const { start } = setup(
      <>
        <Tour id="welcome" />
        <Tour id="tips" />
      </>,
    );
    start('welcome');
    start('tips');
    // The centred welcome step is modal, so the other one is hidden from assistive technology.
    const steps = screen.getAllByRole('dialog', { hidden: true });
    expect(steps).toHaveLength(2);
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const step of steps) {
      for (const attribute of ['aria-labelledby', 'aria-describedby']) {
        for (const id of (step.getAttribute(attribute) ?? '').split(' ').filter(Boolean)) {
          expect(step.contains(document.getElementById(id))).toBe(true);
        }
      }
    }
  });

  it('is a modal dialog when centred (the page is blocked) and shows its state on the DOM', () => {
    const { start } = setup(<Tour id="welcome" />);
    start();
    const step = dialog('Welcome');
    expect(step.getAttribute('aria-modal')).toBe('true');
    expect(step.dataset.state).toBe('open');
    expect(step.hasAttribute('data-centered')).toBe(true);
    expect(step.dataset.overlay).toBe('block');
  });

  it('renders nothing on the server', () => {
    const html = renderToString(
      <GuidepostProvider definition={definition} storage={memoryAdapter()}>
        <Tour id="welcome" />
      </GuidepostProvider>,
    );
    expect(html).toBe('');
  });
});

describe('Tour buttons', () => {
  it('offers Next and Close on the first step, Back in the middle and Done at the end', () => {
    const { start } = setup(<Tour id="welcome" />);
    start();
    const first = within(dialog('Welcome'));
    const names = first
      .getAllByRole('button')
      .map((element) => element.getAttribute('aria-label') ?? element.textContent);
    expect(names).toEqual(['Next', 'Close']);
    expect(first.getByText('Step 1 of 3')).toBeInstanceOf(HTMLElement);
    press('Next');
    expect(within(dialog('No description')).getByText('Step 2 of 3')).toBeInstanceOf(HTMLElement);
    expect(button('Back')).toBeInstanceOf(HTMLElement);
    press('Back');
    expect(dialog('Welcome')).toBeInstanceOf(HTMLElement);
    press('Next');
    press('Next');
    expect(button('Done')).toBeInstanceOf(HTMLElement);
  });

  it.each([
    ['Done completes the tour', ['Next', 'Next', 'Done'], 'completed', []],
    ['Close dismisses the tour', ['Next', 'Close'], 'dismissed', ['close']],
  ])('%s', (_, clicks, expected, reasons) => {
    const events: GuidepostEvent[] = [];
    const { start, status } = setup(<Tour id="welcome" />, (event) => events.push(event));
    start();
    for (const name of clicks) press(name);
    expect(status()).toBe(expected);
    const dismissals = events.filter((event) => event.name === 'guide_dismissed');
    expect(dismissals.map((event) => event.reason)).toEqual(reasons);
  });

  it.each([
    ['TourPortal', TourPortal],
    ['TourOverlay', TourOverlay],
    ['TourContent', TourContent],
    ['TourTitle', TourTitle],
    ['TourDescription', TourDescription],
    ['TourMedia', TourMedia],
    ['TourProgress', TourProgress],
    ['TourBack', TourBack],
    ['TourNext', TourNext],
    ['TourClose', TourClose],
    ['TourArrow', TourArrow],
  ] as [string, ComponentType][])('throws when %s is used outside TourRoot', (name, Part) => {
    const silence = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<Part />)).toThrow(`\`${name}\` must be used within \`TourRoot\``);
    silence.mockRestore();
  });

  it('renders its child instead of a button with asChild, running the child handler first', () => {
    const order: string[] = [];
    const { start, engine } = setup(
      <TourRoot id="welcome">
        <TourPortal>
          <TourContent>
            <TourTitle />
            <TourNext asChild onClick={() => order.push('part')}>
              <a href="#onward" className="link" onClick={() => order.push('child')}>
                Onward
              </a>
            </TourNext>
          </TourContent>
        </TourPortal>
      </TourRoot>,
    );
    start();
    const link = screen.getByRole('link', { name: 'Onward' });
    expect(link.className).toBe('gp-button link');
    expect(link.dataset.variant).toBe('primary');
    act(() => fireEvent.click(link));
    expect(order).toEqual(['child', 'part']);
    expect(engine.getState().guides.welcome.stepId).toBe('plain');
  });

  it.each([
    ['Next', 'stepId', 'intro'],
    ['Close', 'status', 'active'],
  ] as const)('lets your onClick preventDefault what %s does', (name, field, expected) => {
    const onClick = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    const { start, engine } = setup(
      <TourRoot id="welcome">
        <TourPortal>
          <TourContent>
            <TourTitle />
            <TourNext onClick={onClick} />
            <TourClose onClick={onClick} />
          </TourContent>
        </TourPortal>
      </TourRoot>,
    );
    start();
    press(name);
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(engine.getState().guides.welcome[field]).toBe(expected);
  });

  it('drops the default classes when unstyled and adds classNames per part', () => {
    const { start } = setup(
      <Tour id="welcome" unstyled classNames={{ next: 'btn', content: 'card' }} />,
    );
    start();
    expect(dialog('Welcome').className).toBe('card');
    expect(button('Next').className).toBe('btn');
    expect(button('Close').className).toBe('');
  });
});

describe('Tour labels', () => {
  it('speaks Japanese with locale="ja"', () => {
    const { start } = setup(<Tour id="welcome" locale="ja" />);
    start();
    expect(button('次へ')).toBeInstanceOf(HTMLElement);
    expect(button('閉じる')).toBeInstanceOf(HTMLElement);
    expect(screen.getByText('ステップ 1/3')).toBeInstanceOf(HTMLElement);
    press('次へ');
    expect(button('戻る')).toBeInstanceOf(HTMLElement);
    press('次へ');
    expect(button('完了')).toBeInstanceOf(HTMLElement);
  });

  it('takes overrides for single labels', () => {
    const { start } = setup(
      <Tour id="welcome" labels={{ next: 'Continue', stepProgress: '{current}/{total}' }} />,
    );
    start();
    expect(button('Continue')).toBeInstanceOf(HTMLElement);
    expect(screen.getByText('1/3')).toBeInstanceOf(HTMLElement);
    expect(button('Close')).toBeInstanceOf(HTMLElement);
  });
});

describe('Tour keyboard', () => {
  it('goes forward and back with the arrow keys, but not from a text field', () => {
    const { start, engine } = setup(
      <TourRoot id="welcome">
        <TourPortal>
          <TourContent>
            <TourTitle />
            <input aria-label="Note" />
            <TourNext />
          </TourContent>
        </TourPortal>
      </TourRoot>,
    );
    start();
    const step = () => engine.getState().guides.welcome.stepId;
    act(() => fireEvent.keyDown(button('Next'), { key: 'ArrowRight' }));
    expect(step()).toBe('plain');
    act(() => fireEvent.keyDown(screen.getByRole('textbox'), { key: 'ArrowLeft' }));
    expect(step()).toBe('plain');
    act(() => fireEvent.keyDown(button('Next'), { key: 'ArrowLeft' }));
    expect(step()).toBe('intro');
  });

  it.each([
    ['dismisses the tour', false, 'dismissed', ['escape']],
    ['leaves it open when an inner layer handled Escape first', true, 'active', []],
  ])('Escape %s', (_, handledInside, expected, reasons) => {
    const events: GuidepostEvent[] = [];
    const { start, status } = setup(
      <TourRoot id="welcome">
        <TourPortal>
          <TourContent>
            <TourTitle />
            <div
              role="menu"
              tabIndex={-1}
              onKeyDown={(event) => {
                if (handledInside) event.preventDefault();
              }}
            >
              Menu
            </div>
          </TourContent>
        </TourPortal>
      </TourRoot>,
      (event) => events.push(event),
    );
    start();
    act(() => fireEvent.keyDown(screen.getByRole('menu'), { key: 'Escape' }));
    expect(status()).toBe(expected);
    const dismissals = events.filter((event) => event.name === 'guide_dismissed');
    expect(dismissals.map((event) => event.reason)).toEqual(reasons);
  });
});

/** Every message the live region speaks, in order (it is emptied before each one). */
function recordAnnouncements(region: HTMLElement): string[] {
  const said: string[] = [];
  new MutationObserver(() => {
    if (region.textContent !== '') said.push(region.textContent ?? '');
  }).observe(region, { childList: true, subtree: true, characterData: true });
  return said;
}

/** Longer than the live region takes to speak a message. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 200)));

describe('Tour announcements and StrictMode', () => {
  it('conveys each step once: by focus moving in, else by a polite live region that exists before the tour starts', async () => {
    const { start } = setup(<Tour id="welcome" />);
    const region = screen.getByRole('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe('');
    const said = recordAnnouncements(region);

    start();
    await vi.waitFor(() => expect(document.activeElement).toBe(button('Next')));
    expect(dialog('Welcome').contains(document.activeElement)).toBe(true);
    await settle();
    expect(said).toEqual([]);

    // Focus stays on Next as the step changes under it: nothing would read the new step.
    press('Next');
    await vi.waitFor(() => expect(said).toEqual(['Step 2 of 3: No description']));
    expect(document.activeElement).toBe(button('Next'));

    // Focus left the step: it moves back in with the next one, which the region leaves alone.
    act(() => button('Next').blur());
    press('Next');
    await vi.waitFor(() => expect(document.activeElement).toBe(button('Done')));
    await settle();
    expect(said).toEqual(['Step 2 of 3: No description']);
  });

  it('speaks steps in the live region only while no TourContent takes focus into them', async () => {
    const tour = (content: boolean) => (
      <TourRoot id="welcome">
        {content ? (
          <TourPortal>
            <TourContent>
              <TourTitle />
              <TourNext />
            </TourContent>
          </TourPortal>
        ) : null}
      </TourRoot>
    );
    const { start, engine, view } = setup(tour(false));
    const said = recordAnnouncements(screen.getByRole('status'));
    start();
    await vi.waitFor(() => expect(said).toEqual(['Step 1 of 3: Welcome']));

    view.rerender(<GuidepostProvider guidepost={engine}>{tour(true)}</GuidepostProvider>);
    await vi.waitFor(() => expect(document.activeElement).toBe(button('Next')));
    act(() => button('Next').blur());
    act(() => engine.next('welcome'));
    await vi.waitFor(() =>
      expect(dialog('No description').contains(document.activeElement)).toBe(true),
    );
    await settle();
    expect(said).toEqual(['Step 1 of 3: Welcome']);
  });

  it('renders one portal and reports one step_viewed under StrictMode', async () => {
    const onEvent = vi.fn();
    const { start } = setup(
      <StrictMode>
        <Tour id="welcome" />
      </StrictMode>,
      onEvent,
    );
    start();
    await act(async () => undefined);
    expect(document.querySelectorAll('[data-guidepost-portal]')).toHaveLength(1);
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    const viewed = onEvent.mock.calls.filter(
      ([event]) => (event as GuidepostEvent).name === 'step_viewed',
    );
    expect(viewed).toHaveLength(1);
  });
});
