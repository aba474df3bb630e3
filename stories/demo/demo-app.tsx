import {
  AnnouncementModal,
  Checklist,
  GuideCenter,
  GuidepostDevtools,
  GuidepostProvider,
  Survey,
  Tour,
  useGuidepost,
  type GuidepostEvent,
} from '@guidepost/react';
import { useState } from 'react';
import '@guidepost/react/styles.css';
import { personaFromGlobals } from '../persona/persona';
import { usePersona } from '../persona/persona-context';
import { createPersonaStorage } from '../persona/persona-storage';
import { BillingPage } from './billing-page';
import { DEMO_COPY, type DemoCopy } from './demo-copy';
import { createDemoDefinition, type DemoDefinition } from './demo-definition';
import { NewProjectPage } from './new-project-page';
import { ProjectsPage } from './projects-page';
import { SettingsPage } from './settings-page';
import './demo.css';

/** Short enough to watch the next pop-up wait and then show; the devtools count it down. */
const DEMO_INTERRUPTIONS = { gap: '5s' } as const;

/** Props of {@link DemoApp}. */
export interface DemoAppProps {
  /** Every analytics event the engine emits. */
  readonly onEvent?: (event: GuidepostEvent) => void;
}

const NAV = [
  { route: '/projects', anchor: 'nav-projects', label: 'projects' },
  { route: '/settings', anchor: 'nav-settings', label: 'settings' },
  { route: '/billing', anchor: 'nav-billing', label: 'billing' },
] as const;

/** Props of {@link Workspace}. */
interface WorkspaceProps {
  readonly copy: DemoCopy;
  readonly locale: 'en' | 'ja';
  readonly plan: string;
  readonly route: string;
  readonly onNavigate: (route: string) => void;
}

/** The product itself: header, sidebar and the page for the route, tracking what users do. */
function Workspace({ copy, locale, plan, route, onNavigate }: WorkspaceProps) {
  const guidepost = useGuidepost<DemoDefinition>();
  const [projects, setProjects] = useState<readonly string[]>([]);
  const section = route.startsWith('/projects') ? '/projects' : route;
  return (
    <div className="demo-shell">
      <header className="demo-topbar">
        <strong>{copy.product}</strong>
      </header>
      <nav className="demo-nav" aria-label={copy.nav.label}>
        {NAV.map((item) => (
          <button
            key={item.route}
            type="button"
            data-guidepost={item.anchor}
            aria-current={section === item.route ? 'page' : undefined}
            onClick={() => onNavigate(item.route)}
          >
            {copy.nav[item.label]}
          </button>
        ))}
      </nav>
      <main className="demo-page">
        {route === '/projects' ? (
          <ProjectsPage
            copy={copy}
            locale={locale}
            projects={projects}
            onNewProject={() => onNavigate('/projects/new')}
            onExport={() => guidepost.track('report_exported')}
          />
        ) : null}
        {route === '/projects/new' ? (
          <NewProjectPage
            copy={copy}
            onCreate={(name) => {
              setProjects((before) => [...before, name]);
              guidepost.track('project_created');
              onNavigate('/projects');
            }}
            onCancel={() => onNavigate('/projects')}
          />
        ) : null}
        {route === '/settings' ? (
          <SettingsPage
            copy={copy}
            locale={locale}
            onInvite={() => guidepost.track('invite_sent')}
          />
        ) : null}
        {route === '/billing' ? <BillingPage copy={copy} plan={plan} /> : null}
      </main>
    </div>
  );
}

/** One persona per touch tier, for the devtools' authoring mode to check drafts against. */
function authoringPersonas(now: number) {
  const user = (globals: Readonly<Record<string, string>>) => personaFromGlobals(globals, now).user;
  return {
    'Trial, signed up 3 days ago (tech touch)': user({ plan: 'trial', ltv: '0', days: '3' }),
    'Pro, 45 days (low touch)': user({ plan: 'pro', ltv: '12000', days: '45' }),
    'Enterprise, 45 days (high touch)': user({ plan: 'enterprise', ltv: '80000', days: '45' }),
  };
}

/**
 * A small SaaS dashboard run as the toolbar's persona, with the guides its team ships and a
 * panel explaining each. Its own router state feeds the provider's `route`.
 */
export function DemoApp({ onEvent }: DemoAppProps) {
  const { persona } = usePersona();
  const copy = DEMO_COPY[persona.locale];
  const [definition] = useState(() => createDemoDefinition(persona.now, copy));
  const [storage] = useState(() => createPersonaStorage(persona, { definition }));
  const [route, setRoute] = useState('/projects');
  const [personas] = useState(() => authoringPersonas(persona.now));
  const locale = persona.locale;
  return (
    <GuidepostProvider
      definition={definition}
      storage={storage}
      user={persona.user}
      route={route}
      onEvent={(event) => onEvent?.(event)}
      // The release note follows the tour after a short gap, where an app would wait minutes.
      interruptions={DEMO_INTERRUPTIONS}
    >
      <div className="demo-layout">
        <Workspace
          copy={copy}
          locale={locale}
          plan={persona.plan}
          route={route}
          onNavigate={setRoute}
        />
        {/* The panel speaks English whatever the persona's locale: it is for the team. */}
        <div className="demo-explain" lang="en" dir="ltr">
          <GuidepostDevtools personas={personas} />
        </div>
      </div>
      <Tour id="welcome-starter" locale={locale} />
      <Tour id="welcome-team" locale={locale} />
      <Checklist id="getting-started" locale={locale} />
      {/* One modal for every announcement: those eligible together page through it, newest first. */}
      <AnnouncementModal locale={locale} dontShowAgain />
      {/* Help for every persona: their articles, guides to replay, news, and their tier's contact. */}
      <GuideCenter locale={locale} />
      <Survey id="nps-2026" locale={locale} />
    </GuidepostProvider>
  );
}
