import { defineGuidepost } from '@guidepost/core';
import {
  Announcement,
  AnnouncementModal,
  Checklist,
  Tooltip,
  Tour,
  anchor,
  createGuidepostHooks,
  useAnchor,
  useAnnouncement,
  useAnnouncements,
  useChecklist,
  useGuide,
  useGuidepost,
  useSegment,
  useTargeting,
  useTooltip,
  useTour,
  useTrack,
  type RegisteredDefinition,
  type TrackFunction,
} from '@guidepost/react';
import { describe, expectTypeOf, it } from 'vitest';

// Registered the way an app does it, from outside the package. This file has a program of its
// own (./tsconfig.json): the registration would otherwise hold for the whole workspace.
declare module '@guidepost/react' {
  interface Register {
    definition: typeof definition;
  }
}

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
    'export-hint': { kind: 'tooltip', target: 'export', body: 'Export from here' },
    'getting-started': {
      kind: 'checklist',
      title: 'Get started',
      items: [
        { id: 'profile', label: 'Fill in your profile' },
        { id: 'invite', label: 'Invite a teammate', completeOn: { event: 'invite_sent' } },
      ],
    },
    release: { kind: 'announcement', title: 'New: bulk export' },
    webinar: { kind: 'announcement', title: 'Join the webinar' },
  },
});

/** An app that declares its anchors, for the explicit type argument of `useAnchor` and `anchor()`. */
export const declared = defineGuidepost({
  anchors: ['sidebar-projects', 'billing-link'],
  guides: {
    tour: { kind: 'tour', steps: [{ id: 'one', target: 'sidebar-projects' }] },
  },
});

/** Another app's definition, for the explicit type argument that overrides the registration. */
export const other = defineGuidepost({
  guides: {
    tour: { kind: 'tour', steps: [{ id: 'one', title: 'One' }] },
    hint: { kind: 'tooltip', target: 'x', body: 'Hint' },
    list: { kind: 'checklist', title: 'List', items: [{ id: 'a', label: 'A' }] },
    news: { kind: 'announcement', title: 'News' },
  },
});

