import { AnchoredArrow, type AnchoredArrowProps } from '../positioning/anchored-arrow';
import { partClassName } from './tour-class-names';
import { useTourContext } from './tour-context';
import { useTourContentContext } from './tour-content-context';

/** Props of {@link TourArrow}: its size, and any SVG attribute; fill and stroke come from CSS. */
export type TourArrowProps = Omit<AnchoredArrowProps, 'position' | 'ref'>;

/**
 * The arrow from the step to its target, placed by floating-ui's `arrow` middleware (an SVG,
 * hidden from assistive technology). Not rendered for centred steps, nor for a step laid out as
 * a sheet on a narrow screen.
 *
 * @example
 * <TourArrow width={16} height={8} />
 */
export function TourArrow({ className, width = 14, height = 7, ...props }: TourArrowProps) {
  const context = useTourContext('TourArrow');
  const { arrowRef, arrow, centered, sheet } = useTourContentContext('TourArrow');
  if (centered || sheet) return null;
  return (
    <AnchoredArrow
      {...props}
      ref={arrowRef}
      position={arrow}
      width={width}
      height={height}
      className={partClassName('arrow', context, className)}
    />
  );
}
