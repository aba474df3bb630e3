import { useState, type ReactNode } from 'react';

/** Props of {@link DemoApp}. */
export interface DemoAppProps {
  /** Extra content at the end of the main area. */
  readonly children?: ReactNode;
}

/** A small dashboard with named anchors for tour steps to point at. */
export function DemoApp({ children }: DemoAppProps) {
  const [saved, setSaved] = useState(0);
  const [clicks, setClicks] = useState(0);
  return (
    <div className="demo-app">
      <header className="demo-header">
        <strong>Acme Analytics</strong>
        <button type="button" onClick={() => setClicks((count) => count + 1)}>
          Page button
        </button>
        <span>Page button clicked {clicks} times</span>
      </header>
      <div className="demo-body">
        <nav className="demo-sidebar" aria-label="Sections">
          <a href="#projects" data-guidepost="sidebar-projects">
            Projects
          </a>
          <a href="#reports">Reports</a>
          <a href="#settings">Settings</a>
        </nav>
        <main className="demo-main">
          <h1>Projects</h1>
          <div className="demo-toolbar">
            <button type="button" data-guidepost="new-project">
              New project
            </button>
            <button
              type="button"
              data-guidepost="save"
              onClick={() => setSaved((count) => count + 1)}
            >
              Save
            </button>
            <button type="button" data-guidepost="export">
              Export
            </button>
          </div>
          <p>Saved {saved} times</p>
          {children}
        </main>
      </div>
    </div>
  );
}
