import { describe, expect, it } from 'vitest';
import { GuidepostError } from '../errors/guidepost-error';
import type { GuideProgress } from '../persistence/types';
import { deliveryReasons, type DeliveryInput } from './pacing/delivery-reasons';
import type { GuideSettings } from './model/guide-settings';
import { nextGuideBoundary } from './pacing/guide-time-boundary';
import { planShows, type ShowCandidate } from './pacing/plan-shows';
import { routeMatches } from './route-matches';
import { candidate } from './testing/show-candidate';

const now = 1_000_000;
const HOUR = 3_600_000;

const settings: GuideSettings = {
  kind: 'announcement',
  channel: 'modal',
  priority: 0,
  order: 0,
  version: 1,
  once: true,
  maxShows: undefined,
  cooldownMs: undefined,
  fromMs: undefined,
  untilMs: undefined,
  trigger: 'auto',
  stepIds: [],
};
const idle: GuideProgress = { status: 'idle', version: 1, resetAt: 0, shows: 0 };

function input(overrides: Partial<DeliveryInput> = {}): DeliveryInput {
  return {
    settings,
    progress: idle,
    now,
    ready: true,
    triggered: false,
    open: false,
    heldElsewhere: false,
    claimedElsewhere: false,
    error: undefined,
    ...overrides,
  };
}

const codes = (overrides: Partial<DeliveryInput>) =>
  deliveryReasons(input(overrides)).map((r) => r.code);

describe('deliveryReasons', () => {
  it.each<[string, Partial<DeliveryInput>, string[]]>([
    ['an idle auto guide may show', {}, []],
    ['nothing starts while loading', { ready: false }, ['loading']],
    [
      'an open guide is not held back by loading',
      { ready: false, open: true, progress: { ...idle, status: 'active', shows: 1 } },
      [],
    ],
    [
      'a once-only modal waits when the progress could not be loaded',
      { progressUnknown: true },
      ['loading'],
    ],
    [
      'an inline guide runs when the progress could not be loaded',
      { progressUnknown: true, settings: { ...settings, channel: 'inline' } },
      [],
    ],
    [
      'a modal that may show again runs when the progress could not be loaded',
      { progressUnknown: true, settings: { ...settings, once: false, maxShows: 3 } },
      [],
    ],
    [
      'a show in progress resumes when the progress could not be loaded',
      { progressUnknown: true, progress: { ...idle, status: 'active', shows: 1 } },
      [],
    ],
    ['one ms before `from`', { settings: { ...settings, fromMs: now + 1 } }, ['schedule']],
    [
      '`from` equal to `until`',
      { settings: { ...settings, fromMs: now, untilMs: now } },
      ['schedule'],
    ],
    ['exactly at `from`', { settings: { ...settings, fromMs: now } }, []],
    ['one ms before `until`', { settings: { ...settings, untilMs: now + 1 } }, []],
    ['exactly at `until`', { settings: { ...settings, untilMs: now } }, ['schedule']],
    [
      'completed in this version',
      { progress: { ...idle, status: 'completed', shows: 1 } },
      ['status'],
    ],
    [
      'dismissed in this version',
      { progress: { ...idle, status: 'dismissed', shows: 1 } },
      ['status'],
    ],
    [
      'snoozed until later',
      { progress: { ...idle, status: 'snoozed', shows: 1, snoozedUntil: now + 1 } },
      ['snoozed'],
    ],
    [
      'a snooze that ended, even under once',
      { progress: { ...idle, status: 'snoozed', shows: 1, snoozedUntil: now } },
      [],
    ],
    ['shown once already', { progress: { ...idle, shows: 1 } }, ['frequency']],
    [
      'maxShows reached',
      {
        settings: { ...settings, once: false, maxShows: 2 },
        progress: { ...idle, status: 'snoozed', shows: 2, snoozedUntil: 0 },
      },
      ['frequency'],
    ],
    [
      'below maxShows',
      {
        settings: { ...settings, once: false, maxShows: 2 },
        progress: { ...idle, status: 'snoozed', shows: 1, snoozedUntil: 0 },
      },
      [],
    ],
    [
      'within the cooldown',
      {
        settings: { ...settings, once: false, cooldownMs: HOUR },
        progress: { ...idle, status: 'snoozed', shows: 1, lastShownAt: now - HOUR + 1 },
      },
      ['cooldown'],
    ],
    [
      'once the cooldown ended',
      {
        settings: { ...settings, once: false, cooldownMs: HOUR },
        progress: { ...idle, status: 'snoozed', shows: 1, lastShownAt: now - HOUR },
      },
      [],
    ],
    ['a manual guide not started', { settings: { ...settings, trigger: 'manual' } }, ['trigger']],
    [
      'a manual guide started',
      { settings: { ...settings, trigger: 'manual' }, triggered: true },
      [],
    ],
    [
      'an event trigger before the event',
      { settings: { ...settings, trigger: { event: 'export' } } },
      ['trigger'],
    ],
    [
      'a route trigger on its route',
      { settings: { ...settings, trigger: { route: '/x' } }, triggered: true },
      [],
    ],
    [
      'an active guide resumes whatever frequency and trigger say',
      {
        settings: { ...settings, trigger: 'manual' },
        progress: { ...idle, status: 'active', shows: 9 },
      },
      [],
    ],
    [
      'an active guide opened by another tab',
      { progress: { ...idle, status: 'active', shows: 1 }, heldElsewhere: true },
      ['elsewhere'],
    ],
    ['a show claimed by another tab', { claimedElsewhere: true }, ['claim']],
    [
      'a disabled guide says only that',
      { error: new GuidepostError('rule_threw', 'boom'), ready: false },
      ['disabled'],
    ],
    [
      'every reason at once',
      {
        ready: false,
        settings: { ...settings, fromMs: now + 1, trigger: 'manual' },
        progress: { ...idle, shows: 1 },
      },
      ['loading', 'schedule', 'frequency', 'trigger'],
    ],
  ])('%s', (_, overrides, expected) => {
    expect(codes(overrides)).toEqual(expected);
  });

  it('says when a time-bound reason lapses', () => {
    const [reason] = deliveryReasons(input({ settings: { ...settings, fromMs: now + 5 } }));
    // The words come with the explanations() plugin (see explain in the engine's tests).
    expect(reason).toEqual({ code: 'schedule', until: now + 5 });
  });
});

