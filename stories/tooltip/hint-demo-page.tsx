import type { ReactNode } from 'react';

/** Props of {@link HintDemoPage}. */
export interface HintDemoPageProps {
  /** The hint rendered right after the Save button. */
  readonly saveHint?: ReactNode;
  /** The hint rendered right after the Export button, so its beacon follows it on Tab. */
  readonly exportHint?: ReactNode;
}

/** A toolbar whose buttons are named anchors for hints. */
export function HintDemoPage({ saveHint, exportHint }: HintDemoPageProps) {
  return (
    <main className="demo-hint-page">
      <h1>Projects</h1>
      <div className="demo-hint-toolbar">
        <button
          type="button"
          className="demo-button"
          data-guidepost="save"
          aria-describedby="demo-save-help"
        >
          Save
        </button>
        {saveHint}
        <button type="button" className="demo-button" data-guidepost="export">
          Export
        </button>
        {exportHint}
        <button type="button" className="demo-button">
          Share
        </button>
      </div>
      <p id="demo-save-help">Saving keeps a copy on this device.</p>
    </main>
  );
}

/** Props of {@link HintScrollPage}. */
export interface HintScrollPageProps {
  /** The hints, each rendered right after its button inside the scroll container. */
  readonly filterHint?: ReactNode;
  readonly archiveHint?: ReactNode;
}

/** A scroll container with two targets halfway down a list. */
export function HintScrollPage({ filterHint, archiveHint }: HintScrollPageProps) {
  const rows = Array.from({ length: 12 }, (_, index) => `Project ${index + 1}`);
  return (
    <main className="demo-hint-page">
      <h1>Projects</h1>
      <section className="demo-hint-scroller" aria-label="Project list">
        <div className="demo-hint-toolbar">
          <button type="button" className="demo-button" data-guidepost="filter">
            Filter
          </button>
          {filterHint}
          <button type="button" className="demo-button" data-guidepost="archive">
            Archive
          </button>
          {archiveHint}
        </div>
        <ul>
          {rows.map((row) => (
            <li key={row}>{row}</li>
          ))}
        </ul>
      </section>
    </main>
  );
}
