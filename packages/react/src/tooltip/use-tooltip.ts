'use client';
import {
  GuidepostError,
  type GuideCloseReason,
  type GuideId,
  type GuideIdOfKind,
  type GuidepostDefinition,
  type GuideView,
  type HintCloseKind,
  type HintSettlement,
  type StartOptions,
  type TooltipGuide,
} from '@guidepost/core';
import { useCallback, useMemo } from 'react';
import { useGuideOfKind } from '../hooks/use-guide-of-kind';
import type { RegisteredDefinition } from '../register/register';
import { tooltipGuide } from './tooltip-guide';
import { useHintTarget } from './use-hint-target';

/** What {@link useTooltip} returns: a hint, its target and its actions, bound to it. */
export interface UseTooltipResult<G extends string = string> {
  /** The guide as the engine shows it; `undefined` for an id the definition does not hold. */
  readonly view: GuideView<G> | undefined;
  /** The hint's definition; `undefined` when the id is not a tooltip. */
  readonly guide: TooltipGuide | undefined;
  /**
   * The engine shows the hint: its beacon is on the page, or hovering and focusing its target
   * open it. False on the server and during hydration.
   */
  readonly active: boolean;
  /** The target element while the hint is active and the target is on the page and visible. */
  readonly target: Element | null;
  /** Dismisses the hint for good in this version ("don't show again"). */
  readonly dismiss: () => void;
  /**
   * Ends the hint's show for now: counted once, it shows again as its `frequency` allows. With
   * a `reason`, reported as `guide_dismissed`.
   */
  readonly close: (reason?: GuideCloseReason) => void;
  /** Marks the hint completed. */
  readonly complete: () => void;
  /** Shows the hint now; returns whether it opened. */
  readonly start: (options?: StartOptions) => boolean;
  /**
   * Records that the user saw the hint and closed it (the engine's `settleHint`): the show ends,
   * and the engine shows it again as its `frequency` allows (`once`, `maxShows`, a `cooldown` from the
   * close, or every time). `reason` tells Escape from the close button.
   */
  readonly settle: (kind: HintCloseKind, reason?: GuideCloseReason) => HintSettlement;
}

/**
 * A hint's state, target and actions, for a hint with a look of its own. Whether it shows, and
 * how often, is the engine's; the hook finds and follows its target (waiting for a late one,
 * re-anchoring when it is re-rendered) while it is active.
 *
 * @example
 * function ExportHint() {
 *   const { active, guide, target, settle } = useTooltip('export-hint');
 *   const [open, setOpen] = useState(false);
 *   if (!active || target === null || guide === undefined) return null;
 *   return <MyPopover anchor={target} open={open} onClose={() => { setOpen(false); settle('complete'); }} />;
 * }
 */
export function useTooltip<
  D extends GuidepostDefinition = RegisteredDefinition,
  T extends GuideIdOfKind<D, 'tooltip'> = GuideIdOfKind<D, 'tooltip'>,
>(id: T): UseTooltipResult<GuideId<D>> {
  const { guidepost, view, guide } = useGuideOfKind(id, tooltipGuide, 'useTooltip');
  const active = view?.open === true && guide !== undefined;
  const onRefused = useCallback(
    (selector: string, reason: string) =>
      guidepost.reportError(
        new GuidepostError(
          'target_not_found',
          `hint '${id}': target selector ${selector} is refused: ${reason}`,
          { guideId: id },
        ),
      ),
    [guidepost, id],
  );
  const target = useHintTarget(guide?.target, active, onRefused);
  return useMemo(
    () => ({
      view: view as GuideView<GuideId<D>> | undefined,
      guide,
      active,
      target,
      dismiss: () => guidepost.dismiss(id),
      close: (reason?: GuideCloseReason) => guidepost.close(id, reason),
      complete: () => guidepost.complete(id),
      start: (options?: StartOptions) => guidepost.start(id, options),
      settle: (kind: HintCloseKind, reason?: GuideCloseReason) =>
        guidepost.settleHint(id, kind, reason),
    }),
    [guidepost, id, view, guide, active, target],
  );
}
