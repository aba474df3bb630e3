import type { MarkupNode } from '@guidepost/report/html';
import { createElement, type ReactNode } from 'react';

/** Attributes React spells differently beyond turning dashes into camel case. */
const RENAMED: Readonly<Record<string, string>> = {
  class: 'className',
  for: 'htmlFor',
  tabindex: 'tabIndex',
  colspan: 'colSpan',
  rowspan: 'rowSpan',
};

/** HTML and SVG attribute names as React spells them; `aria-*` keeps its dashes. */
function propName(name: string): string {
  const renamed = RENAMED[name];
  if (renamed !== undefined) return renamed;
  if (name.startsWith('aria-') || name.startsWith('data-')) return name;
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * Turns the report's element tree into React elements, so the story renders the same figures
 * and charts as the command's HTML file, as React nodes rather than injected HTML.
 */
export function markupToReact(node: MarkupNode): ReactNode {
  if (typeof node === 'string') return node;
  const props: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(node.attributes)) props[propName(name)] = value;
  // Children passed as arguments, not as an array, need no keys.
  return createElement(node.tag, props, ...node.children.map(markupToReact));
}
