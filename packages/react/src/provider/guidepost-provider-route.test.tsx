import {
  createGuidepost,
  defineGuidepost,
  memoryAdapter,
  SNAPSHOT_VERSION,
  type Snapshot,
  type StorageAdapter,
} from '@guidepost/core';
import { act, cleanup, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useGuide } from '../hooks/use-guide';
import { GuidepostProvider } from './guidepost-provider';

afterEach(cleanup);

/** Every step moves on when the app reports `/next`, so each report shows as one step. */
const definition = defineGuidepost({
  guides: {
    welcome: {
      kind: 'tour',
      trigger: 'manual',
      steps: [
        { id: 'one', title: 'One', advanceOn: { route: '/next' } },
        { id: 'two', title: 'Two', advanceOn: { route: '/next' } },
        { id: 'three', title: 'Three', advanceOn: { route: '/next' } },
      ],
    },
    billing: {
      kind: 'tour',
      trigger: { route: '/settings/*' },
      channel: 'inline',
      steps: [{ id: 'plan', title: 'Your plan' }],
    },
  },
});

/** Storage where user `u1` has the welcome tour open at its first step. */
function storageAtFirstStep() {
  const snapshot: Snapshot = {
    v: SNAPSHOT_VERSION,
    userId: 'u1',
    guides: {
      welcome: { status: 'active', version: 1, resetAt: 0, shows: 1, stepId: 'one', stepIndex: 0 },
    },
    events: {},
  };
  return memoryAdapter([snapshot]);
}

function Status() {
  const welcome = useGuide('welcome');
  const billing = useGuide('billing');
  return (
    <p>
      {`welcome at ${welcome?.stepId ?? ''}; billing ${billing?.open === true ? 'open' : 'closed'}`}
    </p>
  );
}

const status = () => screen.getByText(/^welcome at/).textContent;

/** The app as user `u1` over `storage`, on `route`, with the provider creating its engine. */
const appOver = (storage: StorageAdapter) => (route: string) => (
  <GuidepostProvider definition={definition} storage={storage} user={{ id: 'u1' }} route={route}>
    <Status />
  </GuidepostProvider>
);

describe('GuidepostProvider route', () => {
  it.each([
    ['each new route once', ['/a', '/a', '/b', '/b'], ['/a', '/b']],
    ['nothing while the prop is left out', [undefined, '/a', undefined, '/a'], ['/a']],
    ['a return to an earlier route', ['/a', '/b', '/a'], ['/a', '/b', '/a']],
  ])('reports %s to the engine it is given', (_case, routes, reported) => {
    const engine = createGuidepost(definition, { storage: memoryAdapter(), locks: null });
    const setRoute = vi.spyOn(engine, 'setRoute');
    const app = (route: string | undefined) => (
      <StrictMode>
        <GuidepostProvider guidepost={engine} {...(route === undefined ? {} : { route })} />
      </StrictMode>
    );
    const view = render(app(routes[0]));
    for (const route of routes.slice(1)) view.rerender(app(route));
    expect(setRoute.mock.calls.map(([route]) => route)).toEqual(reported);
    engine.destroy();
  });

  it('starts the engine it creates on the route, then moves a step on once per change, under StrictMode', async () => {
    const storage = storageAtFirstStep();
    const provider = appOver(storage);
    const app = (route: string) => <StrictMode>{provider(route)}</StrictMode>;
    // The route the app starts on is where it is, not a navigation: the step still waits.
    const view = render(app('/next'));
    await act(async () => undefined);
    expect(status()).toBe('welcome at one; billing closed');

    view.rerender(app('/home'));
    view.rerender(app('/next'));
    view.rerender(app('/next'));
    expect(status()).toBe('welcome at two; billing closed');
  });

  it('opens a route-triggered guide when the route reaches it', async () => {
    const storage = memoryAdapter();
    const app = appOver(storage);
    const view = render(app('/projects'));
    await act(async () => undefined);
    expect(status()).toBe('welcome at one; billing closed');
    view.rerender(app('/settings/billing'));
    expect(status()).toBe('welcome at one; billing open');
  });
});
