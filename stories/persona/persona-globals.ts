import type { Preview } from '@storybook/react-vite';
import {
  DAYS_SINCE_SIGN_UP,
  formatLifetimeValue,
  LIFETIME_VALUES,
  PLANS,
  tierOfLifetimeValue,
} from './persona';

type GlobalTypes = NonNullable<Preview['globalTypes']>;

const EVENT_TITLES = {
  none: 'No events yet',
  some: 'Some events (1 project)',
  most: 'Most events (projects, invites, exports)',
} as const;

/** The persona toolbar: each global is one dropdown, its title showing the current value. */
export const personaGlobalTypes: GlobalTypes = {
  plan: {
    description: 'The plan the user is on',
    toolbar: {
      title: 'Plan',
      icon: 'credit',
      items: PLANS.map((plan) => ({ value: plan, title: `Plan: ${plan}` })),
      dynamicTitle: true,
    },
  },
  ltv: {
    description: 'Lifetime value, which decides the touch tier',
    toolbar: {
      title: 'LTV',
      icon: 'graphline',
      items: LIFETIME_VALUES.map((ltv) => ({
        value: String(ltv),
        title: `LTV ${formatLifetimeValue(ltv)} (${tierOfLifetimeValue(ltv)} touch)`,
      })),
      dynamicTitle: true,
    },
  },
  days: {
    description: 'Days since the user signed up',
    toolbar: {
      title: 'Signed up',
      icon: 'calendar',
      items: DAYS_SINCE_SIGN_UP.map((days) => ({
        value: String(days),
        title: days === 0 ? 'Signed up today' : `Signed up ${days} days ago`,
      })),
      dynamicTitle: true,
    },
  },
  events: {
    description: 'What the user has already done in the product',
    toolbar: {
      title: 'Usage',
      icon: 'checklist',
      items: Object.entries(EVENT_TITLES).map(([value, title]) => ({ value, title })),
      dynamicTitle: true,
    },
  },
  locale: {
    description: 'Language of the labels',
    toolbar: {
      title: 'Locale',
      icon: 'globe',
      items: [
        { value: 'en', title: 'English' },
        { value: 'ja', title: '日本語' },
      ],
      dynamicTitle: true,
    },
  },
  dir: {
    description: 'Text direction of the page',
    toolbar: {
      title: 'Direction',
      icon: 'transfer',
      items: [
        { value: 'ltr', title: 'Left to right' },
        { value: 'rtl', title: 'Right to left' },
      ],
      dynamicTitle: true,
    },
  },
  theme: {
    description: 'Light or dark theme',
    toolbar: {
      title: 'Theme',
      icon: 'mirror',
      items: [
        { value: 'light', title: 'Light' },
        { value: 'dark', title: 'Dark' },
      ],
      dynamicTitle: true,
    },
  },
  motion: {
    description: 'Reduced motion, forced on or off',
    toolbar: {
      title: 'Motion',
      icon: 'lightning',
      items: [
        { value: 'system', title: 'Motion: as the system' },
        { value: 'reduce', title: 'Motion: reduced' },
        { value: 'no-preference', title: 'Motion: full' },
      ],
      dynamicTitle: true,
    },
  },
};

/** Where the toolbar starts: a trial user three days in, with no usage, in English. */
export const personaInitialGlobals = {
  plan: 'trial',
  ltv: '0',
  days: '3',
  events: 'none',
  locale: 'en',
  dir: 'ltr',
  theme: 'light',
  motion: 'system',
} as const;
