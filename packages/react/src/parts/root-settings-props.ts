import type { SurfaceRootProps } from './surface-root-props';

/** The settings a one-line component passes on to its root, as given. */
interface GivenSettings<ClassNames extends object, L> {
  readonly classNames?: ClassNames | undefined;
  readonly unstyled?: boolean | undefined;
  readonly labels?: L | undefined;
  readonly locale?: SurfaceRootProps<ClassNames>['locale'] | undefined;
}

/** The same, without the ones left out. */
interface RootSettings<ClassNames extends object, L> {
  classNames?: ClassNames;
  unstyled?: boolean;
  labels?: L;
  locale?: NonNullable<SurfaceRootProps<ClassNames>['locale']>;
}

/**
 * The root settings a one-line component (`<Tour id />`) was given, without the ones left out:
 * under `exactOptionalPropertyTypes` a root's optional prop takes no `undefined`.
 *
 * @example
 * <TourRoot id={id} {...rootSettingsProps({ classNames, unstyled, labels, locale })} />
 */
export function rootSettingsProps<ClassNames extends object, L>(
  settings: GivenSettings<ClassNames, L>,
): RootSettings<ClassNames, L> {
  const defined: RootSettings<ClassNames, L> = {};
  if (settings.classNames !== undefined) defined.classNames = settings.classNames;
  if (settings.unstyled !== undefined) defined.unstyled = settings.unstyled;
  if (settings.labels !== undefined) defined.labels = settings.labels;
  if (settings.locale !== undefined) defined.locale = settings.locale;
  return defined;
}
