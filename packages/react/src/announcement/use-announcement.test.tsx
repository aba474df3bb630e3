import { defineGuidepost, type AnnouncementGuide, type GuidepostDefinition } from '@guidepost/core';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { eventLog, withAnnouncementProvider } from './testing/announcement-fixtures';
import { useAnnouncement } from './use-announcement';

afterEach(cleanup);

const safeDefinition = defineGuidepost({
  guides: {
    news: {
      kind: 'announcement',
      title: 'News',
      cta: { label: 'Go', href: '/go' },
      secondaryCta: { label: 'More', href: 'https://example.com/more' },
    },
  },
});

function withUnsafeSecondary(): GuidepostDefinition {
  const news = safeDefinition.guides['news'] as AnnouncementGuide;
  return {
    ...safeDefinition,
    guides: { news: { ...news, secondaryCta: { label: 'More', href: 'data:text/html,<b>x</b>' } } },
  };
}

function hook(definition: GuidepostDefinition, log = eventLog()) {
  const wrapper = ({ children }: { children: ReactNode }) =>
    withAnnouncementProvider(children, { definition, onEvent: log.onEvent });
  return { ...renderHook(() => useAnnouncement('news'), { wrapper }), log };
}

describe('useAnnouncement', () => {
  it('reads the announcement the engine shows, with its safe calls to action', async () => {
    const { result } = hook(safeDefinition);
    await waitFor(() => expect(result.current.open).toBe(true));
    expect(result.current.announcement?.title).toBe('News');
    expect(result.current.cta?.href).toBe('/go');
    expect(result.current.secondaryCta?.href).toBe('https://example.com/more');
    expect(result.current.refusedCtas).toEqual([]);
  });

  it('holds back a call to action whose link is not safe', async () => {
    const { result } = hook(withUnsafeSecondary());
    await waitFor(() => expect(result.current.open).toBe(true));
    expect(result.current.secondaryCta).toBeUndefined();
    expect(result.current.refusedCtas.map((cta) => cta.label)).toEqual(['More']);
  });

  it.each([
    ['a safe link', { label: 'Go', href: '/go' }, true, ['cta_clicked', 'guide_completed']],
    ['an unsafe link', { label: 'X', href: 'javascript:alert(1)' }, false, ['guide_error']],
  ])('follows %s', async (_, cta, followed, names) => {
    const { result, log } = hook(safeDefinition);
    await waitFor(() => expect(result.current.open).toBe(true));
    const before = log.events.length;
    let answer: boolean | undefined;
    act(() => {
      answer = result.current.followCta(cta);
    });
    expect(answer).toBe(followed);
    expect(log.events.slice(before).map((event) => event.name)).toEqual(names);
    expect(result.current.open).toBe(!followed);
  });
});
