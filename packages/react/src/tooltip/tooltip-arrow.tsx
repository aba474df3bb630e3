import { AnchoredArrow, type AnchoredArrowProps } from '../positioning/anchored-arrow';
import { partClassName } from './tooltip-class-names';
import { useTooltipContext } from './tooltip-context';

/** Props of {@link TooltipArrow}: its size, and any SVG attribute; fill and stroke come from CSS. */
export type TooltipArrowProps = Omit<AnchoredArrowProps, 'position' | 'ref'>;

/**
 * The arrow from the hint to its target, placed by floating-ui's `arrow`
 * middleware: an SVG hidden from assistive technology.
 *
 * @example
 * <TooltipArrow width={12} height={6} />
 */
export function TooltipArrow({ className, width = 12, height = 6, ...props }: TooltipArrowProps) {
  const context = useTooltipContext('TooltipArrow');
  const { position } = context;
  return (
    <AnchoredArrow
      {...props}
      ref={position.arrowRef}
      position={position.arrow}
      width={width}
      height={height}
      className={partClassName('arrow', context, className)}
    />
  );
}
