import { Tooltip } from '@guidepost/react';
import { useState } from 'react';
import type { DemoCopy } from './demo-copy';

/** Props of {@link ProjectsPage}. */
export interface ProjectsPageProps {
  readonly copy: DemoCopy;
  readonly locale: 'en' | 'ja';
  readonly projects: readonly string[];
  readonly onNewProject: () => void;
  readonly onExport: () => void;
}

/** The list of projects, with the "New project" and "Export report" actions. */
export function ProjectsPage({
  copy,
  locale,
  projects,
  onNewProject,
  onExport,
}: ProjectsPageProps) {
  const [exported, setExported] = useState(false);
  const text = copy.projects;
  return (
    <>
      <div className="demo-page-head">
        <h1>{text.title}</h1>
        <div className="demo-actions">
          <button type="button" data-guidepost="new-project" onClick={onNewProject}>
            {text.create}
          </button>
          <button
            type="button"
            data-guidepost="export-report"
            disabled={projects.length === 0}
            onClick={() => {
              onExport();
              setExported(true);
            }}
          >
            {text.exportReport}
          </button>
          <Tooltip id="export-hint" locale={locale} />
        </div>
      </div>
      {projects.length === 0 ? (
        <p>{text.empty}</p>
      ) : (
        <ul className="demo-projects" aria-label={text.listLabel}>
          {projects.map((project, index) => (
            <li key={`${project}-${index}`}>{project}</li>
          ))}
        </ul>
      )}
      <p role="status">{exported ? text.exported : ''}</p>
    </>
  );
}
