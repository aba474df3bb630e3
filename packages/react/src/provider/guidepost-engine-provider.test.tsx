import { createGuidepostEngine, localStoragePersistence } from '@guidepost/core/engine';
import { act, cleanup, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useGuidepost } from './guidepost-context';
import { GuidepostEngineProvider } from './guidepost-engine-provider';
import { definition, WelcomeStatus } from './testing/fixtures';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

function NextButton() {
  const guidepost = useGuidepost<typeof definition>();
  return (
    <button type="button" onClick={() => guidepost.next('welcome')}>
      Next
    </button>
  );
}

function leanEngine(onEvent?: (event: { readonly name: string }) => void) {
  return createGuidepostEngine(definition, {
    user: { id: 'u1' },
    plugins: [localStoragePersistence()],
    lazy: true,
    ...(onEvent === undefined ? {} : { onEvent }),
  });
}

async function flush() {
  await act(async () => {
    await Promise.resolve();
  });
}

describe('GuidepostEngineProvider', () => {
  it('runs a lean engine: shows the tour once, saves progress and resumes from it', async () => {
    const shown = vi.fn();
    const first = leanEngine((event) => {
      if (event.name === 'guide_shown') shown();
    });
    const { unmount } = render(
      <StrictMode>
        <GuidepostEngineProvider guidepost={first}>
          <WelcomeStatus />
          <NextButton />
        </GuidepostEngineProvider>
      </StrictMode>,
    );
    await flush();
    expect(screen.getByLabelText('welcome').textContent).toBe('step projects');
    act(() => screen.getByRole('button', { name: 'Next' }).click());
    expect(screen.getByLabelText('welcome').textContent).toBe('step create');
    expect(shown).toHaveBeenCalledTimes(1);
    unmount();

    render(
      <GuidepostEngineProvider guidepost={leanEngine()}>
        <WelcomeStatus />
      </GuidepostEngineProvider>,
    );
    await flush();
    expect(screen.getByLabelText('welcome').textContent).toBe('step create');
  });

  it('identifies a new user and tells the engine the route', async () => {
    const engine = leanEngine();
    const { rerender } = render(
      <GuidepostEngineProvider guidepost={engine} user={{ id: 'u1' }} route="/">
        <WelcomeStatus />
      </GuidepostEngineProvider>,
    );
    await flush();
    rerender(
      <GuidepostEngineProvider guidepost={engine} user={{ id: 'u2' }} route="/projects">
        <WelcomeStatus />
      </GuidepostEngineProvider>,
    );
    await flush();
    expect(engine.getState().user).toEqual({ id: 'u2' });
    expect(engine.getState().route).toBe('/projects');
  });
});
