import { act, cleanup, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnnouncer } from '../dom/create-announcer';
import { LiveRegion } from './live-region';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function announceAndSettle(announcer: ReturnType<typeof createAnnouncer>, text: string) {
  act(() => announcer.announce(text));
  const cleared = screen.getByRole('status').textContent;
  act(() => vi.advanceTimersByTime(100));
  return cleared;
}

describe('LiveRegion', () => {
  it('is in the page, empty and polite, before anything is announced', () => {
    render(<LiveRegion announcer={createAnnouncer()} />);
    const region = screen.getByRole('status');
    expect(region.textContent).toBe('');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.getAttribute('aria-atomic')).toBe('true');
    expect(region.className).toContain('gp-visually-hidden');
  });

  it('shows each announcement after clearing the previous one', () => {
    const announcer = createAnnouncer();
    render(<LiveRegion announcer={announcer} />);
    expect(announceAndSettle(announcer, 'Step 1 of 3: Projects')).toBe('');
    expect(screen.getByRole('status').textContent).toBe('Step 1 of 3: Projects');
    expect(announceAndSettle(announcer, 'Step 2 of 3: Create one')).toBe('');
    expect(screen.getByRole('status').textContent).toBe('Step 2 of 3: Create one');
  });

  it('empties the region between two identical messages so both are spoken', () => {
    const announcer = createAnnouncer();
    render(<LiveRegion announcer={announcer} />);
    const region = screen.getByRole('status');
    expect(announceAndSettle(announcer, 'Saved')).toBe('');
    expect(region.textContent).toBe('Saved');
    expect(announceAndSettle(announcer, 'Saved')).toBe('');
    expect(region.textContent).toBe('Saved');
  });

  it('speaks only the last of quick successive announcements', () => {
    const announcer = createAnnouncer({ settleDelay: 50 });
    render(<LiveRegion announcer={announcer} />);
    act(() => {
      announcer.announce('Step 1');
      announcer.announce('Step 2');
    });
    act(() => vi.advanceTimersByTime(50));
    expect(screen.getByRole('status').textContent).toBe('Step 2');
  });

  it('drops a pending message on clear()', () => {
    const announcer = createAnnouncer();
    render(<LiveRegion announcer={announcer} />);
    act(() => {
      announcer.announce('Step 1');
      announcer.clear();
    });
    act(() => vi.advanceTimersByTime(500));
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('renders an empty region on the server', () => {
    const announcer = createAnnouncer();
    announcer.clear();
    const html = renderToString(<LiveRegion announcer={announcer} className="app-status" />);
    expect(html).toContain('role="status"');
    expect(html).toContain('class="gp-visually-hidden app-status"');
    expect(html).toMatch(/<div[^>]*><\/div>/);
  });
});
