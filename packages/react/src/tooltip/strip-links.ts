import type { GuideContent, RichTextInline } from '@guidepost/core';

function unlink(run: readonly RichTextInline[]): RichTextInline[] {
  return run.flatMap((inline) =>
    typeof inline !== 'string' && 'type' in inline ? inline.children : [inline],
  );
}

/**
 * Guide content with every link replaced by its text. A text-only hint (`role="tooltip"`)
 * can never take focus, so a link in it could never be reached from the keyboard; hints that
 * need links use a beacon, which opens a dialog.
 *
 * @example
 * stripLinks([{ type: 'paragraph', children: [{ type: 'link', href: '/d', children: ['Docs'] }] }]);
 * // [{ type: 'paragraph', children: ['Docs'] }]
 */
export function stripLinks(content: GuideContent | undefined): GuideContent | undefined {
  if (content === undefined || typeof content === 'string') return content;
  return content.map((block) =>
    block.type === 'list'
      ? { ...block, items: block.items.map(unlink) }
      : { ...block, children: unlink(block.children) },
  );
}
