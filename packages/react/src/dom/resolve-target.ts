import type { GuideTarget } from '@guidepost/core';
import { resolveTargetCandidates } from './resolve-target-candidates';

/**
 * Finds the element a target points at, or `null`. Never throws: an invalid selector or a
 * resolver function that throws resolves to `null`.
 *
 * A string of letters, digits, `-` and `_` is an anchor name (`[data-guidepost="name"]`);
 * any other string is a CSS selector. Strings, `{ anchor }` and `{ selector }` are looked up
 * under `root`; elements, refs and functions are taken as they are.
 *
 * @param root Where anchor names and selectors are looked up. @default document
 * @example
 * resolveTarget('new-project'); // <button data-guidepost="new-project">
 * resolveTarget('#save > span'); // the first match of the selector
 * resolveTarget(saveButtonRef); // saveButtonRef.current
 */
export function resolveTarget(target: GuideTarget, root?: ParentNode): Element | null {
  return resolveTargetCandidates(target, root)[0] ?? null;
}
