import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';
import { createAnnouncer } from '../dom/create-announcer';
import { LiveRegion } from './live-region';

afterEach(cleanup);

describe('LiveRegion in Chromium', () => {
  it('passes axe before and after an announcement', async () => {
    const announcer = createAnnouncer({ settleDelay: 10 });
    const { container } = render(
      <main>
        <h1>Projects</h1>
        <LiveRegion announcer={announcer} />
      </main>,
    );
    await expectNoAxeViolations(container);
    act(() => announcer.announce('Step 2 of 5: Create a project'));
    await vi.waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Step 2 of 5: Create a project'),
    );
    await expectNoAxeViolations(container);
  });

  it('takes no room and shows nothing, even without the stylesheet', () => {
    const announcer = createAnnouncer();
    render(<LiveRegion announcer={announcer} />);
    const box = screen.getByRole('status').getBoundingClientRect();
    expect(box.width * box.height).toBeLessThanOrEqual(1);
  });
});
