import { defineGuidepost, type GuidepostDefinition } from '@guidepost/core';
import { describe, expectTypeOf, it } from 'vitest';
import { AnnouncementModal } from '../announcement/announcement-modal';
import { AnnouncementRoot } from '../announcement/announcement-root';
import { useAnnouncement } from '../announcement/use-announcement';
import { useAnnouncements } from '../announcement/use-announcements';
import { Checklist } from '../checklist/checklist';
import { ChecklistRoot } from '../checklist/checklist-root';
import { useChecklist } from '../checklist/use-checklist';
import { useGuide } from '../hooks/use-guide';
import { useSegment } from '../hooks/use-segment';
import { useTargeting } from '../hooks/use-targeting';
import { useTour } from '../hooks/use-tour';
import { useTrack } from '../hooks/use-track';
import { useGuidepost } from '../provider/guidepost-context';
import { anchor } from './anchor';
import { useAnchor } from '../hooks/use-anchor';
import { Tooltip } from '../tooltip/tooltip';
import { TooltipRoot } from '../tooltip/tooltip-root';
import { useTooltip } from '../tooltip/use-tooltip';
import { Tour } from '../tour/tour';
import type { RegisteredDefinition } from './register';

// The workspace registers no definition: this is an app that does not. The registered case has a
// program of its own, in packages/react/registered-definition.

export const definition = defineGuidepost({
  guides: {
    tour: { kind: 'tour', steps: [{ id: 'one', title: 'One' }] },
    hint: { kind: 'tooltip', target: 'x', body: 'Hint' },
    list: { kind: 'checklist', title: 'List', items: [{ id: 'a', label: 'A' }] },
    news: { kind: 'announcement', title: 'News' },
  },
});

function AnyNameHooks() {
  expectTypeOf(useTour('any-tour').goTo).parameter(0).toEqualTypeOf<string>();
  useTooltip('any-tooltip');
  expectTypeOf(useChecklist('any-checklist').completeItem).parameter(0).toEqualTypeOf<string>();
  useAnnouncement('any-announcement');
  useAnnouncements(['any-announcement', 'another']);
  useGuide('any-guide');
  useSegment('any-segment');
  useTargeting({ all: [{ segment: 'any-segment' }, { event: 'any-event' }] });
  useTrack()('any-event');
  useGuidepost().start('any-guide');
  const ref = useAnchor('any-anchor');
  return <button type="button" ref={ref} {...anchor('another-anchor')} />;
}

describe('without a registered definition', () => {
  it('falls back to a definition whose names are any string', () => {
    expectTypeOf<RegisteredDefinition>().toEqualTypeOf<GuidepostDefinition>();
    void (<AnyNameHooks />);
  });

  it('takes any id in every component', () => {
    void (<Tour id="any-tour" />);
    void (<Tooltip id="any-tooltip" />);
    void (<Tooltip.Root id="any-tooltip" />);
    void (<Checklist id="any-checklist" />);
    void (<Checklist.Root id="any-checklist" />);
    void (<AnnouncementModal id="any-announcement" ids={['any-announcement', 'another']} />);
    void (<AnnouncementModal.Root ids={['any-announcement']} />);
  });

  it('checks anchor names against a definition passed as a type argument', () => {
    const _anchored = defineGuidepost({
      guides: { hint: { kind: 'tooltip', target: 'save-button', body: 'Saves' } },
    });
    void anchor<typeof _anchored>('save-button');
    // @ts-expect-error 'save' is not an anchor the definition's guides target
    void anchor<typeof _anchored>('save');
  });

  it('checks ids by kind against a definition passed as a type argument', () => {
    void (<Tooltip<typeof definition> id="hint" />);
    // @ts-expect-error 'hnt' is not a guide of the definition
    void (<Tooltip<typeof definition> id="hnt" />);
    // @ts-expect-error tour is a tour, not a tooltip
    void (<TooltipRoot<typeof definition> id="tour" />);

    void (<Checklist<typeof definition> id="list" />);
    // @ts-expect-error 'lst' is not a guide of the definition
    void (<Checklist<typeof definition> id="lst" />);
    // @ts-expect-error news is an announcement, not a checklist
    void (<ChecklistRoot<typeof definition> id="news" />);

    void (<AnnouncementModal<typeof definition> id="news" ids={['news']} />);
    // @ts-expect-error 'nws' is not a guide of the definition
    void (<AnnouncementModal<typeof definition> id="nws" />);
    // @ts-expect-error hint is a tooltip, not an announcement
    void (<AnnouncementRoot<typeof definition> ids={['hint']} />);
  });
});
