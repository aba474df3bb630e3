import { useCallback, type ReactNode } from 'react';
import type { CloseProps, TitleProps } from '../parts/surface-parts';
import { createSurfaceParts } from '../parts/surface-parts';
import { useRootSurfaceValue } from '../parts/use-surface-value';
import { partClassName } from './guide-center-class-names';
import { useGuideCenterContext } from './guide-center-context';

/** Props of `GuideCenter.Title`. */
export type GuideCenterTitleProps = TitleProps;

/** Props of `GuideCenter.Close`. */
export type GuideCenterCloseProps = CloseProps;

/**
 * The shared parts as the guide center names them: `GuideCenter.Title`, the panel's heading
 * (`<h2>`, its children or else the "Help" label), which names the panel; and
 * `GuideCenter.Close`, which collapses the panel (focus returns to the launcher).
 */
export const guideCenterParts = createSurfaceParts({
  root: 'GuideCenterRoot',
  title: 'GuideCenterTitle',
  body: 'GuideCenterDescription',
  media: 'GuideCenterMedia',
  close: 'GuideCenterClose',
});

/** Gives the shared parts the "Help" label as the title, and × as collapsing the panel. */
export function GuideCenterPartsProvider({ children }: { readonly children?: ReactNode }) {
  const context = useGuideCenterContext('GuideCenterRoot');
  const { setOpen } = context;
  const collapse = useCallback(() => setOpen(false), [setOpen]);
  const surface = useRootSurfaceValue(context, partClassName, {
    title: context.labels.guideCenter,
    close: collapse,
  });
  return <guideCenterParts.Provider value={surface}>{children}</guideCenterParts.Provider>;
}
