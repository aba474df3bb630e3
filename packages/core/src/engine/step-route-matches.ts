import type { TourStep } from '../guides/types';
import { routeMatches } from './route-matches';

/**
 * True when a tour step may show on `route`, the route the app last reported. A step without a
 * `route` shows anywhere; a step with one shows only on a matching route (the same patterns as
 * {@link routeMatches}), and waits while no route has been reported yet, so a multi-route tour
 * never looks for a target on a page it does not live on.
 *
 * @example
 * stepRouteMatches({ id: 'billing', route: '/settings/*' }, '/settings/billing'); // true
 * stepRouteMatches({ id: 'billing', route: '/settings/*' }, '/projects'); // false
 * stepRouteMatches({ id: 'billing', route: '/settings/*' }, undefined); // false
 * stepRouteMatches({ id: 'intro' }, undefined); // true
 */
export function stepRouteMatches(
  step: Pick<TourStep, 'route'>,
  route: string | undefined,
): boolean {
  if (step.route === undefined) return true;
  return route !== undefined && routeMatches(step.route, route);
}
