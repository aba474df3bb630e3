import { FloatingArrow, type FloatingArrowProps } from '@floating-ui/react';
import { partClassName } from './tooltip-class-names';
import { useTooltipContext } from './tooltip-context';

/** Props of {@link TooltipArrow}. */
export type TooltipArrowProps = Omit<FloatingArrowProps, 'context' | 'ref'>;

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
    <FloatingArrow
      {...props}
      ref={position.arrowRef}
      context={position.context}
      width={width}
      height={height}
      className={partClassName('arrow', context, className)}
    />
  );
}
