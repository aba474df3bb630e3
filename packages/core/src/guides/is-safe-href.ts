import { classifyHref } from './classify-href';

/**
 * True when a link is safe to put in an `href` or to navigate to: `http:`, `https:`, `mailto:`,
 * or relative (`/path`, `path`, `./`, `../`, `?query`, `#hash`). Everything else is refused,
 * however it is obfuscated: `javascript:`, `data:`, `vbscript:`, `file:` and every other scheme,
 * with mixed case, tabs or line breaks inside, leading control characters and spaces, or HTML
 * character references (`jav&#x09;ascript:`). The link is normalised as browsers do before its
 * scheme is read. Protocol-relative links (`//host`) are refused too, as they take the page's
 * scheme, which is not http(s) under `file:` or an app's own scheme: write `https://host`.
 *
 * @example
 * isSafeHref('/export'); // true
 * isSafeHref('https://example.com/docs'); // true
 * isSafeHref(' JaVa\tScRiPt:alert(1)'); // false
 */
export function isSafeHref(href: string): boolean {
  return classifyHref(href) !== undefined;
}
