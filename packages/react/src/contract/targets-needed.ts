import type { GuidepostDefinition, GuideTarget } from '@guidepost/core';
import { stepRouteMatches } from '@guidepost/core/internal';

/** One target a guide needs on a route, as a selector the page can look up. */
export interface NeededTarget {
  readonly guideId: string;
  readonly stepId?: string;
  /** The anchor name or selector, as the definition gives it. */
  readonly target: string;
  readonly selector: string;
}

/** A target the definition gives as a ref, an element or a function. */
export interface UncheckedTarget {
  readonly guideId: string;
  readonly stepId?: string;
}

const ANCHOR_NAME = /^[A-Za-z0-9_-]+$/;

const anchorSelector = (name: string) =>
  `[data-guidepost="${name.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"]`;

/** The selector for a target, or undefined for one only the app can resolve. */
function selectorOf(target: GuideTarget): { target: string; selector: string } | undefined {
  if (typeof target === 'string') {
    return { target, selector: ANCHOR_NAME.test(target) ? anchorSelector(target) : target };
  }
  if (typeof target !== 'object' || target === null) return undefined;
  if ('anchor' in target && typeof target.anchor === 'string') {
    return { target: target.anchor, selector: anchorSelector(target.anchor) };
  }
  if ('selector' in target && typeof target.selector === 'string') {
    return { target: target.selector, selector: target.selector };
  }
  return undefined;
}

const onAnyOf = (patterns: readonly string[] | undefined, route: string) =>
  patterns === undefined || patterns.some((pattern) => stepRouteMatches({ route: pattern }, route));

/**
 * The targets the guides need on a route. A tour step with a `route` needs its target there; a
 * step without one shows where the tour stands, so it takes the route of the last step before
 * it that has one; steps before any such step, and hints, live where `guideRoutes` says, else
 * on every route. Checklists and announcements point at nothing.
 */
export function targetsNeeded(
  definition: GuidepostDefinition,
  guideIds: readonly string[],
  route: string,
  guideRoutes: Readonly<Record<string, readonly string[] | undefined>> = {},
): { needed: NeededTarget[]; unchecked: UncheckedTarget[] } {
  const needed: NeededTarget[] = [];
  const unchecked: UncheckedTarget[] = [];
  const add = (guideId: string, stepId: string | undefined, target: GuideTarget) => {
    const found = selectorOf(target);
    const ids = stepId === undefined ? { guideId } : { guideId, stepId };
    if (found === undefined) unchecked.push(ids);
    else needed.push({ ...ids, ...found });
  };
  for (const guideId of guideIds) {
    const guide = definition.guides[guideId];
    if (guide?.kind === 'tooltip') {
      if (onAnyOf(guideRoutes[guideId], route)) add(guideId, undefined, guide.target);
    } else if (guide?.kind === 'tour') {
      let stepRoute: string | undefined;
      for (const step of guide.steps) {
        stepRoute = step.route ?? stepRoute;
        if (step.target === undefined) continue;
        const lives = stepRoute === undefined ? guideRoutes[guideId] : [stepRoute];
        if (onAnyOf(lives, route)) add(guideId, step.id, step.target);
      }
    }
  }
  return { needed, unchecked };
}
