/**
 * Structured rich text for guide content that may come from a server. It is rendered as
 * React nodes, never as HTML, so it cannot carry script.
 */

/** Inline text, optionally emphasised. */
export interface RichTextSpan {
  readonly text: string;
  readonly strong?: boolean;
  readonly em?: boolean;
}

/** A link; `href` must be http(s), relative or mailto. */
export interface RichTextLink {
  readonly type: 'link';
  readonly href: string;
  readonly children: readonly (string | RichTextSpan)[];
}

/** Anything that can stand inside a paragraph or a list item. */
export type RichTextInline = string | RichTextSpan | RichTextLink;

/** A paragraph of inline content. */
export interface RichTextParagraph {
  readonly type: 'paragraph';
  readonly children: readonly RichTextInline[];
}

/** A bulleted or numbered list; each item is a run of inline content. */
export interface RichTextList {
  readonly type: 'list';
  readonly ordered?: boolean;
  readonly items: readonly (readonly RichTextInline[])[];
}

/** A block of rich text. */
export type RichTextBlock = RichTextParagraph | RichTextList;

/** Guide text: a plain string (rendered as text, never parsed) or rich-text blocks. */
export type GuideContent = string | readonly RichTextBlock[];
