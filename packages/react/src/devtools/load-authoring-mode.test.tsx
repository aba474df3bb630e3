import { createGuidepost, defineGuidepost, memoryAdapter } from '@guidepost/core';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  cleanup();
  vi.unstubAllEnvs();
  vi.resetModules();
});

/** The devtools as a build with `NODE_ENV` set to `mode` evaluates them, freshly imported. */
async function devtoolsIn(mode: string) {
  vi.stubEnv('NODE_ENV', mode);
  vi.resetModules();
  const { LazyAuthoringMode } = await import('./load-authoring-mode');
  const { GuidepostDevtools } = await import('./guidepost-devtools');
  const { GuidepostProvider } = await import('../provider/guidepost-provider');
  const guidepost = createGuidepost(defineGuidepost({ guides: {} }), {
    storage: memoryAdapter(),
    locks: null,
  });
  render(
    <GuidepostProvider guidepost={guidepost}>
      <GuidepostDevtools />
    </GuidepostProvider>,
  );
  return LazyAuthoringMode;
}

// Each test imports the devtools afresh, which compiles their modules again: slow on a busy machine.
const FRESH_IMPORT = { timeout: 20_000 };

describe('the authoring mode in builds', () => {
  it('is left out of production: no loader, no button', FRESH_IMPORT, async () => {
    expect(await devtoolsIn('production')).toBeUndefined();
    expect(screen.getByRole('complementary', { name: 'Why each guide shows' })).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Author a guide' })).toBeNull();
  });

  it('is offered in development', FRESH_IMPORT, async () => {
    expect(await devtoolsIn('development')).toBeDefined();
    expect(screen.getByRole('button', { name: 'Author a guide' })).toBeDefined();
  });
});
