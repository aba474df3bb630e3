import { memoryAdapter } from '@guidepost/core';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GuidepostProvider } from '../provider/guidepost-provider';
import { definition, eventLog } from '../provider/testing/fixtures';
import { useTour, type UseTourResult } from './use-tour';
import { useTrack } from './use-track';

afterEach(cleanup);

async function flush() {
  await act(async () => {
    await Promise.resolve();
  });
}

const renders = { host: 0, sidebar: 0, tour: 0 };
const results: UseTourResult<typeof definition, 'welcome'>[] = [];

function TourBar() {
  renders.tour += 1;
  const tour = useTour<typeof definition>('welcome');
  results.push(tour);
  if (!tour.view?.open) return <p>No tour</p>;
  return (
    <section aria-label="Tour">
      <p>
        {tour.step?.id} ({tour.stepIndex + 1} of {tour.stepCount}){tour.isFirst ? ' first' : ''}
        {tour.isLast ? ' last' : ''}
      </p>
      <button onClick={tour.back}>Back</button>
      <button onClick={tour.next}>{tour.isLast ? 'Done' : 'Next'}</button>
      <button onClick={() => tour.goTo('share')}>Skip to share</button>
      <button onClick={tour.dismiss}>Don't show again</button>
      <button onClick={() => tour.close('escape')}>Escape</button>
    </section>
  );
}

function Sidebar() {
  renders.sidebar += 1;
  const track = useTrack();
  return <button onClick={() => track('project_created')}>New project</button>;
}

function Host({ onEvent }: { readonly onEvent?: ReturnType<typeof eventLog>['onEvent'] }) {
  renders.host += 1;
  return (
    <GuidepostProvider
      definition={definition}
      storage={memoryAdapter()}
      user={{ id: 'u1' }}
      {...(onEvent ? { onEvent } : {})}
    >
      <Sidebar />
      <TourBar />
    </GuidepostProvider>
  );
}

async function mountHost(onEvent?: ReturnType<typeof eventLog>['onEvent']) {
  renders.host = 0;
  renders.sidebar = 0;
  renders.tour = 0;
  results.length = 0;
  render(<Host {...(onEvent ? { onEvent } : {})} />);
  await flush();
}

const stepText = () => screen.getByRole('region', { name: 'Tour' }).querySelector('p')?.textContent;

describe('useTour', () => {
  it('walks through the steps and completes from the last', async () => {
    const log = eventLog();
    await mountHost(log.onEvent);
    expect(stepText()).toBe('projects (1 of 3) first');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(stepText()).toBe('create (2 of 3)');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(stepText()).toBe('share (3 of 3) last');
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(stepText()).toBe('create (2 of 3)');
    fireEvent.click(screen.getByRole('button', { name: 'Skip to share' }));
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.getByText('No tour')).toBeInstanceOf(HTMLElement);
    expect(log.named('guide_completed')).toHaveLength(1);
  });

  it.each<[string, string, string]>([
    ["dismissed (don't show again)", "Don't show again", 'dont_show_again'],
    ['closed by the user, as the built-in Escape closes it', 'Escape', 'escape'],
  ])('ends the tour for good when %s, and reports why', async (_, button, reason) => {
    const log = eventLog();
    await mountHost(log.onEvent);
    fireEvent.click(screen.getByRole('button', { name: button }));
    expect(screen.getByText('No tour')).toBeInstanceOf(HTMLElement);
    expect(log.named('guide_dismissed').map((event) => event.reason)).toEqual([reason]);
    const status = results.at(-1)?.view?.status;
    expect(status).toBe('dismissed');
  });

  it('re-renders only the component that uses it while the tour moves', async () => {
    await mountHost();
    const before = { ...renders };
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(renders.host - before.host).toBe(0);
    expect(renders.sidebar - before.sidebar).toBe(0);
    expect(renders.tour - before.tour).toBe(3);
  });

  it('does not re-render for changes that leave the tour as it was', async () => {
    await mountHost();
    const before = renders.tour;
    fireEvent.click(screen.getByRole('button', { name: 'New project' }));
    expect(renders.tour).toBe(before);
  });

  it('keeps its actions across renders', async () => {
    await mountHost();
    const first = results.at(-1);
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    const last = results.at(-1);
    expect(last).not.toBe(first);
    expect(last?.stepIndex).toBe(1);
    for (const action of [
      'next',
      'back',
      'skip',
      'goTo',
      'dismiss',
      'complete',
      'start',
    ] as const) {
      expect(last?.[action]).toBe(first?.[action]);
    }
  });

  it('skips a step unseen: the step after it shows', async () => {
    await mountHost();
    act(() => results.at(-1)?.skip());
    expect(results.at(-1)?.stepIndex).toBe(1);
  });

  it('starts a tour that is not open and reports whether it opened', async () => {
    await mountHost();
    fireEvent.click(screen.getByRole('button', { name: "Don't show again" }));
    const start = results.at(-1)?.start;
    let opened: boolean | undefined;
    act(() => {
      opened = start?.({ force: true });
    });
    expect(opened).toBe(true);
    expect(stepText()).toBe('projects (1 of 3) first');
  });
});