describe('planShows', () => {
  it.each<[string, ShowCandidate[], string[], string[], string | undefined]>([
    ['nothing eligible', [candidate('a', { passed: false })], [], [], undefined],
    [
      'the higher priority modal first',
      [candidate('low', { priority: 1 }), candidate('high', { priority: 5, order: 1 })],
      ['high'],
      ['high'],
      'high',
    ],
    [
      'definition order on equal priority',
      [candidate('second', { order: 1 }), candidate('first')],
      ['first'],
      ['first'],
      'first',
    ],
    [
      'an open modal keeps the channel from a higher priority one',
      [candidate('open', { open: true }), candidate('urgent', { priority: 9, order: 1 })],
      ['open'],
      [],
      'open',
    ],
    [
      'a modal being claimed holds the channel',
      [candidate('claimed', { claiming: true }), candidate('other', { priority: 9, order: 1 })],
      ['claimed'],
      [],
      'claimed',
    ],
    [
      'inline guides show together, beside a modal',
      [
        candidate('hint', { channel: 'inline', order: 2 }),
        candidate('list', { channel: 'inline', order: 1 }),
        candidate('tour'),
      ],
      ['tour', 'list', 'hint'],
      ['tour', 'list', 'hint'],
      'tour',
    ],
    [
      'an open modal that lost eligibility still holds the channel',
      [candidate('open', { open: true, passed: false }), candidate('next', { order: 1 })],
      [],
      [],
      'open',
    ],
  ])('%s', (_, candidates, eligible, toOpen, holder) => {
    expect(planShows(candidates)).toMatchObject({ eligible, toOpen, holder });
  });
});

describe('nextGuideBoundary', () => {
  it.each<[string, Partial<GuideSettings>, Partial<GuideProgress>, number | undefined]>([
    ['none without time conditions', {}, {}, undefined],
    ['the schedule start', { fromMs: now + 10 }, {}, now + 10],
    ['the schedule end', { fromMs: now - 10, untilMs: now + 20 }, {}, now + 20],
    ['nothing once the schedule ended', { untilMs: now }, {}, undefined],
    ['the snooze end', {}, { status: 'snoozed', snoozedUntil: now + 30 }, now + 30],
    ['the cooldown end', { cooldownMs: 100 }, { lastShownAt: now - 40 }, now + 60],
    [
      'the earliest of several',
      { fromMs: now + 50, untilMs: now + 90 },
      { status: 'snoozed', snoozedUntil: now + 5 },
      now + 5,
    ],
  ])('%s', (_, settingsOverrides, progressOverrides, expected) => {
    expect(
      nextGuideBoundary(
        { ...settings, ...settingsOverrides },
        { ...idle, ...progressOverrides },
        now,
      ),
    ).toBe(expected);
  });
});

describe('routeMatches', () => {
  it.each([
    ['/projects', '/projects', true],
    ['/projects', '/projects/', true],
    ['/projects', '/projects?tab=all#top', true],
    ['/projects', '/projects/42', false],
    ['/settings/*', '/settings', true],
    ['/settings/*', '/settings/billing', true],
    ['/settings/*', '/settingsx', false],
    ['/*', '/anything/at/all', true],
  ])('%s matches %s: %s', (pattern, route, expected) => {
    expect(routeMatches(pattern, route)).toBe(expected);
  });
});