describe('a registered definition', () => {
  it('is the default definition', () => {
    expectTypeOf<RegisteredDefinition>().toEqualTypeOf<typeof definition>();
  });

  it('checks the ids of every component, by kind', () => {
    void (<Tour id="welcome" />);
    void (<Tour.Root id="welcome" />);
    // @ts-expect-error 'welcom' is not a guide of the definition
    void (<Tour id="welcom" />);
    // @ts-expect-error export-hint is a tooltip, not a tour
    void (<Tour id="export-hint" />);
    // @ts-expect-error 'welcom' is not a guide of the definition
    void (<Tour.Root id="welcom" />);

    void (<Tooltip id="export-hint" />);
    void (<Tooltip.Root id="export-hint" />);
    // @ts-expect-error 'export-hnt' is not a guide of the definition
    void (<Tooltip id="export-hnt" />);
    // @ts-expect-error welcome is a tour, not a tooltip
    void (<Tooltip id="welcome" />);
    // @ts-expect-error welcome is a tour, not a tooltip
    void (<Tooltip.Root id="welcome" />);

    void (<Checklist id="getting-started" />);
    void (<Checklist.Root id="getting-started" />);
    // @ts-expect-error 'getting-startd' is not a guide of the definition
    void (<Checklist id="getting-startd" />);
    // @ts-expect-error release is an announcement, not a checklist
    void (<Checklist id="release" />);
    // @ts-expect-error release is an announcement, not a checklist
    void (<Checklist.Root id="release" />);

    void (<AnnouncementModal id="release" />);
    void (<AnnouncementModal ids={['release', 'webinar']} />);
    void (<AnnouncementModal />);
    void (<Announcement.Root id="webinar" />);
    // @ts-expect-error 'relase' is not a guide of the definition
    void (<AnnouncementModal id="relase" />);
    // @ts-expect-error welcome is a tour, not an announcement
    void (<AnnouncementModal id="welcome" />);
    // @ts-expect-error 'webinr' is not a guide of the definition
    void (<AnnouncementModal ids={['release', 'webinr']} />);
    // @ts-expect-error export-hint is a tooltip, not an announcement
    void (<Announcement.Root ids={['export-hint']} />);
  });

  it('checks the tour ids of useTour', () => {
    function TourHooks() {
      const tour = useTour('welcome');
      expectTypeOf(tour.goTo).parameter(0).toEqualTypeOf<'projects' | 'create'>();
      // @ts-expect-error 'welcom' is not a guide of the definition
      useTour('welcom');
      // @ts-expect-error export-hint is a tooltip, not a tour
      useTour('export-hint');
      useTour<typeof other>('tour');
      return null;
    }
    void (<TourHooks />);
  });

  it('checks the tooltip ids of useTooltip', () => {
    function TooltipHooks() {
      useTooltip('export-hint');
      // @ts-expect-error 'export-hnt' is not a guide of the definition
      useTooltip('export-hnt');
      // @ts-expect-error welcome is a tour, not a tooltip
      useTooltip('welcome');
      return null;
    }
    void (<TooltipHooks />);
  });

  it('checks the checklist ids of useChecklist', () => {
    function ChecklistHooks() {
      const checklist = useChecklist('getting-started');
      expectTypeOf(checklist.completeItem).parameter(0).toEqualTypeOf<'profile' | 'invite'>();
      // @ts-expect-error 'getting-startd' is not a guide of the definition
      useChecklist('getting-startd');
      // @ts-expect-error release is an announcement, not a checklist
      useChecklist('release');
      return null;
    }
    void (<ChecklistHooks />);
  });

  it('checks the announcement ids of useAnnouncement and useAnnouncements', () => {
    function AnnouncementHooks() {
      useAnnouncement('release');
      // @ts-expect-error 'relase' is not a guide of the definition
      useAnnouncement('relase');
      // @ts-expect-error getting-started is a checklist, not an announcement
      useAnnouncement('getting-started');
      useAnnouncements(['release', 'webinar']);
      useAnnouncements();
      // @ts-expect-error 'webinr' is not a guide of the definition
      useAnnouncements(['release', 'webinr']);
      // @ts-expect-error welcome is a tour, not an announcement
      useAnnouncements(['welcome']);
      return null;
    }
    void (<AnnouncementHooks />);
  });

  it('checks the names of useGuide, useSegment, useTargeting, useTrack and useGuidepost', () => {
    function NameHooks() {
      expectTypeOf(useGuide('release')?.id).toEqualTypeOf<
        'welcome' | 'export-hint' | 'getting-started' | 'release' | 'webinar' | undefined
      >();
      // @ts-expect-error 'relase' is not a guide of the definition
      useGuide('relase');

      useSegment('trial');
      // @ts-expect-error 'trail' is not a segment of the definition
      useSegment('trail');

      useTargeting({
        all: [
          { segment: 'trial' },
          { event: 'invite_sent' },
          { guide: 'welcome', is: 'completed' },
        ],
      });
      // @ts-expect-error 'trail' is not a segment of the definition
      useTargeting({ segment: 'trail' });
      // @ts-expect-error 'invited' is not an event of the definition
      useTargeting({ event: 'invited', count: { gte: 1 } });

      const track = useTrack();
      expectTypeOf(track).toEqualTypeOf<TrackFunction>();
      track('project_created');
      // @ts-expect-error 'project_creatd' is not an event of the definition
      track('project_creatd');

      const guidepost = useGuidepost();
      guidepost.start('welcome');
      // @ts-expect-error 'welcom' is not a guide of the definition
      guidepost.start('welcom');
      return null;
    }
    void (<NameHooks />);
  });

  it('checks the anchor names of useAnchor and anchor() against the guides that use them', () => {
    function AnchorHooks() {
      const projects = useAnchor('sidebar-projects');
      useAnchor<HTMLButtonElement>('new-project');
      // @ts-expect-error 'new-projct' is not an anchor any guide of the definition targets
      useAnchor('new-projct');
      // @ts-expect-error 'new-projct' is not an anchor any guide of the definition targets
      useAnchor<HTMLButtonElement>('new-projct');
      return (
        <nav ref={projects}>
          <button type="button" {...anchor('new-project')}>
            New project
          </button>
          <button type="button" {...anchor('export')}>
            Export
          </button>
          {/* @ts-expect-error 'exprt' is not an anchor any guide of the definition targets */}
          <button type="button" {...anchor('exprt')}>
            Export
          </button>
        </nav>
      );
    }
    void (<AnchorHooks />);
    expectTypeOf(anchor('export')).toEqualTypeOf<{
      readonly 'data-guidepost': 'sidebar-projects' | 'new-project' | 'export';
    }>();
  });

  it('takes the anchors a definition declares, used by a guide or not', () => {
    function DeclaredAnchors() {
      useAnchor<HTMLElement, typeof declared>('billing-link');
      // @ts-expect-error 'new-project' is neither declared nor used by the other definition
      useAnchor<HTMLElement, typeof declared>('new-project');
      const hooks = createGuidepostHooks<typeof declared>();
      hooks.useAnchor('billing-link');
      // @ts-expect-error 'billing' is neither declared nor used by the other definition
      hooks.useAnchor('billing');
      return <a {...anchor<typeof declared>('billing-link')}>Billing</a>;
    }
    void (<DeclaredAnchors />);
    // @ts-expect-error 'billing' is neither declared nor used by the other definition
    anchor<typeof declared>('billing');
  });

  it('gives way to an explicit type argument', () => {
    void (<Tour<typeof other> id="tour" />);
    void (<Tooltip<typeof other> id="hint" />);
    void (<Checklist<typeof other> id="list" />);
    void (<AnnouncementModal<typeof other> id="news" />);
    // @ts-expect-error welcome is not a tour of the other definition
    void (<Tour<typeof other> id="welcome" />);
  });
});
