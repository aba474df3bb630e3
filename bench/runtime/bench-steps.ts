/** One step of the benchmark tour, in terms every library can take. */
export interface BenchStep {
  /** The target's element id, also its Guidepost anchor name. */
  readonly target: string;
  readonly title: string;
  readonly body: string;
  readonly placement: 'right' | 'bottom';
}

/**
 * The three steps every library shows: a sidebar link, a toolbar button and a button inside a
 * nested scroll container. Titles are unique, so a probe tells the steps apart by text.
 */
export const BENCH_STEPS: readonly [BenchStep, BenchStep, BenchStep] = [
  {
    target: 'projects',
    title: 'Your projects',
    body: 'Every project you create is listed here.',
    placement: 'right',
  },
  {
    target: 'new-project',
    title: 'Create a project',
    body: 'Start from a blank project or a template.',
    placement: 'bottom',
  },
  {
    target: 'export',
    title: 'Export your work',
    body: 'Download any project as CSV or PDF.',
    placement: 'bottom',
  },
];

/** The element id of the nested scroll container that holds the third target. */
export const SCROLL_PANEL_ID = 'bench-panel';

/** The element id of the button each page renders to start its tour. */
export const START_BUTTON_ID = 'bench-start';
