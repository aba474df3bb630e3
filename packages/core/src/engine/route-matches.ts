/**
 * True when `route` is the route a trigger names. A pattern ending in `/*` also matches every
 * route below it (`/settings/*` matches `/settings/billing`); anything else must be equal.
 * A trailing slash and a query or hash on the route are ignored.
 *
 * @example
 * routeMatches('/settings/*', '/settings/billing?tab=card'); // true
 */
export function routeMatches(pattern: string, route: string): boolean {
  const path = normalise(route);
  if (pattern.endsWith('/*')) {
    const base = normalise(pattern.slice(0, -2));
    return path === base || path.startsWith(base === '/' ? '/' : `${base}/`);
  }
  return path === normalise(pattern);
}

function normalise(route: string): string {
  const path = route.split(/[?#]/, 1)[0] ?? '';
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}
