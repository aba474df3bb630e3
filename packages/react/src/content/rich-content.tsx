import type { GuideContent, RichTextBlock } from '@guidepost/core';
import { Fragment, useEffect, useRef, type ReactNode } from 'react';
import { renderInline, type InlineOptions, type LinkTarget } from './render-inline';
import { unsafeHrefs } from './unsafe-hrefs';

/** Props of {@link RichContent}. */
export interface RichContentProps {
  /** A plain string (shown as text, never parsed) or rich-text blocks. */
  readonly content: GuideContent | undefined;
  /**
   * Render paragraphs and list items as one run of inline content, for places that only take
   * phrasing content (a heading, a button). @default false
   */
  readonly inline?: boolean;
  /** Where links open; `_blank` links get `rel="noopener noreferrer"`. @default '_self' */
  readonly linkTarget?: LinkTarget;
  /** Class name of rendered links. */
  readonly linkClassName?: string;
  /**
   * Called once per refused link target (`isSafeHref` is false), after render; the link shows
   * as plain text. Guides report it as `unsafe_link`.
   */
  readonly onUnsafeLink?: (href: string) => void;
}

function renderBlock(block: RichTextBlock, key: number, options: InlineOptions): ReactNode {
  if (block.type === 'list') {
    const items = block.items.map((item, index) => (
      <li key={index}>{renderInline(item, options)}</li>
    ));
    return block.ordered === true ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>;
  }
  return <p key={key}>{renderInline(block.children, options)}</p>;
}

function renderInlineBlocks(blocks: readonly RichTextBlock[], options: InlineOptions): ReactNode {
  const runs = blocks.flatMap((block) => (block.type === 'list' ? block.items : [block.children]));
  return runs.map((run, index) => (
    <Fragment key={index}>
      {index > 0 ? ' ' : null}
      {renderInline(run, options)}
    </Fragment>
  ));
}

/**
 * Renders guide content as React nodes: a string as text, rich-text blocks as paragraphs and
 * lists with emphasis and links. Nothing is ever set as HTML, so content from a server cannot
 * carry script; a link whose `href` is not safe (`javascript:`, `data:`…) is shown as plain
 * text and passed to `onUnsafeLink`.
 *
 * @example
 * <RichContent
 *   content={[{ type: 'paragraph', children: ['See ', { type: 'link', href: '/docs', children: ['the docs'] }] }]}
 *   onUnsafeLink={(href) => report(href)}
 * />
 */
export function RichContent({
  content,
  inline = false,
  linkTarget = '_self',
  linkClassName,
  onUnsafeLink,
}: RichContentProps) {
  const reported = useRef(new Set<string>());
  useEffect(() => {
    if (onUnsafeLink === undefined) return;
    for (const href of unsafeHrefs(content)) {
      // A StrictMode remount or a re-render with the same content must not report it again.
      if (reported.current.has(href)) continue;
      reported.current.add(href);
      onUnsafeLink(href);
    }
  }, [content, onUnsafeLink]);

  if (content === undefined) return null;
  if (typeof content === 'string') return content;
  const options: InlineOptions = { linkTarget, linkClassName };
  return inline
    ? renderInlineBlocks(content, options)
    : content.map((b, i) => renderBlock(b, i, options));
}
