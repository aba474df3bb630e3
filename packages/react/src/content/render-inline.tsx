import { isSafeHref, type RichTextInline, type RichTextSpan } from '@guidepost/core';
import { Fragment, type ReactNode } from 'react';

/** Where links open: the same tab, or a new one (which gets `rel="noopener noreferrer"`). */
export type LinkTarget = '_self' | '_blank';

/** How inline rich text is rendered. */
export interface InlineOptions {
  /** @default '_self' */
  readonly linkTarget?: LinkTarget;
  /** Class name of rendered links. */
  readonly linkClassName?: string | undefined;
}

function renderSpan(span: RichTextSpan, key: number): ReactNode {
  let node: ReactNode = span.text;
  if (span.em === true) node = <em>{node}</em>;
  if (span.strong === true) node = <strong>{node}</strong>;
  return <Fragment key={key}>{node}</Fragment>;
}

function renderText(inline: string | RichTextSpan, key: number): ReactNode {
  return typeof inline === 'string' ? inline : renderSpan(inline, key);
}

/**
 * Renders one run of inline rich text as React nodes. Text is always text: nothing is parsed
 * as HTML. A link whose `href` `isSafeHref` refuses is rendered as its plain text.
 */
export function renderInline(
  run: readonly RichTextInline[],
  options: InlineOptions = {},
): ReactNode[] {
  const { linkTarget = '_self', linkClassName } = options;
  return run.map((inline, index) => {
    if (typeof inline === 'string' || !('type' in inline)) return renderText(inline, index);
    const children = inline.children.map(renderText);
    if (!isSafeHref(inline.href)) return <span key={index}>{children}</span>;
    return (
      <a
        key={index}
        href={inline.href}
        className={linkClassName}
        {...(linkTarget === '_blank' ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
      >
        {children}
      </a>
    );
  });
}
