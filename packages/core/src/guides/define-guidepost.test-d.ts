import { describe, expectTypeOf, it } from 'vitest';
import { defineGuidepost } from './define-guidepost';
import type {
  ChecklistItemId,
  EventName,
  GuideId,
  GuideIdOfKind,
  GuideOf,
  SegmentName,
  StepId,
} from './name-types';
import type { AnnouncementGuide, ChecklistGuide, GuidepostDefinition, TourGuide } from './types';

const _guidepost = defineGuidepost({
  segments: {
    trial: { attr: 'plan', eq: 'trial' },
    newUser: { daysSince: 'signedUpAt', lte: 14 },
    activated: { event: 'project_created', count: { gte: 1 } },
    engaged: { all: [{ segment: 'activated' }, (context) => context.now > 0] },
  },
  touchModel: {
    high: { attr: 'ltv', gte: 50_000 },
    low: { any: [{ event: 'webinar_joined', within: '30d' }] },
  },
  events: ['invite_sent'],
  guides: {
    welcome: {
      kind: 'tour',
      audience: { all: [{ segment: 'newUser' }, { not: { segment: 'activated' } }] },
      trigger: { event: 'signed_in' },
      steps: [
        { id: 'projects', target: 'sidebar-projects', title: 'Your projects' },
        { id: 'create', target: 'new-project', advanceOn: { event: 'project_created' } },
      ],
    },
    'release-2026-12': {
      kind: 'announcement',
      audience: { any: [{ tier: 'tech' }, (context) => context.user.id !== undefined] },
      title: 'New: bulk export',
    },
    'getting-started': {
      kind: 'checklist',
      title: 'Get started',
      items: [
        {
          id: 'tour',
          label: 'Take the tour',
          startGuide: 'welcome',
          completeOn: { guide: 'welcome' },
        },
        { id: 'export', label: 'Export', completeOn: { event: 'export_done' } },
      ],
    },
    'export-hint': {
      kind: 'tooltip',
      target: { selector: '#export' },
      body: 'Export here',
      audience: { guide: 'welcome', is: 'completed' },
    },
  },
});

type Definition = typeof _guidepost;

describe('defineGuidepost names', () => {
  it('infers guide ids from the keys of guides', () => {
    expectTypeOf<GuideId<Definition>>().toEqualTypeOf<
      'welcome' | 'release-2026-12' | 'getting-started' | 'export-hint'
    >();
  });

  it('infers segment names from the keys of segments', () => {
    expectTypeOf<SegmentName<Definition>>().toEqualTypeOf<
      'trial' | 'newUser' | 'activated' | 'engaged'
    >();
  });

  it('collects event names from events, rules, triggers, advanceOn and completeOn', () => {
    expectTypeOf<EventName<Definition>>().toEqualTypeOf<
      'invite_sent' | 'project_created' | 'webinar_joined' | 'signed_in' | 'export_done'
    >();
  });

  it('infers step ids and checklist item ids per guide', () => {
    expectTypeOf<StepId<Definition, 'welcome'>>().toEqualTypeOf<'projects' | 'create'>();
    expectTypeOf<ChecklistItemId<Definition, 'getting-started'>>().toEqualTypeOf<
      'tour' | 'export'
    >();
    expectTypeOf<StepId<Definition, 'export-hint'>>().toBeNever();
  });

  it('narrows guide ids by kind', () => {
    expectTypeOf<GuideIdOfKind<Definition, 'tour'>>().toEqualTypeOf<'welcome'>();
    expectTypeOf<GuideIdOfKind<Definition, 'announcement'>>().toEqualTypeOf<'release-2026-12'>();
    expectTypeOf<GuideIdOfKind<Definition, 'tour' | 'tooltip'>>().toEqualTypeOf<
      'welcome' | 'export-hint'
    >();
  });

  it('gives each guide the type of its kind', () => {
    expectTypeOf<GuideOf<Definition, 'welcome'>>().toExtend<TourGuide>();
    expectTypeOf<GuideOf<Definition, 'welcome'>['steps'][number]['id']>().toEqualTypeOf<
      'projects' | 'create'
    >();
    expectTypeOf<GuideOf<Definition, 'getting-started'>>().toExtend<ChecklistGuide>();
    expectTypeOf<GuideOf<Definition, 'release-2026-12'>>().toExtend<AnnouncementGuide>();
  });

  it('types the context of function rules', () => {
    defineGuidepost({
      guides: {
        tip: {
          kind: 'tooltip',
          target: 'x',
          body: 'y',
          audience: (context) => {
            expectTypeOf(context.now).toBeNumber();
            return true;
          },
        },
      },
    });
  });

  it('falls back to plain strings for a definition whose names are unknown', () => {
    expectTypeOf<GuideId<GuidepostDefinition>>().toBeString();
    expectTypeOf<GuideIdOfKind<GuidepostDefinition, 'tour'>>().toBeString();
    expectTypeOf<StepId<GuidepostDefinition, string>>().toBeString();
  });
});

