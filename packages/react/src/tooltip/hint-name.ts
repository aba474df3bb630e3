import type { TooltipGuide } from '@guidepost/core';
import { contentToText } from '../content/content-to-text';
import { formatLabel } from '../i18n/format-label';

/** Longest stretch of a hint's body used to name its beacon when it has no title. */
const MAX_BODY_CHARACTERS = 60;

function shorten(text: string): string {
  return text.length <= MAX_BODY_CHARACTERS ? text : `${text.slice(0, MAX_BODY_CHARACTERS - 1)}…`;
}

/**
 * The accessible name of a hint's beacon: the `openHint` label and the hint's title (or the
 * start of its body), so several beacons on a page are told apart. A label with a `{title}`
 * placeholder places the title itself.
 *
 * @example
 * hintName('Open hint', guide); // 'Open hint: Export your work'
 * hintName('{title}のヒントを開く', guide); // 'エクスポートのヒントを開く'
 */
export function hintName(template: string, guide: TooltipGuide | undefined): string {
  const title = contentToText(guide?.title) || shorten(contentToText(guide?.body));
  if (template.includes('{title}')) return formatLabel(template, { title });
  return title === '' ? template : `${template}: ${title}`;
}
