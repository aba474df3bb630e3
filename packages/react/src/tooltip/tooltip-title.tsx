import { useMemo, type HTMLAttributes, type Ref } from 'react';
import { RichContent } from '../content/rich-content';
import { useReportPresence } from '../parts/use-report-presence';
import { stripLinks } from './strip-links';
import { partClassName } from './tooltip-class-names';
import { useTooltipContext } from './tooltip-context';
import { withRef } from '../parts/with-ref';

/** Props of {@link TooltipTitle}. */
export interface TooltipTitleProps extends HTMLAttributes<HTMLHeadingElement> {
  readonly ref?: Ref<HTMLHeadingElement>;
}

/**
 * The hint's title: an `<h2>` naming a hint dialog (`aria-labelledby`), or the first line of a
 * text hint. Shows the guide's `title` unless given children; renders nothing when there is
 * neither.
 *
 * @example
 * <TooltipTitle />
 */
export const TooltipTitle = withRef(function TooltipTitle({
  className,
  children,
  ...props
}: TooltipTitleProps) {
  const context = useTooltipContext('TooltipTitle');
  const { guide, mode, titleId, setHasTitle, reportUnsafeLink } = context;
  const present = children !== undefined || guide?.title !== undefined;
  useReportPresence(present, setHasTitle);
  const content = useMemo(
    () => (mode === 'text' ? stripLinks(guide?.title) : guide?.title),
    [mode, guide],
  );
  if (!present) return null;
  const Heading = mode === 'dialog' ? 'h2' : 'div';
  return (
    <Heading {...props} id={titleId} className={partClassName('title', context, className)}>
      {children ?? <RichContent content={content} inline onUnsafeLink={reportUnsafeLink} />}
    </Heading>
  );
});
