import {
  defineGuidepost,
  localStorageAdapter,
  memoryAdapter,
  type GuidepostEvent,
  type StorageAdapter,
} from '@guidepost/core';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useGuide } from '../hooks/use-guide';
import { GuidepostProvider } from '../provider/guidepost-provider';
import { useGuidepost } from '../provider/guidepost-context';
import { Tour } from './tour';
import { useTourContext } from './tour-context';
import { TourRoot } from './tour-root';

// jsdom has no layout: give the viewport a size and anchors a box, so they count as visible.
beforeEach(() => {
  vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(1024);
  vi.spyOn(document.documentElement, 'clientHeight', 'get').mockReturnValue(768);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: HTMLElement,
  ) {
    return this.hasAttribute('data-guidepost') ? new DOMRect(40, 40, 120, 32) : new DOMRect();
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  localStorage.clear();
});

/** Long enough for a 40 ms target timeout to have run out several times over. */
const PAST_TIMEOUT = 150;

function routeTour(onMissing: 'skip' | 'center' | 'end' = 'skip') {
  return defineGuidepost({
    guides: {
      welcome: {
        kind: 'tour',
        trigger: 'manual',
        steps: [
          {
            id: 'projects',
            route: '/projects',
            target: 'new-project',
            title: 'Create a project',
            targetTimeout: 40,
            onMissing,
          },
          {
            id: 'reports',
            route: '/reports',
            target: 'report-chart',
            title: 'Your reports',
            targetTimeout: 40,
            onMissing,
          },
          { id: 'done', title: 'All done' },
        ],
      },
    },
  });
}

function Controls() {
  const guidepost = useGuidepost();
  const guide = useGuide('welcome');
  return (
    <>
      <button type="button" onClick={() => guidepost.start('welcome', { force: true })}>
        Start tour
      </button>
      <p>{`Tour: ${guide?.status ?? ''} at ${guide?.stepId ?? ''}`}</p>
    </>
  );
}

/** What each route of the app renders: only its own anchors. */
function Page({ route }: { readonly route: string | undefined }) {
  if (route === '/projects') {
    return (
      <button type="button" data-guidepost="new-project">
        New project
      </button>
    );
  }
  if (route === '/reports') return <figure data-guidepost="report-chart">Weekly chart</figure>;
  return <p>Home</p>;
}

interface AppOptions {
  readonly storage?: StorageAdapter;
  readonly route?: string;
  readonly onMissing?: 'skip' | 'center' | 'end';
  /** The tour as rendered. @default <Tour id="welcome" /> */
  readonly tour?: ReactNode;
}

/**
 * Renders the app over `storage` (a fresh engine per call, as after a reload); `navigate`
 * re-renders it on another route, as a router would.
 */
function setup({
  storage = memoryAdapter(),
  route,
  onMissing,
  tour = <Tour id="welcome" />,
}: AppOptions) {
  const events: GuidepostEvent[] = [];
  const definition = routeTour(onMissing);
  const app = (at: string | undefined) => (
    <GuidepostProvider
      definition={definition}
      storage={storage}
      user={{ id: 'u1' }}
      {...(at === undefined ? {} : { route: at })}
      onEvent={(event) => events.push(event)}
      onError={() => undefined}
    >
      <Controls />
      <Page route={at} />
      {tour}
    </GuidepostProvider>
  );
  const view = render(app(route));
  return {
    navigate: (to: string) => view.rerender(app(to)),
    errors: () => events.filter((event) => event.name === 'guide_error'),
    unmount: () => view.unmount(),
  };
}

const press = (name: string) => act(() => fireEvent.click(screen.getByRole('button', { name })));
// The first render of a file loads and compiles the whole tour, which can take over waitFor's
// default second on a busy machine; how long a step takes to show is measured in bench/.
const SHOWN_TIMEOUT_MS = 5000;
const shown = (name: string) =>
  vi.waitFor(
    () => {
      const step = screen.getByRole('dialog', { name });
      expect(step.dataset.state).toBe('open');
      return step;
    },
    { timeout: SHOWN_TIMEOUT_MS },
  );
const tourText = () => screen.getByText(/^Tour:/).textContent?.slice('Tour: '.length);
const wait = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

