/** What kind of link a string is, once judged safe: absolute http(s), mailto, or relative. */
export type HrefKind = 'http' | 'mailto' | 'relative';

const SCHEME = /^[a-z][a-z0-9+.-]*$/i;

/**
 * Normalises a link as browsers do before reading its scheme (leading and trailing C0 controls
 * and spaces stripped, tabs and line breaks removed anywhere, scheme case-folded), then returns
 * its kind, or `undefined` when it is not one Guidepost follows. Stricter than a browser where
 * that costs nothing: a control character left inside, or a colon before the first `/`, `?` or
 * `#` that does not end a plain scheme, refuses the link instead of reading it as a path; so
 * does a link that turns dangerous once HTML character references are decoded
 * (`jav&#x09;ascript:`). Protocol-relative links (`//host`, and `\\host`, which browsers read
 * the same) are refused: they take the page's scheme, which is not http(s) under `file:` or an
 * app's own scheme.
 */
export function classifyHref(href: unknown): HrefKind | undefined {
  if (typeof href !== 'string') return undefined;
  const kind = classifyNormalised(href);
  if (kind === undefined || !href.includes('&')) return kind;
  // A link that is safe as written but not once HTML character references are decoded would
  // turn dangerous wherever it passes through HTML, so it is refused.
  return classifyNormalised(decodeCharacterReferences(href)) === undefined ? undefined : kind;
}

function classifyNormalised(href: string): HrefKind | undefined {
  const link = normalise(href);
  if (link === '' || hasControlCharacter(link)) return undefined;
  const slashed = link.replaceAll('\\', '/');
  if (slashed.startsWith('//')) return undefined;
  const colon = slashed.indexOf(':');
  const delimiter = slashed.search(/[/?#]/);
  if (colon === -1 || (delimiter !== -1 && delimiter < colon)) return 'relative';
  const scheme = slashed.slice(0, colon);
  if (!SCHEME.test(scheme)) return undefined;
  switch (scheme.toLowerCase()) {
    case 'http':
    case 'https':
      return 'http';
    case 'mailto':
      return 'mailto';
    default:
      return undefined;
  }
}

function normalise(href: string): string {
  let start = 0;
  let end = href.length;
  while (start < end && href.charCodeAt(start) <= 0x20) start += 1;
  while (end > start && href.charCodeAt(end - 1) <= 0x20) end -= 1;
  let out = '';
  for (let index = start; index < end; index += 1) {
    const code = href.charCodeAt(index);
    if (code !== 0x09 && code !== 0x0a && code !== 0x0d) out += href[index];
  }
  return out;
}

function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  num: '#',
  quest: '?',
};

function decodeCharacterReferences(text: string): string {
  return text.replace(
    /&(?:#(\d{1,8})|#x([0-9a-f]{1,8})|([a-z]{2,8}));?/gi,
    (reference, decimal?: string, hex?: string, name?: string) => {
      if (name !== undefined) return NAMED_REFERENCES[name.toLowerCase()] ?? reference;
      const code = decimal === undefined ? Number.parseInt(hex ?? '', 16) : Number(decimal);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
    },
  );
}
