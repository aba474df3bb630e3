import type { StepFocus } from '@guidepost/core';
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { afterKeysReleased } from '../dom/held-keys';
import { isFocusable } from '../dom/is-focusable';
import { tabbablesIn } from '../dom/tabbables';
import { appendDescribedBy } from '../dom/append-described-by';

/** How {@link useStepFocus} moves focus for the step on screen. */
export interface StepFocusOptions {
  readonly visible: boolean;
  readonly stepKey: string;
  /** The step's `focus`; `target` acts as `step` while the step has no target. */
  readonly policy: StepFocus;
  readonly target: Element | null;
  readonly primary: RefObject<HTMLElement | null>;
  readonly surface: RefObject<HTMLElement | null>;
  /** Ids that describe the step (its body, its progress), given to the focused target. */
  readonly describedBy: () => string | undefined;
  readonly announce: () => void;
}

/** The target itself when it takes focus, else the first control inside it. */
function focusableIn(target: Element): HTMLElement | SVGElement | undefined {
  if (isFocusable(target)) return target as HTMLElement;
  return tabbablesIn(target)[0];
}

/**
 * Moves focus once each time a step shows. With `policy: 'step'`, to its primary button (or
 * the step itself when it has none): focus arriving from outside has the step's name and
 * description read; focus already inside (the step changed under it, after Next or →) is not
 * moved anywhere a screen reader would notice, so `announce` says the new step instead. With
 * `'target'`, focus stays where it is when it is in the target (the user is typing there),
 * else goes to the target or the first control in it; the focused element is described by the
 * step while it shows, and the step is announced when focus did not move. With `'none'`, focus stays and the step is
 * announced. Repositioning never moves focus, and a step that hides and comes back (its target
 * re-rendered) only takes focus again if focus was lost meanwhile, without a new announcement.
 * A step shown in the middle of a key press (Enter in a field the previous step waited on) takes
 * focus once the key is released, so the rest of that press never reaches its buttons.
 */
export function useStepFocus(options: StepFocusOptions): void {
  const { visible, stepKey, target, primary, surface } = options;
  const policy = options.policy === 'target' && target === null ? 'step' : options.policy;
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });
  const focused = useRef<string | null>(null);
  useEffect(() => {
    const node = surface.current;
    const view = node?.ownerDocument.defaultView;
    if (!visible || node === null || view === null || view === undefined) return;
    const moveIntoStep = (step: HTMLElement, first: boolean) => {
      const active = step.ownerDocument.activeElement;
      const button = primary.current;
      const into = button !== null && step.contains(button) ? button : step;
      const stayedInside = step.contains(active);
      into.focus({ preventScroll: true });
      if (stayedInside && first) latest.current.announce();
    };
    let undescribe = () => undefined as void;
    const cancel = afterKeysReleased(view, () => {
      const active = node.ownerDocument.activeElement;
      const lost = active === null || active === node.ownerDocument.body;
      if (focused.current === stepKey && !lost) return;
      const first = focused.current !== stepKey;
      focused.current = stepKey;
      if (policy === 'none') {
        if (first) latest.current.announce();
        return;
      }
      if (policy === 'target' && target !== null) {
        const into = active !== null && target.contains(active) ? active : focusableIn(target);
        if (into === undefined) return void moveIntoStep(node, first);
        const ids = latest.current.describedBy();
        if (ids !== undefined) undescribe = appendDescribedBy(into, ids);
        // Focus moving to the target has the step read through the description given to it;
        // focus left where it was needs the live region.
        if (into !== active) (into as HTMLElement).focus({ preventScroll: true });
        else if (first) latest.current.announce();
        return;
      }
      moveIntoStep(node, first);
    });
    return () => {
      cancel();
      undescribe();
    };
  }, [visible, stepKey, policy, target, primary, surface]);
}
