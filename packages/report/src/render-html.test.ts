import { describe, expect, it } from 'vitest';
import { h, toHtml } from './markup';
import { renderReportHtml } from './render-html';
import type { Report } from './report-types';

const report: Report = {
  source: 'events <1>.ndjson',
  events: 10,
  users: 4,
  from: Date.UTC(2026, 11, 1),
  until: Date.UTC(2026, 11, 2),
  guides: [
    {
      guideId: '<img src=x onerror=alert(1)>',
      version: 1,
      columns: [
        { key: 'shown', label: 'shown' },
        { key: 'completed', label: 'completed' },
        { key: 'goal', label: 'goal reached' },
      ],
      segments: [{ by: 'all', value: 'all', users: [4, 2, 1] }],
      lift: {
        guideId: '<img src=x onerror=alert(1)>',
        version: 1,
        treatmentUsers: 4,
        treatmentReached: 2,
        holdoutUsers: 4,
        holdoutReached: 1,
        treatmentRate: 0.5,
        holdoutRate: 0.25,
        lift: 0.25,
        liftLow: -0.38,
        liftHigh: 0.88,
        usersNeeded: 100,
      },
    },
  ],
};

describe('the HTML report', () => {
  it('escapes names from the export, so an event field never becomes markup', () => {
    const page = renderReportHtml(report);
    expect(page).not.toContain('<img');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt; (version 1)');
    expect(page).toContain('events &lt;1&gt;.ndjson');
  });

  it('gives each chart a name that holds its figures, and a table beside the funnel', () => {
    const page = renderReportHtml(report);
    expect(page).toContain(
      'Funnel of &lt;img src=x onerror=alert(1)&gt;, version 1: shown 4, completed 2, goal reached 1',
    );
    expect(page).toContain('+25.0 pts, 95% interval -38.0 pts to +88.0 pts');
    expect(page).toContain('<th scope="row">all users</th><td>4</td><td>2</td><td>1</td>');
    expect(page).toContain('100 more users needed');
  });

  it('writes void elements without closing tags and leaves out empty children', () => {
    expect(toHtml(h('p', { title: 'a"b' }, 'x', false, undefined, [h('br')]))).toBe(
      '<p title="a&quot;b">x<br></p>',
    );
  });
});
