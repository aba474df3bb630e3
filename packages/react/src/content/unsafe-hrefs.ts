import { isSafeHref, type GuideContent, type RichTextInline } from '@guidepost/core';

function collect(inline: RichTextInline, found: Set<string>): void {
  if (typeof inline !== 'string' && 'type' in inline && !isSafeHref(inline.href)) {
    found.add(inline.href);
  }
}

/**
 * Every link target in guide content that `isSafeHref` refuses, each once, in order. Such
 * links are rendered as plain text and reported.
 *
 * @example
 * unsafeHrefs([{ type: 'paragraph', children: [{ type: 'link', href: 'javascript:x', children: ['x'] }] }]);
 * // ['javascript:x']
 */
export function unsafeHrefs(content: GuideContent | undefined): string[] {
  if (content === undefined || typeof content === 'string') return [];
  const found = new Set<string>();
  for (const block of content) {
    const runs = block.type === 'list' ? block.items : [block.children];
    for (const run of runs) for (const inline of run) collect(inline, found);
  }
  return [...found];
}
