import type { Meta, StoryObj } from '@storybook/react-vite';
import { defineGuidepost } from '@guidepost/core';
import { useState } from 'react';
import { GuidepostProvider, Tour } from '@guidepost/react';
import { usePersona } from '../persona/persona-context';
import { createPersonaStorage } from '../persona/persona-storage';
import { TourControls } from './tour-story-frame';
import {
  recordEngineCallbacks,
  type StoryEngineCallbacks,
} from '../persona/persona-guidepost-provider';

type StoryArgs = StoryEngineCallbacks;

const meta: Meta<StoryArgs> = {
  title: 'Tour/Routes',
  args: recordEngineCallbacks(),
};

export default meta;

type Story = StoryObj<StoryArgs>;

/** A tour over two pages: step 1 on Projects, step 2 on Reports, step 3 anywhere. */
const multiRouteTour = defineGuidepost({
  guides: {
    welcome: {
      kind: 'tour',
      trigger: 'manual',
      steps: [
        {
          id: 'open-reports',
          route: '/projects',
          target: 'nav-reports',
          title: 'Open your reports',
          body: 'Reports have a page of their own. Open it, or press Next and open it later.',
          placement: 'right',
          advanceOn: { route: '/reports' },
        },
        {
          id: 'chart',
          route: '/reports',
          target: 'report-chart',
          title: 'Your weekly chart',
          body: 'Every project, week by week. The page stays usable: go back to Projects and return.',
          placement: 'bottom',
          overlay: 'none',
          targetTimeout: 600,
        },
        { id: 'done', title: 'That is the tour', body: 'This step shows on any page.' },
      ],
    },
  },
});

const PAGES = [
  { route: '/projects', label: 'Projects', anchor: 'nav-projects' },
  { route: '/reports', label: 'Reports', anchor: 'nav-reports' },
] as const;

/** The page for a route: each renders only its own anchors, as a routed app does. */
function RoutedPage({ route }: { readonly route: string }) {
  if (route === '/reports') {
    return (
      <>
        <h1>Reports</h1>
        <figure className="demo-chart" data-guidepost="report-chart">
          Weekly chart
        </figure>
      </>
    );
  }
  return (
    <>
      <h1>Projects</h1>
      <div className="demo-toolbar">
        <button type="button" data-guidepost="new-project">
          New project
        </button>
      </div>
    </>
  );
}

/**
 * A tiny router: the sidebar's buttons switch the route, which goes to the provider as the
 * `route` prop (where an app passes `useLocation().pathname` or `usePathname()`). "Reload app"
 * mounts a new provider over the same storage, as a page reload would.
 */
function MultiRouteApp({ onEvent, onError }: StoryArgs) {
  const [route, setRoute] = useState<string>('/projects');
  const { persona } = usePersona();
  const [storage] = useState(() => createPersonaStorage(persona));
  const [loads, setLoads] = useState(0);
  return (
    <GuidepostProvider
      key={loads}
      definition={multiRouteTour}
      storage={storage}
      user={persona.user}
      route={route}
      onEvent={(event) => onEvent?.(event)}
      onError={(error) => onError?.(error)}
    >
      <TourControls />
      <div className="demo-app">
        <header className="demo-header">
          <strong>Acme Analytics</strong>
          <span>
            Route: <code>{route}</code>
          </span>
          <button type="button" onClick={() => setLoads((count) => count + 1)}>
            Reload app
          </button>
        </header>
        <div className="demo-body">
          <nav className="demo-sidebar" aria-label="Pages">
            {PAGES.map((page) => (
              <button
                key={page.route}
                type="button"
                data-guidepost={page.anchor}
                aria-current={route === page.route ? 'page' : undefined}
                onClick={() => setRoute(page.route)}
              >
                {page.label}
              </button>
            ))}
          </nav>
          <main className="demo-main">
            <RoutedPage route={route} />
          </main>
        </div>
      </div>
      <Tour id="welcome" locale={persona.locale} />
    </GuidepostProvider>
  );
}

/**
 * Step 1 lives on Projects and moves on when Reports opens; step 2 lives on Reports and waits,
 * showing nothing and reporting nothing, while the app is elsewhere; step 3 shows anywhere.
 */
export const MultiRoute: Story = {
  name: 'Multi-route tour',
  render: (args) => <MultiRouteApp {...args} />,
};
