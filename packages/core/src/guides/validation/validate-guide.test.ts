import { describe, expect, it } from 'vitest';
import { guideWith, issuesOf, stepWith, VALID_GUIDES } from '../definition-test-helpers';

const ID_RULE = 'ids are non-empty and contain no whitespace';

describe('guide field validation', () => {
  it.each<[string, unknown, string, string]>([
    [
      'a priority that is not finite',
      guideWith('tip', { priority: Infinity }),
      'guides.tip.priority',
      'expected a finite number',
    ],
    [
      'a priority that is a string',
      guideWith('tip', { priority: '1' }),
      'guides.tip.priority',
      'expected a finite number',
    ],
    [
      'a version of 0',
      guideWith('tip', { version: 0 }),
      'guides.tip.version',
      'expected a positive integer',
    ],
    [
      'a fractional version',
      guideWith('tip', { version: 1.5 }),
      'guides.tip.version',
      'expected a positive integer',
    ],
    [
      'maxShows of 0',
      guideWith('tip', { frequency: { maxShows: 0 } }),
      'guides.tip.frequency.maxShows',
      'expected a positive integer',
    ],
    [
      'once that is not a boolean',
      guideWith('tip', { frequency: { once: 1 } }),
      'guides.tip.frequency.once',
      'expected true or false',
    ],
    [
      'an invalid cooldown',
      guideWith('tip', { frequency: { cooldown: '7 days' } }),
      'guides.tip.frequency.cooldown',
      "expected a duration such as '30m', '24h', '7d' or '2w'",
    ],
    [
      'a zero cooldown',
      guideWith('tip', { frequency: { cooldown: '0h' } }),
      'guides.tip.frequency.cooldown',
      "expected a duration such as '30m', '24h', '7d' or '2w'",
    ],
    [
      'an unknown channel',
      guideWith('tip', { channel: 'popup' }),
      'guides.tip.channel',
      'expected one of modal, inline',
    ],
    [
      'an invalid schedule date',
      guideWith('news', { schedule: { from: 'next week' } }),
      'guides.news.schedule.from',
      'expected a date: an ISO 8601 string, epoch milliseconds or a Date',
    ],
    [
      'an impossible schedule date',
      guideWith('news', { schedule: { until: '2026-02-30' } }),
      'guides.news.schedule.until',
      'expected a date: an ISO 8601 string, epoch milliseconds or a Date',
    ],
    [
      'an invalid Date',
      guideWith('news', { schedule: { until: new Date('nope') } }),
      'guides.news.schedule.until',
      'expected a date: an ISO 8601 string, epoch milliseconds or a Date',
    ],
    [
      'from after until',
      guideWith('news', { schedule: { from: '2027-01-15', until: '2026-12-01' } }),
      'guides.news.schedule',
      'from must be before until',
    ],
    [
      'an invalid publishedAt',
      guideWith('news', { publishedAt: '12/01/2026' }),
      'guides.news.publishedAt',
      'expected a date: an ISO 8601 string, epoch milliseconds or a Date',
    ],
    [
      'an unknown trigger',
      guideWith('tip', { trigger: 'sometimes' }),
      'guides.tip.trigger',
      "expected 'auto', 'manual', { event } or { route }",
    ],
    [
      'a trigger with an empty event',
      guideWith('tip', { trigger: { event: '' } }),
      'guides.tip.trigger.event',
      'expected a non-empty string',
    ],
    [
      'an unknown overlay',
      stepWith({ overlay: 'dim' }),
      'guides.tour.steps[1].overlay',
      'expected one of block, target, none',
    ],
    [
      'an unknown onMissing',
      stepWith({ onMissing: 'hide' }),
      'guides.tour.steps[1].onMissing',
      'expected one of skip, center, end',
    ],
    [
      'an unknown placement',
      stepWith({ placement: 'middle' }),
      'guides.tour.steps[1].placement',
      'expected one of top, bottom, left, right, top-start, top-end, bottom-start, bottom-end, left-start, left-end, right-start, right-end',
    ],
    [
      'a targetTimeout of 0',
      stepWith({ targetTimeout: 0 }),
      'guides.tour.steps[1].targetTimeout',
      'expected a positive number of milliseconds',
    ],
    [
      'a negative scrollMargin',
      stepWith({ scrollMargin: -1 }),
      'guides.tour.steps[1].scrollMargin',
      'expected a number of pixels, 0 or more',
    ],
    [
      'a negative scrollMargin side',
      stepWith({ scrollMargin: { top: 64, bottom: -1 } }),
      'guides.tour.steps[1].scrollMargin.bottom',
      'expected a number of pixels, 0 or more',
    ],
    [
      'an unknown focus',
      stepWith({ focus: 'next' }),
      'guides.tour.steps[1].focus',
      'expected one of step, target, none',
    ],
    [
      'an empty advanceOn',
      stepWith({ advanceOn: {} }),
      'guides.tour.steps[1].advanceOn',
      'expected at least one of click, event, route',
    ],
    [
      'a target that is a number',
      stepWith({ target: 42 }),
      'guides.tour.steps[1].target',
      'expected an anchor name, a CSS selector or an element',
    ],
    [
      'an empty target',
      stepWith({ target: '  ' }),
      'guides.tour.steps[1].target',
      'expected an anchor name, a CSS selector or an element',
    ],
    [
      'a target object of no known shape',
      stepWith({ target: { id: 'save' } }),
      'guides.tour.steps[1].target',
      'expected an anchor name, a CSS selector or an element',
    ],
    [
      'an anchor with whitespace',
      guideWith('tip', { target: { anchor: 'new project' } }),
      'guides.tip.target.anchor',
      `invalid id 'new project'; ${ID_RULE}`,
    ],
    [
      'an empty selector',
      guideWith('tip', { target: { selector: '' } }),
      'guides.tip.target.selector',
      'expected a non-empty string',
    ],
    [
      'a string over the length cap',
      guideWith('tip', { body: 'x'.repeat(20_001) }),
      'guides.tip.body',
      'longer than 20000 characters',
    ],
    [
      'too many steps',
      guideWith('tour', {
        steps: Array.from({ length: 201 }, (_, index) => ({ id: `s${index}` })),
      }),
      'guides.tour.steps',
      'a tour has at most 200 steps',
    ],
    [
      'too many items',
      guideWith('list', {
        items: Array.from({ length: 201 }, (_, index) => ({ id: `i${index}`, label: 'L' })),
      }),
      'guides.list.items',
      'a checklist has at most 200 items',
    ],
    [
      'too many guides',
      {
        guides: Object.fromEntries(
          Array.from({ length: 1001 }, (_, index) => [`g${index}`, VALID_GUIDES.news]),
        ),
      },
      'guides',
      'more than 1000 guides; only the first 1000 are read',
    ],
  ])('reports %s', (_name, input, path, message) => {
    expect(issuesOf(input)).toEqual([[path, message]]);
  });
});
