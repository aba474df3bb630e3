import {
  createGuidepost,
  defineGuidepost,
  memoryAdapter,
  type GuidepostDefinition,
  type GuidepostEvent,
} from '@guidepost/core';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GuidepostProvider } from '../provider/guidepost-provider';
import { Tour } from './tour';

// jsdom has no layout: give the viewport a size and anchors a box, so they count as visible.
beforeEach(() => {
  vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(1024);
  vi.spyOn(document.documentElement, 'clientHeight', 'get').mockReturnValue(768);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: HTMLElement,
  ) {
    return this.hasAttribute('data-guidepost') ? new DOMRect(40, 40, 120, 32) : new DOMRect();
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function missingTour(onMissing: 'skip' | 'center' | 'end', lastTarget?: string) {
  return defineGuidepost({
    guides: {
      welcome: {
        kind: 'tour',
        trigger: 'manual',
        steps: [
          { id: 'intro', title: 'Welcome' },
          { id: 'reports', target: 'nowhere', title: 'Your reports', onMissing, targetTimeout: 40 },
          {
            id: 'export',
            title: 'Export your work',
            ...(lastTarget === undefined ? {} : { target: lastTarget, targetTimeout: 40 }),
          },
        ],
      },
    },
  });
}

const named = (events: readonly GuidepostEvent[], name: GuidepostEvent['name']) =>
  events
    .filter((event) => event.name === name)
    .map((event) => ('stepId' in event ? event.stepId : ''));

const clickTour = defineGuidepost({
  guides: {
    welcome: {
      kind: 'tour',
      trigger: 'manual',
      steps: [
        { id: 'save', target: 'save', title: 'Save your work', advanceOn: { click: true } },
        { id: 'late', target: 'late', title: 'It loaded', targetTimeout: 2000 },
        { id: 'done', title: 'All done' },
      ],
    },
  },
});

function setup(definition: GuidepostDefinition, page?: ReactNode) {
  const events: GuidepostEvent[] = [];
  const engine = createGuidepost(definition, {
    storage: memoryAdapter(),
    locks: null,
    onEvent: (event) => events.push(event),
    onError: () => undefined,
  });
  const view = render(
    <GuidepostProvider guidepost={engine}>
      {page}
      <Tour id="welcome" />
    </GuidepostProvider>,
  );
  act(() => void engine.start('welcome'));
  const errors = () => events.filter((event) => event.name === 'guide_error');
  return {
    engine,
    view,
    errors,
    events: () => events,
    guide: () => engine.getState().guides.welcome,
  };
}

const press = (name: string) => act(() => fireEvent.click(screen.getByRole('button', { name })));
const shown = (name: string) => vi.waitFor(() => screen.getByRole('dialog', { name }));

describe('Tour missing targets', () => {
  it.each([
    ['skip', 'Export your work', 'active'],
    ['center', 'Your reports', 'active'],
  ] as const)('onMissing %s shows %j after one target_not_found', async (policy, title, status) => {
    const { errors, guide } = setup(missingTour(policy));
    press('Next');
    const step = await shown(title);
    expect(guide()?.status).toBe(status);
    expect(errors()).toHaveLength(1);
    expect(errors()[0]).toMatchObject({
      guideId: 'welcome',
      stepId: 'reports',
      code: 'target_not_found',
    });
    if (policy === 'center') expect(step.hasAttribute('data-centered')).toBe(true);
  });

  it('onMissing end dismisses the tour after one target_not_found', async () => {
    const { errors, events, guide } = setup(missingTour('end'));
    press('Next');
    await vi.waitFor(() => expect(guide()?.status).toBe('dismissed'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(errors()).toHaveLength(1);
    const dismissed = events().filter((event) => event.name === 'guide_dismissed');
    expect(dismissed).toEqual([expect.objectContaining({ reason: 'target_missing' })]);
  });

  it('skips in the direction of travel, reporting once per visit', async () => {
    const { errors } = setup(missingTour('skip'));
    press('Next');
    await shown('Export your work');
    press('Back');
    await shown('Welcome');
    expect(errors()).toHaveLength(2);
  });

  it('a skipped step reports step_skipped, never step_completed; only Done completes', async () => {
    const { events, guide } = setup(missingTour('skip'));
    press('Next');
    await shown('Export your work');
    expect(named(events(), 'step_skipped')).toEqual(['reports']);
    expect(named(events(), 'step_completed')).toEqual(['intro']);
    expect(events().find((event) => event.name === 'step_skipped')).toMatchObject({
      stepIndex: 1,
      reason: 'target_missing',
    });
    expect(guide()?.status).toBe('active');
    press('Done');
    expect(guide()?.status).toBe('completed');
    expect(named(events(), 'step_completed')).toEqual(['intro', 'export']);
  });

  it('a last step whose target never appears shows centred: the tour neither vanishes nor completes unseen', async () => {
    const { events, guide, errors } = setup(missingTour('skip', 'gone'));
    press('Next');
    const step = await shown('Export your work');
    await vi.waitFor(() => expect(step.hasAttribute('data-centered')).toBe(true));
    expect(errors().map((error) => ('stepId' in error ? error.stepId : ''))).toEqual([
      'reports',
      'export',
    ]);
    expect(guide()?.status).toBe('active');
    expect(events().some((event) => event.name === 'guide_completed')).toBe(false);
    expect(named(events(), 'step_skipped')).toEqual(['reports']);
    press('Done');
    expect(guide()?.status).toBe('completed');
  });

  it('cancels the wait when the tour unmounts: nothing is reported', async () => {
    const { errors, view } = setup(missingTour('skip'));
    press('Next');
    view.unmount();
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(errors()).toEqual([]);
  });
});

function Page() {
  const [late, setLate] = useState(false);
  return (
    <main>
      <button type="button" data-guidepost="save">
        Save
      </button>
      <button type="button" onClick={() => setTimeout(() => setLate(true), 30)}>
        Load later
      </button>
      {late ? <p data-guidepost="late">Loaded</p> : null}
    </main>
  );
}

describe('Tour targets', () => {
  it('advances on a click on the target, and waits for a late one', async () => {
    const { errors, guide } = setup(clickTour, <Page />);
    await shown('Save your work');
    expect(screen.getByRole('dialog', { name: 'Save your work' }).dataset.side).toBe('bottom');
    act(() => fireEvent.click(screen.getByText('Save')));
    expect(guide()?.stepId).toBe('late');
    expect(screen.queryByRole('dialog')).toBeNull();
    act(() => fireEvent.click(screen.getByText('Load later')));
    await shown('It loaded');
    expect(errors()).toEqual([]);
  });
});
