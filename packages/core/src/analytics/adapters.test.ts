import { describe, expect, it, vi } from 'vitest';
import { gtagAdapter } from './gtag-adapter';
import { trackAdapter } from './track-adapter';
import type { GuidepostEvent } from './types';

const base = { guideId: 'welcome', version: 2, tier: 'tech', timestamp: 1_000 } as const;

const events: readonly GuidepostEvent[] = [
  { name: 'guide_shown', ...base, userId: 'u1' },
  { name: 'step_viewed', ...base, userId: 'u1', stepId: 'intro', stepIndex: 0 },
  { name: 'cta_clicked', ...base, userId: undefined, href: '/export' },
  { name: 'exposure', ...base, userId: 'u1', variant: 'holdout' },
];

describe('trackAdapter', () => {
  it.each([
    [events[0], 'guide_shown', { guideId: 'welcome', version: 2, tier: 'tech', userId: 'u1' }],
    [
      events[1],
      'step_viewed',
      {
        guideId: 'welcome',
        version: 2,
        tier: 'tech',
        userId: 'u1',
        stepId: 'intro',
        stepIndex: 0,
      },
    ],
    [events[2], 'cta_clicked', { guideId: 'welcome', version: 2, tier: 'tech', href: '/export' }],
    [
      events[3],
      'exposure',
      {
        guideId: 'welcome',
        version: 2,
        tier: 'tech',
        userId: 'u1',
        variant: 'holdout',
      },
    ],
  ])(
    'sends %o to track() as flat properties, without the timestamp the client stamps itself',
    (event, name, properties) => {
      const track = vi.fn();
      trackAdapter({ track })(event as GuidepostEvent);
      expect(track).toHaveBeenCalledExactlyOnceWith(name, properties);
    },
  );

  it('calls capture() on a PostHog-shaped client', () => {
    const capture = vi.fn();
    trackAdapter({ capture })(events[0] as GuidepostEvent);
    expect(capture).toHaveBeenCalledWith(
      'guide_shown',
      expect.objectContaining({ guideId: 'welcome' }),
    );
  });

  it('puts the prefix before every name', () => {
    const track = vi.fn();
    const listener = trackAdapter({ track }, { prefix: 'guidepost_' });
    for (const event of events) listener(event);
    expect(track.mock.calls.map(([name]) => name)).toEqual([
      'guidepost_guide_shown',
      'guidepost_step_viewed',
      'guidepost_cta_clicked',
      'guidepost_exposure',
    ]);
  });
});

describe('gtagAdapter', () => {
  it.each([
    [events[0], 'guide_shown', { guide_id: 'welcome', guide_version: 2, touch_tier: 'tech' }],
    [
      events[1],
      'step_viewed',
      {
        guide_id: 'welcome',
        guide_version: 2,
        touch_tier: 'tech',
        step_id: 'intro',
        step_index: 0,
      },
    ],
    [
      events[2],
      'cta_clicked',
      { guide_id: 'welcome', guide_version: 2, touch_tier: 'tech', link_url: '/export' },
    ],
    [
      events[3],
      'exposure',
      { guide_id: 'welcome', guide_version: 2, touch_tier: 'tech', variant: 'holdout' },
    ],
  ])(
    'sends %o as gtag("event", name, snake_case params) without user id or timestamp',
    (event, name, params) => {
      const gtag = vi.fn();
      gtagAdapter(gtag)(event as GuidepostEvent);
      expect(gtag).toHaveBeenCalledExactlyOnceWith('event', name, params);
    },
  );

  it('prefixes names and cuts long values to GA4 limits', () => {
    const gtag = vi.fn();
    gtagAdapter(gtag, { prefix: 'gp_' })({
      name: 'guide_error',
      ...base,
      userId: 'u1',
      code: 'target_not_found',
      message: 'x'.repeat(300),
    });
    expect(gtag).toHaveBeenCalledWith('event', 'gp_guide_error', {
      guide_id: 'welcome',
      guide_version: 2,
      touch_tier: 'tech',
      error_code: 'target_not_found',
      error_message: 'x'.repeat(100),
    });
  });
});
