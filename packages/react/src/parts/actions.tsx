import type { HTMLAttributes, Ref } from 'react';
import { joinClassNames } from './join-class-names';
import { withRef } from './with-ref';

/** Props of {@link Actions}. */
export interface ActionsProps extends HTMLAttributes<HTMLDivElement> {
  /** Leave out the default `gp-footer` class. @default false */
  readonly unstyled?: boolean | undefined;
  readonly ref?: Ref<HTMLDivElement>;
}

/**
 * The row that holds a surface's buttons (calls to action, "Don't show again", Send), at the
 * foot of the surface in the default look.
 *
 * @example
 * <Actions unstyled={unstyled}><AnnouncementSecondaryCta /><AnnouncementCta /></Actions>
 */
export const Actions = withRef(function Actions({
  unstyled = false,
  className,
  ...props
}: ActionsProps) {
  return (
    <div {...props} className={joinClassNames(unstyled ? undefined : 'gp-footer', className)} />
  );
});