describe('Tour steps on routes', () => {
  it.each(['skip', 'center', 'end'] as const)(
    'a step on another route shows nothing and reports nothing (onMissing %s), then shows on its route',
    async (onMissing) => {
      const { navigate, errors } = setup({ route: '/projects', onMissing });
      press('Start tour');
      await shown('Create a project');
      press('Next');
      await wait(PAST_TIMEOUT);
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(tourText()).toBe('active at reports');
      expect(errors()).toEqual([]);

      navigate('/reports');
      const step = await shown('Your reports');
      expect(step.dataset.side).toBe('bottom');
      expect(step.hasAttribute('data-centered')).toBe(false);
      expect(errors()).toEqual([]);
    },
  );

  it('a step with a route waits until a route is reported', async () => {
    const { navigate, errors } = setup({});
    press('Start tour');
    await wait(PAST_TIMEOUT);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(tourText()).toBe('active at projects');
    navigate('/projects');
    await shown('Create a project');
    expect(errors()).toEqual([]);
  });

  it('a step without a route shows on any route', async () => {
    const { navigate } = setup({ route: '/reports' });
    press('Start tour');
    await wait(PAST_TIMEOUT);
    navigate('/projects');
    await shown('Create a project');
    press('Next');
    navigate('/reports');
    await shown('Your reports');
    press('Next');
    await shown('All done');
    navigate('/settings');
    await wait(PAST_TIMEOUT);
    await shown('All done');
  });

  it('hides the step when the app leaves its route, then focuses it on return, which reads it once', async () => {
    const { navigate, errors } = setup({ route: '/reports' });
    press('Start tour');
    navigate('/projects');
    await shown('Create a project');
    press('Next');
    navigate('/reports');
    await shown('Your reports');
    const region = screen.getByRole('status');

    navigate('/projects');
    // Not merely hidden while its target is gone: the step and its overlay leave the page.
    await vi.waitFor(() => expect(document.querySelector('[role="dialog"]')).toBeNull());
    await wait(PAST_TIMEOUT);
    expect(document.querySelector('.gp-overlay')).toBeNull();
    expect(tourText()).toBe('active at reports');
    const said: string[] = [];
    new MutationObserver(() => {
      if (region.textContent !== '') said.push(region.textContent ?? '');
    }).observe(region, { childList: true, subtree: true, characterData: true });

    navigate('/reports');
    const step = await shown('Your reports');
    await vi.waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Next' })),
    );
    // Focus came in from the page, so the step's name and description (its progress too) are
    // read; the live region does not say it again.
    expect(screen.getByRole('dialog', { description: 'Step 2 of 3' })).toBe(step);
    await wait(PAST_TIMEOUT);
    expect(said).toEqual([]);
    expect(errors()).toEqual([]);
  });
});

/** Records every target a shown step is given, as a custom part would see it. */
function TargetLog({ log }: { readonly log: (Element | null)[] }) {
  const { open, target } = useTourContext('TargetLog');
  if (open) log.push(target);
  return null;
}

describe('Tour targets across routes', () => {
  it('never gives a step back its target from the page it left', async () => {
    const log: (Element | null)[] = [];
    const tour = (
      <TourRoot id="welcome">
        <TargetLog log={log} />
      </TourRoot>
    );
    const { navigate } = setup({ route: '/projects', tour });
    press('Start tour');
    await vi.waitFor(() => expect(log.at(-1)?.textContent).toBe('New project'));
    const left = log.at(-1);
    navigate('/reports');
    await wait(PAST_TIMEOUT);
    log.length = 0;

    navigate('/projects');
    const current = screen.getByRole('button', { name: 'New project' });
    await vi.waitFor(() => expect(log.at(-1)).toBe(current));
    expect(left).not.toBe(current);
    expect(log.filter((target) => target !== null && !target.isConnected)).toEqual([]);
  });
});

describe('Tour steps on routes after a reload', () => {
  const storages: [string, () => StorageAdapter][] = [
    ['memoryAdapter', () => memoryAdapter()],
    ['localStorageAdapter', () => localStorageAdapter()],
  ];

  it.each(storages)(
    'resumes at the step it left, once the app is on its route (%s)',
    async (_name, createStorage) => {
      const storage = createStorage();
      const first = setup({ storage, route: '/projects' });
      press('Start tour');
      await shown('Create a project');
      press('Next');
      first.unmount();

      const reloaded = setup({ storage, route: '/projects' });
      await wait(PAST_TIMEOUT);
      expect(tourText()).toBe('active at reports');
      expect(screen.queryByRole('dialog')).toBeNull();
      reloaded.navigate('/reports');
      await shown('Your reports');
      expect(reloaded.errors()).toEqual([]);
    },
  );

  it.each(storages)(
    'shows the step at once when reloaded on its route (%s)',
    async (_name, createStorage) => {
      const storage = createStorage();
      const first = setup({ storage, route: '/projects' });
      press('Start tour');
      await shown('Create a project');
      press('Next');
      first.navigate('/reports');
      await shown('Your reports');
      first.unmount();

      setup({ storage, route: '/reports' });
      await shown('Your reports');
      expect(tourText()).toBe('active at reports');
    },
  );
});
