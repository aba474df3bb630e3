import { defineGuidepost, memoryAdapter, type StorageAdapter } from '@guidepost/core';
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { eventLog, withAnnouncementProvider } from './testing/announcement-fixtures';
import { useAnnouncements } from './use-announcements';

afterEach(cleanup);

const notes = defineGuidepost({
  guides: {
    october: { kind: 'announcement', title: 'Oct', publishedAt: '2026-10-01' },
    december: {
      kind: 'announcement',
      title: 'Dec',
      publishedAt: '2026-12-01',
      frequency: { maxShows: 2 },
    },
    november: { kind: 'announcement', title: 'Nov', publishedAt: '2026-11-01' },
  },
});

function renderPager(storage: StorageAdapter, ids?: readonly string[]) {
  const log = eventLog();
  const wrapper = ({ children }: { children: ReactNode }) =>
    withAnnouncementProvider(children, {
      definition: notes,
      storage,
      onEvent: log.onEvent,
      // The next session follows at once here: no gap between pop-ups.
      interruptions: { gap: 0 },
    });
  const hook = renderHook(() => useAnnouncements(ids), { wrapper });
  return { ...hook, log };
}

describe('useAnnouncements', () => {
  it("pages the engine's group newest first, each page counted as shown", () => {
    const { result, log } = renderPager(memoryAdapter());
    expect(result.current).toMatchObject({
      open: true,
      pages: ['december', 'november', 'october'],
      index: 0,
      current: 'december',
    });
    act(() => result.current.goTo(2));
    expect(result.current.current).toBe('october');
    expect(
      log
        .named('guide_shown')
        .map((e) => e.guideId)
        .sort(),
    ).toEqual(['december', 'november', 'october']);
  });

  it('pages only the ids it was given', () => {
    const { result } = renderPager(memoryAdapter(), ['october', 'november']);
    expect(result.current.pages).toEqual(['november', 'october']);
  });

  it.each([['close' as const], ['escape' as const]])(
    'closes for now with %s: reported, not dismissed, and shown again as frequency allows',
    (reason) => {
      const storage = memoryAdapter();
      const first = renderPager(storage);
      act(() => first.result.current.close(reason));
      expect(first.result.current.open).toBe(false);
      expect(first.log.named('guide_dismissed').map((e) => [e.guideId, e.reason])).toEqual([
        ['december', reason],
        ['november', reason],
        ['october', reason],
      ]);
      first.unmount();
      // Only December allows a second show; the others show once.
      const next = renderPager(storage);
      expect(next.result.current.pages).toEqual(['december']);
    },
  );

  it('dismisses every page for good with "don\'t show again"', () => {
    const storage = memoryAdapter();
    const first = renderPager(storage);
    act(() => first.result.current.dontShowAgain());
    expect(first.log.named('guide_dismissed').map((e) => e.reason)).toEqual([
      'dont_show_again',
      'dont_show_again',
      'dont_show_again',
    ]);
    first.unmount();
    expect(renderPager(storage).result.current.open).toBe(false);
  });
});
