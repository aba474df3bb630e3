// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HintPage } from './hints.test-helpers';
import { Tooltip } from './tooltip';

describe('a hint on the server', () => {
  it('renders only the page: no beacon, no hint, no describedby, and no window touched', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(
      <HintPage>
        <Tooltip id="save-hint" />
        <Tooltip id="export-hint" />
      </HintPage>,
    );
    expect(html).toContain('>Save</button>');
    expect(html).not.toContain('role="tooltip"');
    expect(html).not.toContain('Open hint');
    expect(html).toContain('aria-describedby="save-help"');
  });
});
