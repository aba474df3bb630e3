/**
 * A small element tree for the HTML report. The command line serializes it with `toHtml`
 * (escaping every text and attribute); a React app can map it to elements, so the same figures
 * render without ever injecting HTML.
 */
export interface MarkupElement {
  readonly tag: string;
  readonly attributes: Readonly<Record<string, string | number>>;
  readonly children: readonly MarkupNode[];
}

/** An element, or text. */
export type MarkupNode = MarkupElement | string;

type Child = MarkupNode | readonly MarkupNode[] | false | null | undefined;

/**
 * Builds an element. Attribute names are the HTML and SVG ones (`class`, `text-anchor`,
 * `viewBox`); `false`, `null` and `undefined` children are left out, arrays are flattened.
 *
 * @example
 * h('p', { class: 'note' }, 'Hello, ', h('strong', {}, 'world'));
 */
export function h(
  tag: string,
  attributes: Readonly<Record<string, string | number>> = {},
  ...children: Child[]
): MarkupElement {
  const flat: MarkupNode[] = [];
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    if (Array.isArray(child)) flat.push(...(child as readonly MarkupNode[]));
    else flat.push(child as MarkupNode);
  }
  return { tag, attributes, children: flat };
}

const VOID = new Set(['meta', 'link', 'br', 'hr', 'img', 'input']);
const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escape = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);

/**
 * Serializes a tree as HTML, escaping text and attribute values, so an event name or a plan
 * from the export can never become markup. Text inside `style` is the report's own stylesheet
 * and is written as is.
 *
 * @example
 * toHtml(h('p', {}, 'a < b')); // '<p>a &lt; b</p>'
 */
export function toHtml(node: MarkupNode): string {
  if (typeof node === 'string') return escape(node);
  const attributes = Object.entries(node.attributes)
    .map(([name, value]) => ` ${name}="${escape(String(value))}"`)
    .join('');
  if (VOID.has(node.tag)) return `<${node.tag}${attributes}>`;
  const inner =
    node.tag === 'style'
      ? node.children.filter((child) => typeof child === 'string').join('')
      : node.children.map(toHtml).join('');
  return `<${node.tag}${attributes}>${inner}</${node.tag}>`;
}
