import { createGuidepost, defineGuidepost, memoryAdapter } from '@guidepost/core';
import { cleanup, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { GuidepostProvider } from '../provider/guidepost-provider';
import { useGuidepost } from '../provider/guidepost-context';
import { Tour } from './tour';
import { shownStep } from './tour-browser.test-helpers';

const definition = defineGuidepost({
  guides: {
    welcome: {
      kind: 'tour',
      trigger: 'manual',
      steps: [
        { id: 'projects', target: 'projects', title: 'Your projects' },
        { id: 'create', target: 'create', title: 'Create one' },
        { id: 'share', target: 'share', title: 'Share it' },
      ],
    },
  },
});

beforeEach(async () => {
  await page.viewport(1024, 768);
});
afterEach(cleanup);

/** The host app: its own content, the tour's targets, and a button that starts the tour. */
function HostApp() {
  const guidepost = useGuidepost<typeof definition>();
  return (
    <main>
      <nav data-guidepost="projects">Projects</nav>
      <button type="button" data-guidepost="create">
        New project
      </button>
      <button type="button" data-guidepost="share">
        Share
      </button>
      <button type="button" onClick={() => guidepost.start('welcome')}>
        Start tour
      </button>
      {Array.from({ length: 50 }, (_, row) => (
        <p key={row}>Row {row}</p>
      ))}
    </main>
  );
}

describe('a running tour and the host app', () => {
  it('renders the host app 0 times while a 3-step tour runs from start to Done', async () => {
    const engine = createGuidepost(definition, { storage: memoryAdapter(), locks: null });
    let hostCommits = 0;
    render(
      <GuidepostProvider guidepost={engine}>
        <Profiler
          id="host"
          onRender={() => {
            hostCommits += 1;
          }}
        >
          <HostApp />
        </Profiler>
        <Tour id="welcome" />
      </GuidepostProvider>,
    );
    const afterMount = hostCommits;
    expect(afterMount).toBeGreaterThan(0);

    await userEvent.click(screen.getByRole('button', { name: 'Start tour' }));
    await shownStep('Your projects');
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await shownStep('Create one');
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await shownStep('Share it');
    await userEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(engine.getState().guides.welcome.status).toBe('completed');

    expect(hostCommits - afterMount).toBe(0);
    engine.destroy();
  });
});
