import { joinClassNames } from './join-class-names';

/** What a part's class attribute reads from its root. */
export interface PartClassNameOptions<Part extends string> {
  readonly unstyled: boolean;
  readonly classNames: Readonly<Partial<Record<Part, string>>>;
}

/** The class attribute of one part of a component, from its root's settings. */
export type PartClassName<Part extends string> = (
  part: Part,
  options: PartClassNameOptions<Part>,
  className?: string,
) => string | undefined;

/**
 * A component's `partClassName`: a part's default class (unless `unstyled`), the root's
 * `classNames[part]`, then the part's own `className`.
 *
 * @example
 * const partClassName = createPartClassName({ title: 'gp-title', close: 'gp-button gp-close' });
 * partClassName('title', { unstyled: false, classNames: {} }, 'mine'); // 'gp-title mine'
 */
export function createPartClassName<Part extends string>(
  defaults: Readonly<Record<Part, string>>,
): PartClassName<Part> {
  return (part, { unstyled, classNames }, className) =>
    joinClassNames(unstyled ? undefined : defaults[part], classNames[part], className);
}
