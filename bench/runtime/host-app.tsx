import { SCROLL_PANEL_ID } from './bench-steps';
import './host-app.css';

/** How often the host app's own components rendered; a tour should leave it alone. */
export const hostRenders = { count: 0 };

/** Rows of two elements each, so `nodes` counts the list's elements. */
function BigList({ nodes }: { readonly nodes: number }) {
  hostRenders.count++;
  const rows = Array.from({ length: Math.floor(nodes / 2) }, (_, index) => index);
  return (
    <div>
      {rows.map((index) => (
        <div className="bench-row" key={index}>
          <span>Row {index}</span>
        </div>
      ))}
    </div>
  );
}

/**
 * The page under the tour: a toolbar, a sidebar, a nested scroll container and a list of
 * `nodes` elements. The three targets carry both an id (for the peers' selectors) and a
 * `data-guidepost` anchor name (Guidepost's documented way), and all start in the viewport.
 */
export function HostApp({ nodes }: { readonly nodes: number }) {
  hostRenders.count++;
  return (
    <>
      <header className="bench-toolbar">
        <strong>Acme</strong>
        <button type="button" id="new-project" data-guidepost="new-project">
          New project
        </button>
      </header>
      <div className="bench-layout">
        <nav className="bench-sidebar">
          <a id="projects" data-guidepost="projects" href="#projects">
            Projects
          </a>
          <a href="#reports">Reports</a>
          <a href="#settings">Settings</a>
        </nav>
        <main className="bench-main">
          <section className="bench-panel" id={SCROLL_PANEL_ID} aria-label="Files">
            <div className="bench-panel-spacer" />
            <button type="button" id="export" data-guidepost="export">
              Export
            </button>
            <div className="bench-panel-filler" />
          </section>
          <BigList nodes={nodes} />
        </main>
      </div>
    </>
  );
}