describe('defineGuidepost references', () => {
  it('rejects a misspelt segment in an audience', () => {
    defineGuidepost({
      segments: { newUser: { daysSince: 'signedUpAt', lte: 14 } },
      guides: {
        // @ts-expect-error 'newUsr' is not a segment
        tip: { kind: 'tooltip', target: 'x', body: 'y', audience: { segment: 'newUsr' } },
      },
    });
  });

  it('rejects a misspelt segment inside another segment', () => {
    defineGuidepost({
      segments: {
        trial: { attr: 'plan', eq: 'trial' },
        // @ts-expect-error 'trail' is not a segment
        both: { all: [{ segment: 'trail' }, (context) => context.now > 0] },
      },
      guides: {},
    });
  });

  it('rejects an unknown guide in a sequencing rule, startGuide and completeOn', () => {
    defineGuidepost({
      guides: {
        welcome: { kind: 'tour', steps: [{ id: 'a' }] },
        // @ts-expect-error 'welcom' is not a guide
        tip: { kind: 'tooltip', target: 'x', body: 'y', audience: { guide: 'welcom', is: 'seen' } },
      },
    });
    defineGuidepost({
      guides: {
        welcome: { kind: 'tour', steps: [{ id: 'a' }] },
        list: {
          kind: 'checklist',
          title: 't',
          // @ts-expect-error 'welcom' is not a guide
          items: [{ id: 'a', label: 'A', startGuide: 'welcom' }],
        },
      },
    });
    defineGuidepost({
      guides: {
        welcome: { kind: 'tour', steps: [{ id: 'a' }] },
        list: {
          kind: 'checklist',
          title: 't',
          // @ts-expect-error 'welcom' is not a guide
          items: [{ id: 'a', label: 'A', completeOn: { guide: 'welcom' } }],
        },
      },
    });
  });

  it('rejects names the definition does not have where they are used', () => {
    const step: StepId<Definition, 'welcome'> = 'create';
    // @ts-expect-error 'crate' is not a step of welcome
    const misspeltStep: StepId<Definition, 'welcome'> = 'crate';
    const event: EventName<Definition> = 'project_created';
    // @ts-expect-error 'project_craeted' is not an event of the definition
    const misspeltEvent: EventName<Definition> = 'project_craeted';
    // @ts-expect-error 'welcom' is not a guide
    const misspeltGuide: GuideId<Definition> = 'welcom';
    // @ts-expect-error 'release-2026-12' is an announcement, not a tour
    const announcementAsTour: GuideIdOfKind<Definition, 'tour'> = 'release-2026-12';
    expectTypeOf([
      step,
      misspeltStep,
      event,
      misspeltEvent,
      misspeltGuide,
      announcementAsTour,
    ]).toBeArray();
  });
});
