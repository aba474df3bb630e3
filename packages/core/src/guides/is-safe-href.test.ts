import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSafeHref } from './is-safe-href';
import { isSafeMediaSrc } from './is-safe-media-src';

describe('isSafeHref', () => {
  it.each([
    'https://example.com/docs',
    'HTTP://example.com',
    'http:/example.com',
    'mailto:help@example.com',
    'MailTo:help@example.com',
    '/export',
    'export',
    './export',
    '../export',
    '?tab=billing',
    '#faq',
    '/search?q=a:b',
    '/docs/javascript:alert(1)',
    '  /export  ',
    'https://exa\nmple.com',
  ])('allows %j', (href) => {
    expect(isSafeHref(href)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u001f\u0001 javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'jav\r\nascript:alert(1)',
    'javascript\t:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'java\u0000script:alert(1)',
    '\u00a0javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:image/svg+xml,<svg onload=alert(1)>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.com',
    'blob:https://example.com/uuid',
    'intent://scan#Intent;end',
    '//evil.example',
    '\\\\evil.example',
    '/\\evil.example',
    ' \t//evil.example',
    '',
    ' \u0001 ',
  ])('refuses %j', (href) => {
    expect(isSafeHref(href)).toBe(false);
  });

  it('refuses values that are not strings', () => {
    expect(isSafeHref(42 as unknown as string)).toBe(false);
    expect(isSafeHref(null as unknown as string)).toBe(false);
  });

  it('refuses javascript: however it is obfuscated', () => {
    const c0OrSpace = fc.integer({ min: 0, max: 0x20 }).map((code) => String.fromCharCode(code));
    const tabOrNewline = fc.constantFrom('\t', '\n', '\r');
    const spelt = (letter: string) =>
      fc.oneof(
        fc.constant(letter),
        fc.constant(letter.toUpperCase()),
        fc.constant(`&#${letter.charCodeAt(0)};`),
        fc.constant(`&#x${letter.charCodeAt(0).toString(16)}`),
      );
    const scheme = fc
      .tuple(
        ...[...'javascript'].map((letter) =>
          fc.tuple(spelt(letter), fc.array(tabOrNewline, { maxLength: 2 })),
        ),
      )
      .map((parts) => parts.map(([letter, noise]) => letter + noise.join('')).join(''));
    fc.assert(
      fc.property(
        fc.array(c0OrSpace, { maxLength: 4 }),
        scheme,
        fc.array(tabOrNewline, { maxLength: 2 }),
        fc.constantFrom(':', '&colon;', '&#58;', '&#x3A;'),
        fc.string(),
        (leading, obfuscated, beforeColon, colon, payload) => {
          const href = `${leading.join('')}${obfuscated}${beforeColon.join('')}${colon}${payload}`;
          expect(isSafeHref(href)).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('allows ampersands that are not character references', () => {
    expect(isSafeHref('/search?a=1&b=2&amp=3')).toBe(true);
  });
});

describe('isSafeMediaSrc', () => {
  it.each([
    ['/media/export.mp4', true],
    ['https://cdn.example.com/a.png', true],
    ['mailto:a@example.com', false],
    ['data:image/png;base64,AAAA', false],
    ['javascript:alert(1)', false],
  ])('judges %j as %s', (src, safe) => {
    expect(isSafeMediaSrc(src)).toBe(safe);
  });
});
