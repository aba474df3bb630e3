import { ANCHOR_ATTRIBUTE, anchorSelector } from '../../dom/anchor-selector';
import { slugOf } from './slug-of';

/**
 * What a picked element offers a step as its target: the anchor it declares
 * (`data-guidepost="…"`), or, when it declares none, a name to give it. Never a CSS path: one
 * breaks as soon as the markup moves, which is the failure anchors exist to prevent.
 */
export type PickedAnchor =
  | {
      readonly kind: 'declared';
      /** The element's `data-guidepost` value. */
      readonly name: string;
      /** The element for people: `button "Invite teammates"`. */
      readonly label: string;
    }
  | {
      readonly kind: 'missing';
      /** A name made from the element's text or role, not taken by another anchor. */
      readonly suggested: string;
      readonly label: string;
    };

const IMPLICIT_ROLES: Readonly<Record<string, string>> = {
  a: 'link',
  button: 'button',
  input: 'textbox',
  textarea: 'textbox',
  select: 'combobox',
  nav: 'navigation',
  header: 'banner',
  footer: 'contentinfo',
  main: 'main',
  aside: 'complementary',
  form: 'form',
  img: 'img',
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  ul: 'list',
  ol: 'list',
  table: 'table',
};

const INTERACTIVE = [
  `[${ANCHOR_ATTRIBUTE}]`,
  'a[href]',
  'button',
  'input',
  'select',
  'textarea',
  'summary',
  '[role="button"]',
  '[role="link"]',
  '[role="tab"]',
  '[role="menuitem"]',
  '[tabindex]',
].join(',');

const MAX_LENGTH = 40;

/**
 * The element a pointer or focus on `element` means: the nearest anchor or control that holds
 * it (the button, not the icon inside it), else `element` itself.
 */
export function pickableOf(element: Element): Element {
  return element.closest(INTERACTIVE) ?? element;
}

function roleOf(element: Element): string {
  return element.getAttribute('role') ?? IMPLICIT_ROLES[element.localName] ?? element.localName;
}

function labelledByText(element: Element): string {
  const ids = element.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
  return ids
    .map((id) => element.ownerDocument.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();
}

/** The element's name as a person reads it: its label, else its text, else a hint of it. */
function nameOf(element: Element): string {
  const candidates = [
    element.getAttribute('aria-label'),
    labelledByText(element),
    element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement
      ? (element.labels?.[0]?.textContent ?? element.placeholder)
      : null,
    element.textContent,
    element.getAttribute('title'),
    element.getAttribute('alt'),
    element.getAttribute('name'),
  ];
  for (const candidate of candidates) {
    const text = candidate?.replace(/\s+/g, ' ').trim();
    if (text !== undefined && text !== '') return text;
  }
  return '';
}

/** `base`, or `base-2`, `base-3`… when another element already declares it. */
function unusedName(base: string, document: Document): string {
  let name = base;
  for (let n = 2; document.querySelector(anchorSelector(name)) !== null; n++) name = `${base}-${n}`;
  return name;
}

/** The element for people, as the authoring mode names it: its role and its name. */
export function describeElement(element: Element): string {
  const name = nameOf(element);
  const short = name.length > MAX_LENGTH ? `${name.slice(0, MAX_LENGTH - 1)}…` : name;
  return short === '' ? roleOf(element) : `${roleOf(element)} "${short}"`;
}

/**
 * The anchor of a picked element: its own `data-guidepost` name, or a suggested one made from
 * its text or accessible name (`button "New project"` → `new-project`), else from its role
 * (`navigation`), never taken by another anchor on the page.
 *
 * @example
 * anchorOfElement(button); // { kind: 'missing', suggested: 'new-project', label: 'button "New project"' }
 */
export function anchorOfElement(element: Element): PickedAnchor {
  const label = describeElement(element);
  const declared = element.getAttribute(ANCHOR_ATTRIBUTE);
  if (declared !== null && declared.trim() !== '')
    return { kind: 'declared', name: declared, label };
  const base = slugOf(nameOf(element)) || slugOf(roleOf(element)) || 'target';
  return { kind: 'missing', suggested: unusedName(base, element.ownerDocument), label };
}
