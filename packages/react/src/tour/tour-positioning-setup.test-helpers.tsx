import {
  createGuidepost,
  defineGuidepost,
  type GuideContent,
  memoryAdapter,
  type GuideTarget,
  type Guidepost,
} from '@guidepost/core';
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { page } from 'vitest/browser';
import { GuidepostProvider } from '../provider/guidepost-provider';
import { Tour } from './tour';
import { mountHostPage } from './tour-positioning.test-helpers';

/** One step of a tour the positioning tests run. */
export interface StepSpec {
  readonly title: string;
  readonly target: GuideTarget;
  readonly placement?: 'top' | 'bottom' | 'left' | 'right';
  readonly body?: GuideContent;
}

/**
 * Starts a manual tour of `steps` with the default `Tour` (overlay `'target'`) over its own
 * engine and in-memory storage, and returns the engine.
 *
 * @example
 * runTour([{ title: 'Save your work', target: 'save', placement: 'right' }]);
 */
export function runTour(steps: readonly StepSpec[]): Guidepost {
  const definition = defineGuidepost({
    guides: {
      welcome: {
        kind: 'tour',
        trigger: 'manual',
        steps: steps.map((step, index) => ({ id: `step-${index}`, ...step })),
      },
    },
  });
  const engine = createGuidepost(definition, { storage: memoryAdapter(), locks: null });
  render(
    <GuidepostProvider guidepost={engine}>
      <Tour id="welcome" />
    </GuidepostProvider>,
  );
  act(() => void engine.start('welcome'));
  return engine as Guidepost;
}

/**
 * Gives each test of the file a 1024×768 viewport scrolled to the top, and removes after it
 * what it rendered and every host page it mounted. Returns the function that mounts one.
 *
 * @example
 * const hostPage = hostPagesPerTest();
 * hostPage('<button data-guidepost="save">Save</button>');
 */
export function hostPagesPerTest(): (html: string) => void {
  let removals: (() => void)[] = [];
  beforeEach(async () => {
    await page.viewport(1024, 768);
    window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
  });
  afterEach(() => {
    cleanup();
    for (const remove of removals) remove();
    removals = [];
    window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
  });
  return (html) => {
    removals.push(mountHostPage(html));
  };
}
