/** One bundle the size benchmark measures. */
export interface SizeEntry {
  /** Stable key, also the key of its budget in `size-budgets.json`. */
  readonly id: string;
  /** The library, as the table names it. */
  readonly library: string;
  /** What the entry does. */
  readonly does: string;
  /** The entry file, relative to `bench/size/entries/`. */
  readonly file: string;
  /** Guidepost's own entries, apart from the peers. */
  readonly guidepost: boolean;
  /** Budgeted by `pnpm check:size`. */
  readonly budgeted: boolean;
  /** Further modules left out of the bundle, besides React and react-dom. */
  readonly external?: readonly string[];
  /** A note printed under the table. */
  readonly note?: string;
}

/** The three-step tour every library is compared on. */
export const BASELINE_ID = 'react-joyride';

/** Every measured entry, peers first, in table order. */
export const SIZE_ENTRIES: readonly SizeEntry[] = [
  {
    id: 'react-joyride',
    library: 'react-joyride 3.2.0',
    does: 'three-step tour (`<Joyride run continuous>`)',
    file: 'react-joyride.tsx',
    guidepost: false,
    budgeted: false,
  },
  {
    id: 'reactour',
    library: '@reactour/tour 3.8.0',
    does: 'three-step tour (`TourProvider` + `useTour`)',
    file: 'reactour.tsx',
    guidepost: false,
    budgeted: false,
  },
  {
    id: 'driver',
    library: 'driver.js 1.8.0',
    does: 'three-step tour (`driver().drive()`, vanilla)',
    file: 'driver.ts',
    guidepost: false,
    budgeted: false,
  },
  {
    id: 'shepherd',
    library: 'shepherd.js 15.3.0',
    does: 'three-step tour (`new Shepherd.Tour`, vanilla)',
    file: 'shepherd.ts',
    guidepost: false,
    budgeted: false,
  },
  {
    id: 'react-shepherd',
    library: 'react-shepherd 7.0.6 + shepherd.js',
    does: 'three-step tour (`ShepherdJourneyProvider` + `useShepherd`)',
    file: 'react-shepherd.tsx',
    guidepost: false,
    budgeted: false,
  },
  {
    id: 'intro',
    library: 'intro.js 8.6.0',
    does: 'three-step tour (`introJs.tour()`, vanilla)',
    file: 'intro.ts',
    guidepost: false,
    budgeted: false,
  },
  {
    id: 'intro-react',
    library: 'intro.js-react 1.0.0 + intro.js',
    does: 'three-step tour (`<Steps>`)',
    file: 'intro-react.tsx',
    guidepost: false,
    budgeted: false,
    note:
      'intro.js-react imports `react-dom/server` (for `renderToStaticMarkup`), left out here with ' +
      'the rest of react-dom: an app pays for it on top of this figure. It also imports ' +
      '`prop-types` without declaring it; the bench installs it, so it is counted.',
  },
  {
    id: 'tour',
    library: 'Guidepost',
    does: 'three-step tour (`GuidepostProvider` + `<Tour>`, engine included)',
    file: 'guidepost-tour.tsx',
    guidepost: true,
    budgeted: true,
  },
  {
    id: 'tour-lean',
    library: 'Guidepost',
    does: 'three-step tour, lean engine + localStorage, default look (`GuidepostEngineProvider`)',
    file: 'guidepost-tour-lean.tsx',
    guidepost: true,
    budgeted: true,
  },
  {
    id: 'tour-ui',
    library: 'Guidepost',
    does: 'the same tour with `@guidepost/core` left out: the UI’s share',
    file: 'guidepost-tour.tsx',
    guidepost: true,
    budgeted: false,
    external: ['@guidepost/core'],
  },
  {
    id: 'tooltip',
    library: 'Guidepost',
    does: 'one hint (`GuidepostProvider` + `<Tooltip>`)',
    file: 'guidepost-tooltip.tsx',
    guidepost: true,
    budgeted: true,
  },
  {
    id: 'checklist',
    library: 'Guidepost',
    does: 'one checklist (`GuidepostProvider` + `<Checklist>`)',
    file: 'guidepost-checklist.tsx',
    guidepost: true,
    budgeted: true,
  },
  {
    id: 'announcement',
    library: 'Guidepost',
    does: 'one announcement (`GuidepostProvider` + `<AnnouncementModal>`)',
    file: 'guidepost-announcement.tsx',
    guidepost: true,
    budgeted: true,
  },
  {
    id: 'guide-center',
    library: 'Guidepost',
    does: 'one guide center (`GuidepostProvider` + `<GuideCenter>`)',
    file: 'guidepost-guide-center.tsx',
    guidepost: true,
    budgeted: true,
  },
  {
    id: 'survey',
    library: 'Guidepost',
    does: 'one NPS survey (`GuidepostProvider` + `<Survey>`)',
    file: 'guidepost-survey.tsx',
    guidepost: true,
    budgeted: true,
  },
  {
    id: 'everything',
    library: 'Guidepost',
    does: 'everything: the five components, engine and styles',
    file: 'guidepost-everything.tsx',
    guidepost: true,
    budgeted: true,
  },
  {
    id: 'use-targeting',
    library: 'Guidepost',
    does: 'targeting only (`GuidepostProvider` + `useTargeting`)',
    file: 'guidepost-use-targeting.tsx',
    guidepost: true,
    budgeted: true,
  },
  {
    id: 'provider',
    library: 'Guidepost',
    does: 'the provider alone (`GuidepostProvider`, no hook or component)',
    file: 'guidepost-provider.tsx',
    guidepost: true,
    budgeted: false,
  },
  {
    id: 'create-targeting',
    library: 'Guidepost',
    does: 'targeting only (`createTargeting` + `evaluate`, no React)',
    file: 'guidepost-create-targeting.ts',
    guidepost: true,
    budgeted: true,
  },
  {
    id: 'lean-targeting',
    library: 'Guidepost',
    does: 'attribute rules only (`createLeanTargeting` + `attributeRules`, no React)',
    file: 'guidepost-lean-targeting.ts',
    guidepost: true,
    budgeted: true,
  },
  {
    id: 'targeting-provider',
    library: 'Guidepost',
    does: 'targeting without the engine (`TargetingProvider` + `useTargeting`)',
    file: 'guidepost-targeting-provider.tsx',
    guidepost: true,
    budgeted: true,
  },
  {
    id: 'engine',
    library: 'Guidepost',
    does: 'the full preset engine (`defineGuidepost` + `createGuidepost`, no React)',
    file: 'guidepost-engine.ts',
    guidepost: true,
    budgeted: true,
  },
  {
    id: 'engine-lean',
    library: 'Guidepost',
    does: 'lean engine, a tour with no audience (`createGuidepostEngine`, no plugin)',
    file: 'guidepost-engine-lean.ts',
    guidepost: true,
    budgeted: true,
  },
  {
    id: 'engine-persisted',
    library: 'Guidepost',
    does: 'lean engine with `localStoragePersistence()`, a tour with no audience',
    file: 'guidepost-engine-persisted.ts',
    guidepost: true,
    budgeted: true,
  },
  {
    id: 'react-all',
    library: 'Guidepost',
    does: 'every export of `@guidepost/react` (`export *`)',
    file: 'guidepost-react-all.ts',
    guidepost: true,
    budgeted: true,
  },
  {
    id: 'core-all',
    library: 'Guidepost',
    does: 'every export of `@guidepost/core` (`export *`)',
    file: 'guidepost-core-all.ts',
    guidepost: true,
    budgeted: true,
  },
];
