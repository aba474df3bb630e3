// @vitest-environment node
import { createGuidepost, memoryAdapter, type StorageAdapter } from '@guidepost/core';
import { StrictMode, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { builtinEnvironments } from 'vitest/runtime';
import { useSegment } from '../hooks/use-segment';
import { useTouchTier } from '../hooks/use-touch-tier';
import { GuidepostProvider } from './guidepost-provider';
import { definition, storageAtStep, WelcomeStatus } from './testing/fixtures';

const user = { id: 'u1', plan: 'trial', ltv: 80_000 };

function Page() {
  return (
    <main>
      <WelcomeStatus />
      <p aria-label="trial">{useSegment('trial') ? 'yes' : 'no'}</p>
      <p aria-label="tier">{useTouchTier()}</p>
    </main>
  );
}

type Variant = (storage: StorageAdapter) => ReactNode;

const owned: Variant = (storage) => (
  <GuidepostProvider definition={definition} storage={storage} user={user}>
    <Page />
  </GuidepostProvider>
);

const given: Variant = (storage) => (
  <GuidepostProvider guidepost={createGuidepost(definition, { user, storage, locks: null })}>
    <Page />
  </GuidepostProvider>
);

/** Hydrates `html` in a fresh jsdom the way a browser would, then lets effects run. */
async function hydrateInBrowser(html: string, app: () => ReactNode) {
  const environment = await builtinEnvironments.jsdom.setup(globalThis, {});
  const scope = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  scope.IS_REACT_ACT_ENVIRONMENT = true;
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const recoverable = vi.fn();
  try {
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const [{ act }, { hydrateRoot }] = await Promise.all([
      import('react'),
      import('react-dom/client'),
    ]);
    const root = await act(async () =>
      hydrateRoot(container, app(), { onRecoverableError: recoverable }),
    );
    await act(async () => {
      await Promise.resolve();
    });
    const text = (label: string) =>
      container.querySelector(`[aria-label="${label}"]`)?.textContent ?? null;
    const after = { welcome: text('welcome'), trial: text('trial'), tier: text('tier') };
    await act(async () => root.unmount());
    return { after, errors: consoleError.mock.calls, recoverable: recoverable.mock.calls };
  } finally {
    consoleError.mockRestore();
    delete scope.IS_REACT_ACT_ENVIRONMENT;
    await environment.teardown(globalThis);
  }
}

// Each hydration sets up jsdom and loads react-dom's client inside the test (React DOM reads
// `window` when its module first runs), which alone can take seconds on a busy machine.
const HYDRATION_TIMEOUT_MS = 30_000;

describe('server rendering and hydration', () => {
  it.each([
    ['a definition', owned],
    ['an engine the app owns', given],
  ])(
    'renders no guide on the server for %s, and hydrates without a mismatch',
    async (_, app) => {
      expect(typeof window).toBe('undefined');
      expect(typeof document).toBe('undefined');
      const html = renderToString(<StrictMode>{app(storageAtStep('create', 1))}</StrictMode>);
      expect(html).toContain('closed');
      expect(html).not.toContain('step');
      expect(html).toContain('>no<');
      expect(html).toContain('>tech<');

      const hydrated = await hydrateInBrowser(html, () => (
        <StrictMode>{app(storageAtStep('create', 1))}</StrictMode>
      ));
      expect(hydrated.errors).toEqual([]);
      expect(hydrated.recoverable).toEqual([]);
      expect(hydrated.after).toEqual({ welcome: 'step create', trial: 'yes', tier: 'high' });
    },
    HYDRATION_TIMEOUT_MS,
  );

  it('creates no engine of its own on the server', () => {
    const storage = memoryAdapter();
    const load = vi.spyOn(storage, 'load');
    renderToString(owned(storage));
    expect(load).not.toHaveBeenCalled();
  });
});
