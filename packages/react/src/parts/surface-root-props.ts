import type { ReactNode } from 'react';

/** The props every component root takes for its labels and its look. */
export interface SurfaceRootProps<ClassNames extends object> {
  /** The shipped labels to start from. @default 'en' */
  readonly locale?: 'en' | 'ja';
  /** Leave out the default `gp-*` classes of every part. @default false */
  readonly unstyled?: boolean;
  /** Class names per part, added to the defaults. */
  readonly classNames?: ClassNames;
  readonly children?: ReactNode;
}

/** The props every one-line component (`<Tour id />`, `<Tooltip id />`…) takes for its look. */
export interface OneLineProps<ClassNames extends object, L extends object> extends Omit<
  SurfaceRootProps<ClassNames>,
  'children'
> {
  /** Extra class names for the component's surface. */
  readonly className?: string;
  /** Overrides for any label. */
  readonly labels?: Partial<L>;
}
