import { useLayoutEffect, type HTMLAttributes, type Ref } from 'react';
import { RichContent } from '../content/rich-content';
import { partClassName } from './tour-class-names';
import { useTourContext } from './tour-context';

/** Props of {@link TourTitle}. */
export interface TourTitleProps extends HTMLAttributes<HTMLHeadingElement> {
  readonly ref?: Ref<HTMLHeadingElement>;
}

/**
 * The step's title as an `<h2>` that names the step dialog (`aria-labelledby`). Shows the
 * step's `title` unless given children; renders nothing when there is neither.
 *
 * @example
 * <TourTitle />
 */
export function TourTitle({ className, children, ...props }: TourTitleProps) {
  const context = useTourContext('TourTitle');
  const { step, titleId, setHasTitle, reportUnsafeLink } = context;
  const present = children !== undefined || step?.title !== undefined;
  useLayoutEffect(() => {
    if (!present) return;
    setHasTitle(true);
    return () => setHasTitle(false);
  }, [present, setHasTitle]);
  if (!present) return null;
  return (
    <h2 {...props} id={titleId} className={partClassName('title', context, className)}>
      {children ?? <RichContent content={step?.title} inline onUnsafeLink={reportUnsafeLink} />}
    </h2>
  );
}
