// The manager builds JSX with the classic runtime, which needs `React` in scope.
import React from 'react';
import { addons, types } from 'storybook/manager-api';
import { GUIDE_STEP_ADDON_ID, GUIDE_STEP_PANEL_ID, GuideStepPanel } from './guide-step-panel';

// The "Guide step" panel for designers: a local addon, registered with the manager here.
addons.register(GUIDE_STEP_ADDON_ID, () => {
  addons.add(GUIDE_STEP_PANEL_ID, {
    type: types.PANEL,
    title: 'Guide step',
    render: ({ active }) => <GuideStepPanel active={active ?? false} />,
  });
});
