import { defineGuidepost } from '@guidepost/core';
import { createDemoCenter } from './demo-center';
import type { DemoCopy } from './demo-copy';
import { SERVED_DEMO_MEDIA, type DemoMedia } from './demo-media';

const DAY = 86_400_000;

function isoDay(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/**
 * What the customer-success team of the demo product ships: segments, a touch model by lifetime
 * value, and guides for each tier. Dates count from `now`, so the release note is always live.
 * `media` says where the course's poster and video are served from (see `DemoMedia`).
 * @example
 * const definition = createDemoDefinition(Date.now(), DEMO_COPY.en);
 */
export function createDemoDefinition(
  now: number,
  copy: DemoCopy,
  media: DemoMedia = SERVED_DEMO_MEDIA,
) {
  const { guides: text } = copy;
  // Both welcome tours open on the projects list; they differ in where they go next.
  const projectsStep = {
    id: 'projects',
    route: '/projects',
    target: 'nav-projects',
    title: text.tourProjects[0],
    body: text.tourProjects[1],
    placement: 'right',
  } as const;
  return defineGuidepost({
    segments: {
      starter: { attr: 'plan', in: ['trial', 'free'] },
      paying: { attr: 'plan', in: ['pro', 'enterprise'] },
      newUser: { daysSince: 'signedUpAt', lte: 14 },
      activated: { event: 'project_created' },
      teamInvited: { event: 'invite_sent' },
      exporter: { event: 'report_exported' },
    },
    touchModel: {
      high: { attr: 'ltv', gte: 50_000 },
      low: { attr: 'ltv', gte: 5_000 },
    },
    events: ['project_created', 'invite_sent', 'billing_viewed', 'report_exported'],
    center: createDemoCenter(now, media.trainingVideo),
    guides: {
      // Tech touch, trial and free: make the first project, then see what paying adds.
      'welcome-starter': {
        kind: 'tour',
        priority: 10,
        audience: {
          all: [
            { tier: 'tech' },
            { segment: 'starter' },
            { segment: 'newUser' },
            { not: { segment: 'activated' } },
          ],
        },
        steps: [
          projectsStep,
          {
            id: 'create',
            route: '/projects',
            target: 'new-project',
            title: text.tourCreate[0],
            body: text.tourCreate[1],
            placement: 'bottom',
            advanceOn: { click: true },
          },
          {
            id: 'name',
            route: '/projects/new',
            target: 'project-form',
            title: text.tourName[0],
            body: text.tourName[1],
            placement: 'right',
            overlay: 'none',
            advanceOn: { event: 'project_created' },
          },
          {
            id: 'plans',
            target: 'nav-billing',
            title: text.tourPlans[0],
            body: text.tourPlans[1],
            placement: 'right',
          },
        ],
      },
      // Tech touch, paying: the same start, then the team, which is what they pay for.
      'welcome-team': {
        kind: 'tour',
        priority: 10,
        audience: {
          all: [
            { tier: 'tech' },
            { segment: 'paying' },
            { segment: 'newUser' },
            { not: { segment: 'teamInvited' } },
          ],
        },
        steps: [
          projectsStep,
          {
            id: 'team',
            target: 'nav-settings',
            title: text.tourTeam[0],
            body: text.tourTeam[1],
            placement: 'right',
            advanceOn: { route: '/settings' },
          },
          {
            id: 'invite',
            route: '/settings',
            target: 'invite-form',
            title: text.tourInvite[0],
            body: text.tourInvite[1],
            placement: 'bottom',
            overlay: 'none',
            advanceOn: { event: 'invite_sent' },
          },
        ],
      },
      'getting-started': {
        kind: 'checklist',
        audience: { tier: ['low', 'tech'] },
        title: text.checklistTitle,
        description: text.checklistDescription,
        items: [
          {
            id: 'tour-starter',
            label: text.itemTour,
            startGuide: 'welcome-starter',
            audience: { segment: 'starter' },
          },
          {
            id: 'tour-team',
            label: text.itemTour,
            startGuide: 'welcome-team',
            audience: { segment: 'paying' },
          },
          { id: 'project', label: text.itemProject, completeOn: { event: 'project_created' } },
          { id: 'invite', label: text.itemInvite, completeOn: { event: 'invite_sent' } },
          { id: 'billing', label: text.itemBilling, completeOn: { event: 'billing_viewed' } },
          { id: 'export', label: text.itemExport, completeOn: { event: 'report_exported' } },
        ],
      },
      // A hint on a feature not used yet, held out from a fifth of users to measure its effect.
      'export-hint': {
        kind: 'tooltip',
        audience: {
          all: [
            { segment: 'activated' },
            { not: { segment: 'exporter' } },
            { rollout: { percent: 80, salt: 'export-hint-2026' } },
          ],
        },
        target: 'export-report',
        title: text.exportHint[0],
        body: text.exportHint[1],
        beacon: true,
        placement: 'bottom',
      },
      'invite-hint': {
        kind: 'tooltip',
        audience: { all: [{ tier: ['low', 'tech'] }, { not: { segment: 'teamInvited' } }] },
        target: 'invite-teammate',
        title: text.inviteHint[0],
        body: text.inviteHint[1],
        beacon: true,
        placement: 'bottom',
      },
      // Everyone but high touch, once, while the release is news.
      'release-scheduled-reports': {
        kind: 'announcement',
        priority: 1,
        audience: { tier: ['low', 'tech'] },
        schedule: { from: isoDay(now - 2 * DAY), until: isoDay(now + 28 * DAY) },
        publishedAt: isoDay(now - 2 * DAY),
        title: text.release[0],
        body: text.release[1],
        cta: { label: text.release[2], href: '#/settings' },
      },
      // High touch: a person, never a tour.
      'onboarding-session': {
        kind: 'announcement',
        priority: 20,
        audience: { tier: 'high' },
        title: text.session[0],
        body: text.session[1],
        cta: { label: text.session[2], href: 'https://example.com/book/acme', newTab: true },
        secondaryCta: { label: text.session[3], href: 'mailto:am@example.com' },
      },
      // Low touch: the templated programme, paced rather than shown once.
      'training-videos': {
        kind: 'announcement',
        priority: 15,
        audience: { tier: 'low' },
        frequency: { maxShows: 3, cooldown: '7d' },
        title: text.training[0],
        body: text.training[1],
        media: { image: { src: media.trainingPoster, alt: text.training[3] } },
        cta: { label: text.training[2], href: 'https://example.com/academy', newTab: true },
      },
      // Every persona, after whatever its tier gets first, once past its first two weeks or its
      // first project: the loop back from the user. The answer is kept as `npsScore`, which the
      // follow-up below reads like any attribute.
      'nps-2026': {
        kind: 'survey',
        audience: { any: [{ not: { segment: 'newUser' } }, { segment: 'activated' }] },
        question: { type: 'nps', text: text.nps[0] },
        thanks: text.nps[1],
        saveAs: 'npsScore',
      },
      // High touch and unhappy: a person reaches out. A definition, not code.
      'nps-follow-up': {
        kind: 'announcement',
        priority: 20,
        audience: { all: [{ tier: 'high' }, { attr: 'npsScore', lte: 6 }] },
        title: text.npsFollowUp[0],
        body: text.npsFollowUp[1],
        cta: { label: text.npsFollowUp[2], href: 'https://example.com/book/acme', newTab: true },
      },
    },
  });
}

/** The demo's definition, with its literal guide ids. */
export type DemoDefinition = ReturnType<typeof createDemoDefinition>;
