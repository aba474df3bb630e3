import { defineGuidepost } from '@guidepost/core';

/**
 * One guide of each kind, for the strict-CSP page: a three-step tour and an announcement the
 * page starts by hand, a hint with a beacon and a checklist that show as soon as it loads.
 */
export const fixtureDefinition = defineGuidepost({
  guides: {
    welcome: {
      kind: 'tour',
      trigger: 'manual',
      steps: [
        {
          id: 'projects',
          target: 'sidebar-projects',
          title: 'Your projects',
          body: 'Every project you create is listed here.',
          placement: 'right',
        },
        {
          id: 'create',
          target: 'new-project',
          title: 'Create a project',
          body: 'Start from a blank project or a template.',
          placement: 'bottom',
        },
        {
          id: 'export',
          target: 'export',
          title: 'Export your work',
          body: 'Download any project as CSV or PDF.',
          placement: 'bottom-end',
        },
      ],
    },
    'filters-hint': {
      kind: 'tooltip',
      target: 'report-filters',
      beacon: true,
      placement: 'bottom-start',
      title: 'Saved filters',
      body: 'Save a filter to reuse it on every report.',
    },
    'getting-started': {
      kind: 'checklist',
      title: 'Get started',
      items: [
        { id: 'photo', label: 'Add a profile photo' },
        { id: 'invite', label: 'Invite a teammate' },
      ],
    },
    release: {
      kind: 'announcement',
      trigger: 'manual',
      title: 'New: bulk export',
      body: 'Export many projects at once, as CSV or PDF.',
      cta: { label: 'Try it', href: '#export' },
    },
  },
});
