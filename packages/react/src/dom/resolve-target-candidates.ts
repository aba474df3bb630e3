import type { GuideTarget } from '@guidepost/core';
import { anchorSelector, isAnchorName } from './anchor-selector';
import { guardedQueryAll, refusedSelectorReason } from './guarded-query';

const ELEMENT_NODE = 1;

function isElement(value: unknown): value is Element {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Partial<Node>).nodeType === ELEMENT_NODE
  );
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
    return guardedQueryAll(root, isAnchorName(target) ? anchorSelector(target) : target);
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
    return guardedQueryAll(root, anchorSelector(target.anchor));
  }
  if ('selector' in target && typeof target.selector === 'string') {
    if (root === null) return [];
    return guardedQueryAll(root, target.selector);
  }
  if ('current' in target) {
    return isElement(target.current) ? [target.current] : [];
  }
  return [];
}

/**
 * Why a target's selector is refused on this page (the browser rejects it, or it was too slow
 * to query), or `undefined`: anchor names, elements, refs and functions are never refused.
 */
export function refusedTargetReason(target: GuideTarget): string | undefined {
  if (typeof target === 'string') {
    return isAnchorName(target) ? undefined : refusedSelectorReason(target);
  }
  if (typeof target === 'object' && target !== null && 'selector' in target) {
    return typeof target.selector === 'string' ? refusedSelectorReason(target.selector) : undefined;
  }
  return undefined;
}

/** A target as a message shows it: its selector, shortened. */
export function describeTarget(target: GuideTarget): string {
  const text =
    typeof target === 'string'
      ? target
      : typeof target === 'object' && target !== null && 'selector' in target
        ? String(target.selector)
        : 'target';
  return `'${text.length > 60 ? `${text.slice(0, 60)}…` : text}'`;
}
