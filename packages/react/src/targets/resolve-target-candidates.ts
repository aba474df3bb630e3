import type { GuideTarget } from '@guidepost/core';
import { anchorSelector, isAnchorName } from './anchor-selector';

const ELEMENT_NODE = 1;

function isElement(value: unknown): value is Element {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Partial<Node>).nodeType === ELEMENT_NODE
  );
}

function queryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    // An invalid selector from remote config must not break the host page.
    return [];
  }
}

function defaultRoot(): ParentNode | null {
  return typeof document === 'undefined' ? null : document;
}

/**
 * Every element a target currently matches, in document order. Several elements can match a
 * selector or anchor (a responsive layout may render the same control twice, one hidden), so
 * callers that need a visible one pick it from this list.
 */
export function resolveTargetCandidates(
  target: GuideTarget,
  root: ParentNode | null = defaultRoot(),
): Element[] {
  if (typeof target === 'string') {
    if (root === null) return [];
    return queryAll(root, isAnchorName(target) ? anchorSelector(target) : target);
  }
  if (typeof target === 'function') {
    try {
      const found: unknown = (target as () => unknown)();
      return isElement(found) ? [found] : [];
    } catch {
      return [];
    }
  }
  if (isElement(target)) return [target];
  if (typeof target !== 'object' || target === null) return [];
  if ('anchor' in target && typeof target.anchor === 'string') {
    if (root === null || target.anchor === '') return [];
    return queryAll(root, anchorSelector(target.anchor));
  }
  if ('selector' in target && typeof target.selector === 'string') {
    if (root === null) return [];
    return queryAll(root, target.selector);
  }
  if ('current' in target) {
    return isElement(target.current) ? [target.current] : [];
  }
  return [];
}
