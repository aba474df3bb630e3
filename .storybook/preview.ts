import type { Preview } from '@storybook/react-vite';

/** Shared story parameters: padded layout and controls inferred from arg names. */
const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: {
      matchers: {
        color: /(background|color)$/i,
        date: /Date$/i,
      },
    },
  },
};

export default preview;
