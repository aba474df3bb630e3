import { describe, expect, it } from 'vitest';
import type { GuideDefinition, GuidepostDefinition } from '../../guides/types';
import type { Rule } from '../../targeting/types';
import { definitionRetention } from '../../targeting/event-retention';
import { resolveGuideSettings } from './resolve-guide-settings';

const tip: GuideDefinition = { kind: 'tooltip', target: 'x', body: 'b' };

describe('resolveGuideSettings', () => {
  it.each<[string, GuideDefinition, Record<string, unknown>]>([
    [
      'a tour is modal and once',
      { kind: 'tour', steps: [{ id: 'a' }, { id: 'b' }] },
      {
        channel: 'modal',
        once: true,
        stepIds: ['a', 'b'],
        version: 1,
        priority: 0,
        trigger: 'auto',
      },
    ],
    ['an announcement is modal', { kind: 'announcement', title: 'T' }, { channel: 'modal' }],
    ['a tooltip is inline', tip, { channel: 'inline', stepIds: [] }],
    ['a checklist is inline', { kind: 'checklist', title: 'T', items: [] }, { channel: 'inline' }],
    ['an explicit channel wins', { ...tip, channel: 'modal' }, { channel: 'modal' }],
    [
      'a frequency without once is not once',
      { ...tip, frequency: { maxShows: 3, cooldown: '1d' } },
      { once: false, maxShows: 3, cooldownMs: 86_400_000 },
    ],
    [
      'a schedule in ms',
      { ...tip, schedule: { from: '2026-12-01', until: '2027-01-15T00:00:00Z' } },
      { fromMs: Date.UTC(2026, 11, 1), untilMs: Date.UTC(2027, 0, 15) },
    ],
    [
      'priority, version and trigger as given',
      { ...tip, priority: 4, version: 3, trigger: { event: 'x' } },
      { priority: 4, version: 3, trigger: { event: 'x' } },
    ],
  ])('%s', (_, guide, expected) => {
    const { settings, error } = resolveGuideSettings('g', guide, 7);
    expect(error).toBeUndefined();
    expect(settings).toMatchObject({ ...expected, order: 7 });
  });

  it.each<[string, GuideDefinition, string]>([
    [
      'a cooldown that is not a duration',
      { ...tip, frequency: { cooldown: '1 day' as '1d' } },
      'guides.g.frequency.cooldown',
    ],
    [
      'a start that is not a date',
      { ...tip, schedule: { from: 'soon' } },
      'guides.g.schedule.from',
    ],
    [
      'an end that is not a date',
      { ...tip, schedule: { until: '2027-13-01' } },
      'guides.g.schedule.until',
    ],
  ])('reports %s at its path', (_, guide, path) => {
    expect(resolveGuideSettings('g', guide, 0).error).toMatchObject({
      code: 'invalid_definition',
      guideId: 'g',
      path,
    });
  });
});

function definitionWith(
  segments: Record<string, Rule>,
  guides: Record<string, GuideDefinition> = {},
): GuidepostDefinition {
  return { segments, touchModel: {}, guides, guideIds: Object.keys(guides), events: [] };
}

describe('definitionRetention', () => {
  it.each<[string, GuidepostDefinition, { windowMs: number; limit: number }]>([
    [
      'no event rules',
      definitionWith({ pro: { attr: 'plan', eq: 'pro' } }),
      { windowMs: 0, limit: 1 },
    ],
    ['an event without a count', definitionWith({ a: { event: 'x' } }), { windowMs: 0, limit: 2 }],
    [
      'the largest threshold plus one',
      definitionWith({
        a: { event: 'x', count: { gte: 3 } },
        b: { not: { event: 'y', count: { lt: 10 } } },
      }),
      { windowMs: 0, limit: 11 },
    ],
    [
      'the largest window',
      definitionWith({
        a: { event: 'x', within: '7d' },
        b: { any: [{ event: 'y', within: '2h' }] },
      }),
      { windowMs: 604_800_000, limit: 2 },
    ],
    [
      'rules in guides and checklist items',
      definitionWith(
        {},
        {
          c: {
            kind: 'checklist',
            title: 'C',
            items: [
              { id: 'i', label: 'I', audience: { event: 'z', count: { gt: 4 }, within: '1d' } },
            ],
          },
        },
      ),
      { windowMs: 86_400_000, limit: 5 },
    ],
  ])('%s', (_, definition, expected) => {
    expect(definitionRetention(definition)).toEqual(expected);
  });
});
