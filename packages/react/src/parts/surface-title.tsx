import type { GuideContent } from '@guidepost/core';
import type { HTMLAttributes, Ref } from 'react';
import { RichContent } from '../content/rich-content';
import { useReportPresence } from './use-report-presence';
import { withRef } from './with-ref';

/** What {@link SurfaceTitle} reads from its component's root. */
export interface TitledSurface {
  /** The heading's id, which the surface's `aria-labelledby` points at. */
  readonly titleId: string;
  /** Tells the root whether the heading is rendered. */
  readonly setHasTitle: (present: boolean) => void;
  /** Called once for each link in the title that is not safe to render. */
  readonly reportUnsafeLink: (href: string) => void;
}

/** Props of {@link SurfaceTitle}. */
export interface SurfaceTitleProps extends HTMLAttributes<HTMLHeadingElement> {
  /** The root the heading names the surface of. */
  readonly surface: TitledSurface;
  /** The guide's title, shown unless the heading is given children. */
  readonly guideTitle: GuideContent | undefined;
  readonly ref?: Ref<HTMLHeadingElement>;
}

/**
 * A surface's title as an `<h2>` that names it: its children, or else the guide's `title`
 * (text, never HTML) on one line; nothing when there is neither.
 *
 * @example
 * <SurfaceTitle surface={context} guideTitle={context.step?.title} className="gp-title" />
 */
export const SurfaceTitle = withRef(function SurfaceTitle({
  surface,
  guideTitle,
  children,
  ...props
}: SurfaceTitleProps) {
  const present = children !== undefined || guideTitle !== undefined;
  useReportPresence(present, surface.setHasTitle);
  if (!present) return null;
  return (
    <h2 {...props} id={surface.titleId}>
      {children ?? (
        <RichContent content={guideTitle} inline onUnsafeLink={surface.reportUnsafeLink} />
      )}
    </h2>
  );
});
