import { describe, expect, it } from 'vitest';
import { stepRouteMatches } from './step-route-matches';

describe('stepRouteMatches', () => {
  it.each([
    ['a step without a route, before any route', undefined, undefined, true],
    ['a step without a route, on any route', undefined, '/anywhere', true],
    ['a step with a route, before any route is reported', '/reports', undefined, false],
    ['its own route', '/reports', '/reports', true],
    ['its own route with a trailing slash and a query', '/reports', '/reports/?range=7d', true],
    ['another route', '/reports', '/projects', false],
    ['a route below it, without a wildcard', '/reports', '/reports/weekly', false],
    ['a route below a wildcard', '/settings/*', '/settings/billing', true],
    ['the wildcard base itself', '/settings/*', '/settings', true],
    ['a sibling that shares a prefix', '/settings/*', '/settings-old', false],
  ])('%s', (_case, stepRoute, route, expected) => {
    const step = stepRoute === undefined ? { id: 'step' } : { id: 'step', route: stepRoute };
    expect(stepRouteMatches(step, route)).toBe(expected);
  });
});
