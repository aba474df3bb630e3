import type { HTMLAttributes, Ref } from 'react';
import { RichContent } from '../content/rich-content';
import { useReportPresence } from '../parts/use-report-presence';
import { partClassName } from './tour-class-names';
import { useTourContext } from './tour-context';
import { withRef } from '../parts/with-ref';

/** Props of {@link TourDescription}. */
export interface TourDescriptionProps extends HTMLAttributes<HTMLDivElement> {
  readonly ref?: Ref<HTMLDivElement>;
  /** Where links in the content open; `_blank` adds `rel="noopener noreferrer"`. @default '_self' */
  readonly linkTarget?: '_self' | '_blank';
}

/**
 * The step's body, which describes the step dialog (`aria-describedby`, set only while this
 * renders). Shows the step's `body` (text, or rich text with safe links only) unless given
 * children; renders nothing when there is neither.
 *
 * @example
 * <TourDescription linkTarget="_blank" />
 */
export const TourDescription = withRef(function TourDescription({
  className,
  children,
  linkTarget = '_self',
  ...props
}: TourDescriptionProps) {
  const context = useTourContext('TourDescription');
  const { step, descriptionId, setHasDescription, reportUnsafeLink } = context;
  const present = children !== undefined || step?.body !== undefined;
  useReportPresence(present, setHasDescription);
  if (!present) return null;
  return (
    <div {...props} id={descriptionId} className={partClassName('description', context, className)}>
      {children ?? (
        <RichContent content={step?.body} linkTarget={linkTarget} onUnsafeLink={reportUnsafeLink} />
      )}
    </div>
  );
});
