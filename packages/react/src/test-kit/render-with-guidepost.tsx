import type { GuidepostDefinition } from '@guidepost/core';
import * as React from 'react';
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import {
  createGuidepostTestKit,
  type GuidepostTestKit,
  type GuidepostTestKitOptions,
} from './create-guidepost-test-kit';

/** What {@link renderWithGuidepost} returns: the kit, and the rendered app. */
export interface GuidepostRenderResult<D extends GuidepostDefinition> extends GuidepostTestKit<D> {
  /** The element the app was rendered into, attached to `document.body`. */
  readonly container: HTMLElement;
  /** Renders another tree under the same provider and engine. */
  rerender(ui: ReactNode): void;
  /** Unmounts the app, stops the engine and removes the container. */
  unmount(): void;
}

const mounted = new Set<() => void>();

function act(work: () => void): void {
  const reactAct = (React as { act?: (callback: () => void) => void }).act;
  if (typeof reactAct !== 'function') {
    throw new Error('renderWithGuidepost needs React 18.3 or later (`act` from react)');
  }
  reactAct(work);
}

/**
 * Renders `ui` inside a provider over a test kit's engine (see `createGuidepostTestKit`), with
 * React's `act`, into a container on `document.body`; no Testing Library needed, and its
 * `screen` queries find what this renders. Call `cleanup()` after each test (or `unmount()`).
 *
 * @example
 * afterEach(cleanup);
 * it('shows the trial tour', () => {
 *   const kit = renderWithGuidepost(<App />, definition, { persona: trialUser });
 *   expect(kit.guideShown('welcome')).toBe(true);
 * });
 */
export function renderWithGuidepost<D extends GuidepostDefinition>(
  ui: ReactNode,
  definition: D,
  options: GuidepostTestKitOptions<D> = {},
): GuidepostRenderResult<D> {
  const environment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  environment.IS_REACT_ACT_ENVIRONMENT = true;
  const kit = createGuidepostTestKit(definition, options);
  const container = document.createElement('div');
  document.body.append(container);
  const root: Root = createRoot(container);
  const render = (tree: ReactNode) => act(() => root.render(<kit.Wrapper>{tree}</kit.Wrapper>));
  let done = false;
  const unmount = () => {
    if (done) return;
    done = true;
    mounted.delete(unmount);
    act(() => root.unmount());
    kit.destroy();
    container.remove();
  };
  mounted.add(unmount);
  render(ui);
  return { ...kit, container, rerender: render, unmount };
}

/**
 * Unmounts everything `renderWithGuidepost` rendered and stops its engines; call it after each
 * test (`afterEach(cleanup)`), as with Testing Library.
 */
export function cleanup(): void {
  for (const unmount of [...mounted]) unmount();
}
