/** One library's page in the runtime benchmark. */
export interface RuntimePage {
  /** The page's file name, without extension, under `runtime/pages/`. */
  readonly name: string;
  /** The library, as the tables name it. */
  readonly library: string;
}

/** Guidepost's page; the others are the peers it is compared with. */
export const GUIDEPOST_PAGE = 'guidepost';

/**
 * Every page, Guidepost first. Peers with a React wrapper run through it (react-shepherd);
 * intro.js runs without intro.js-react, whose undeclared `prop-types` dependency is not
 * installed here, by calling `introJs.tour()` from a React click handler.
 */
export const RUNTIME_PAGES: readonly RuntimePage[] = [
  { name: GUIDEPOST_PAGE, library: 'Guidepost' },
  { name: 'react-joyride', library: 'react-joyride 3.2.0' },
  { name: 'reactour', library: '@reactour/tour 3.8.0' },
  { name: 'driver', library: 'driver.js 1.8.0' },
  { name: 'react-shepherd', library: 'react-shepherd 7.0.6 + shepherd.js 15.3.0' },
  { name: 'intro', library: 'intro.js 8.6.0' },
];
