import type { GuideContent, RichTextBlock, RichTextInline } from '@guidepost/core';

function inlineText(inline: RichTextInline): string {
  if (typeof inline === 'string') return inline;
  if ('type' in inline) return inline.children.map(inlineText).join('');
  return inline.text;
}

function blockText(block: RichTextBlock): string {
  if (block.type === 'list')
    return block.items.map((item) => item.map(inlineText).join('')).join(' ');
  return block.children.map(inlineText).join('');
}

/**
 * The plain text of guide content, blocks joined by a space: what a screen-reader
 * announcement or an accessible name says.
 *
 * @example
 * contentToText([{ type: 'paragraph', children: ['Create ', { text: 'one', strong: true }] }]);
 * // 'Create one'
 */
export function contentToText(content: GuideContent | undefined): string {
  if (content === undefined) return '';
  if (typeof content === 'string') return content;
  return content
    .map(blockText)
    .filter((text) => text !== '')
    .join(' ');
}
