import type { Preview } from '@storybook/react-vite';
import { withPersona } from '../stories/persona/persona-decorator';
import { personaGlobalTypes, personaInitialGlobals } from '../stories/persona/persona-globals';

/**
 * Every story runs as the persona the toolbar picks (plan, lifetime value, days since sign-up,
 * usage, locale, direction, theme, motion); the demo app comes first in the sidebar.
 */
const preview: Preview = {
  decorators: [withPersona],
  globalTypes: personaGlobalTypes,
  initialGlobals: personaInitialGlobals,
  parameters: {
    layout: 'padded',
    controls: {
      matchers: {
        color: /(background|color)$/i,
        date: /Date$/i,
      },
    },
    options: {
      storySort: { order: ['Demo', 'Docs', '*'] },
    },
  },
};

export default preview;
