import { useMemo, type HTMLAttributes, type Ref } from 'react';
import { RichContent } from '../content/rich-content';
import { useReportPresence } from '../parts/use-report-presence';
import { stripLinks } from './strip-links';
import { partClassName } from './tooltip-class-names';
import { useTooltipContext } from './tooltip-context';
import { withRef } from '../parts/with-ref';

/** Props of {@link TooltipBody}. */
export interface TooltipBodyProps extends HTMLAttributes<HTMLDivElement> {
  readonly ref?: Ref<HTMLDivElement>;
  /** Where links in a hint dialog open; `_blank` adds `rel="noopener noreferrer"`. @default '_self' */
  readonly linkTarget?: '_self' | '_blank';
}

/**
 * The hint's text: the guide's `body` (plain text, or rich text) unless given children. In a
 * hint dialog it describes the dialog and its safe links work; a text hint cannot take focus,
 * so there links show as their text.
 *
 * @example
 * <TooltipBody linkTarget="_blank" />
 */
export const TooltipBody = withRef(function TooltipBody({
  className,
  children,
  linkTarget = '_self',
  ...props
}: TooltipBodyProps) {
  const context = useTooltipContext('TooltipBody');
  const { guide, mode, bodyId, setHasBody, reportUnsafeLink } = context;
  const present = children !== undefined || guide?.body !== undefined;
  useReportPresence(present, setHasBody);
  const content = useMemo(
    () => (mode === 'text' ? stripLinks(guide?.body) : guide?.body),
    [mode, guide],
  );
  if (!present) return null;
  return (
    <div {...props} id={bodyId} className={partClassName('body', context, className)}>
      {children ?? (
        <RichContent content={content} linkTarget={linkTarget} onUnsafeLink={reportUnsafeLink} />
      )}
    </div>
  );
});
