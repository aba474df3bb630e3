import {
  AnnouncementModal,
  Checklist,
  createGuidepostHooks,
  GuidepostProvider,
  Tooltip,
  Tour,
} from '@guidepost/react';
import { fixtureDefinition } from './fixture-definition';

const { useGuide, useGuidepost } = createGuidepostHooks<typeof fixtureDefinition>();

/** The buttons that start the manual guides, and the tour's status for the test to read. */
function FixtureControls() {
  const guidepost = useGuidepost();
  const tour = useGuide('welcome');
  return (
    <header className="fixture-header">
      <button type="button" onClick={() => guidepost.start('welcome', { force: true })}>
        Start tour
      </button>
      <button type="button" onClick={() => guidepost.start('release', { force: true })}>
        Show announcement
      </button>
      <p>
        Tour status: <output>{tour?.status ?? 'unknown'}</output>
      </p>
    </header>
  );
}

/**
 * A small app with every Guidepost component mounted the way the docs show: a sidebar and a
 * toolbar whose elements the guides point at.
 */
export function FixtureApp() {
  return (
    <GuidepostProvider definition={fixtureDefinition} user={{ id: 'csp-user' }}>
      <FixtureControls />
      <div className="fixture-page">
        <nav className="fixture-sidebar" aria-label="Sections">
          <a href="#projects" data-guidepost="sidebar-projects">
            Projects
          </a>
        </nav>
        <main className="fixture-main">
          <div className="fixture-toolbar" role="toolbar" aria-label="Report">
            <button type="button" data-guidepost="new-project">
              New project
            </button>
            <div className="fixture-filters" data-guidepost="report-filters">
              Filters
            </div>
            <Tooltip id="filters-hint" />
            <button type="button" className="fixture-export" data-guidepost="export">
              Export
            </button>
          </div>
        </main>
      </div>
      <Tour<typeof fixtureDefinition> id="welcome" />
      <Checklist id="getting-started" />
      <AnnouncementModal id="release" />
    </GuidepostProvider>
  );
}
