import { defineGuidepost, type TouchTier } from '@guidepost/core';
import { expectTypeOf } from 'vitest';
import { createGuidepostHooks } from './create-guidepost-hooks';
import { useSegment } from '../hooks/use-segment';
import { useTargeting } from '../hooks/use-targeting';
import { useTour } from '../hooks/use-tour';

export const definition = defineGuidepost({
  segments: { trial: { attr: 'plan', eq: 'trial' } },
  events: ['invite_sent'],
  guides: {
    welcome: {
      kind: 'tour',
      audience: { segment: 'trial' },
      steps: [
        { id: 'projects', target: 'sidebar-projects', title: 'Your projects' },
        { id: 'create', target: 'new-project', advanceOn: { event: 'project_created' } },
      ],
    },
    release: { kind: 'announcement', title: 'New: bulk export' },
    'export-hint': { kind: 'tooltip', target: 'export', body: 'Export from here' },
    'getting-started': {
      kind: 'checklist',
      title: 'Get started',
      items: [
        { id: 'profile', label: 'Fill in your profile' },
        { id: 'invite', label: 'Invite a teammate', completeOn: { event: 'invite_sent' } },
      ],
    },
  },
});

type Definition = typeof definition;

const typed = createGuidepostHooks<Definition>();

export function FactoryHooks() {
  const tour = typed.useTour('welcome');
  expectTypeOf(tour.goTo).parameter(0).toEqualTypeOf<'projects' | 'create'>();
  expectTypeOf(tour.step?.id).toEqualTypeOf<'projects' | 'create' | undefined>();
  // @ts-expect-error 'welcom' is not a guide of the definition
  typed.useTour('welcom');
  // @ts-expect-error release is an announcement, not a tour
  typed.useTour('release');
  // @ts-expect-error 'share' is not a step of welcome
  tour.goTo('share');

  expectTypeOf(typed.useSegment('trial')).toEqualTypeOf<boolean>();
  // @ts-expect-error 'typo' is not a segment of the definition
  typed.useSegment('typo');

  typed.useTargeting({ all: [{ segment: 'trial' }, { event: 'invite_sent' }] });
  // @ts-expect-error 'trail' is not a segment of the definition
  typed.useTargeting({ segment: 'trail' });
  // @ts-expect-error 'invited' is not an event of the definition
  typed.useTargeting({ event: 'invited', count: { gte: 1 } });

  const track = typed.useTrack();
  track('project_created');
  // @ts-expect-error 'project_creatd' is not an event of the definition
  track('project_creatd');

  expectTypeOf(typed.useGuide('release')?.id).toEqualTypeOf<
    'welcome' | 'release' | 'export-hint' | 'getting-started' | undefined
  >();
  // @ts-expect-error 'relase' is not a guide of the definition
  typed.useGuide('relase');

  const checklist = typed.useChecklist('getting-started');
  expectTypeOf(checklist.completeItem).parameter(0).toEqualTypeOf<'profile' | 'invite'>();
  // @ts-expect-error 'share' is not an item of getting-started
  checklist.completeItem('share');
  // @ts-expect-error welcome is a tour, not a checklist
  typed.useChecklist('welcome');

  expectTypeOf(typed.useTooltip('export-hint').view?.id).toEqualTypeOf<
    'welcome' | 'release' | 'export-hint' | 'getting-started' | undefined
  >();
  // @ts-expect-error release is an announcement, not a tooltip
  typed.useTooltip('release');

  expectTypeOf(typed.useAnnouncement('release').close)
    .parameter(0)
    .toEqualTypeOf<'close' | 'escape' | undefined>();
  // @ts-expect-error export-hint is a tooltip, not an announcement
  typed.useAnnouncement('export-hint');
  // @ts-expect-error 'relase' is not a guide of the definition
  typed.useAnnouncement('relase');

  expectTypeOf(typed.useTouchTier()).toEqualTypeOf<TouchTier>();
  typed.useGuidepost().start('welcome');
  // @ts-expect-error 'welcom' is not a guide of the definition
  typed.useGuidepost().start('welcom');
  return null;
}

export function TypeArgumentHooks() {
  useTour<Definition>('welcome');
  // @ts-expect-error 'welcom' is not a tour of the definition
  useTour<Definition>('welcom');
  // @ts-expect-error 'typo' is not a segment of the definition
  useSegment<Definition>('typo');
  // @ts-expect-error 'trail' is not a segment of the definition
  useTargeting<Definition>({ not: { segment: 'trail' } });
  return null;
}

export function UntypedHooks() {
  // Without a definition type every name is a string: nothing to check against.
  expectTypeOf(useTour('any-tour').goTo).parameter(0).toEqualTypeOf<string>();
  expectTypeOf(useSegment('any-segment')).toEqualTypeOf<boolean>();
  return null;
}
