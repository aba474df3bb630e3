/** The ways `contractPage` can break the app a guide points into. */
export type Breakage =
  'renamed' | 'display-none' | 'transparent' | 'banner' | 'off-canvas' | 'clipped' | 'tour-overlay';

/**
 * A small app page for the guide contract's tests: a sidebar, a toolbar with "New project" and
 * "Export" on /projects, a list of reports on /reports, broken as asked.
 *
 * @example
 * await page.setContent(contractPage('/projects', 'trial user', 'banner'));
 */
export function contractPage(route: string, persona: string, breakage?: Breakage): string {
  const toolbarStyle =
    breakage === 'display-none' ? 'display: none' : breakage === 'transparent' ? 'opacity: 0' : '';
  const newProject = breakage === 'renamed' ? 'create-project' : 'new-project';
  const projects = `
    <div id="toolbar" style="${toolbarStyle}">
      <button data-guidepost="${newProject}">New project</button>
    </div>
    <button id="export">Export</button>`;
  const list = '<ul data-guidepost="report-list"><li>Monthly revenue</li><li>Churn</li></ul>';
  const reports =
    breakage === 'off-canvas'
      ? `<aside style="position: fixed; inset: 0 auto 0 0; width: 240px; transform: translateX(-100%)">${list}</aside>`
      : breakage === 'clipped'
        ? `<div id="report-frame" style="position: relative; height: 120px; overflow: hidden">
             <div style="position: absolute; top: -200px; left: 0">${list}</div>
           </div>`
        : `<div style="height: 1600px"></div>${list}`;
  const banner =
    breakage === 'banner'
      ? '<div id="cookie-banner" style="position: fixed; inset: 0 0 auto 0; height: 56px; background: #333; color: white">We use cookies</div>'
      : '';
  const overlay =
    breakage === 'tour-overlay'
      ? '<div data-guidepost-portal=""><div style="position: fixed; inset: 0; background: rgb(0 0 0 / 50%)"></div></div>'
      : '';
  return `<!doctype html>
    <html lang="en"><head><title>${route} as ${persona}</title></head>
    <body style="margin: 0; font: 16px sans-serif">
      <nav style="display: flex; gap: 8px; padding: 16px">
        <a href="#projects" data-guidepost="nav-projects">Projects</a>
        <a href="#reports">Reports</a>
      </nav>
      <main style="padding: 16px">${route === '/projects' ? projects : reports}</main>
      ${banner}${overlay}
    </body></html>`;
}
