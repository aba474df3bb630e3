import type { CSSProperties, Ref, SVGProps } from 'react';
import type { Side } from './placement-parts';
import type { ArrowPosition } from './use-anchored-position';
import { withRef } from '../parts/with-ref';

/** Props of {@link AnchoredArrow}. Fill and stroke come from CSS (`fill`, `stroke`). */
export interface AnchoredArrowProps extends Omit<
  SVGProps<SVGSVGElement>,
  'ref' | 'width' | 'height' | 'children'
> {
  /** Width of the arrow's base, in px. @default 14 */
  readonly width?: number;
  /** Height from base to tip, in px. @default 7 */
  readonly height?: number;
  /** Where the arrow goes, from `useAnchoredPosition`. */
  readonly position: ArrowPosition;
  readonly ref?: Ref<SVGSVGElement>;
}

/** Turns the arrow, drawn pointing down, to point from each side of the surface at its target. */
const ROTATION: Readonly<Record<Side, string>> = {
  top: '',
  bottom: 'rotate(180deg)',
  left: 'rotate(-90deg)',
  right: 'rotate(90deg)',
};

/**
 * The triangle from an anchored surface to its target: an SVG hidden from assistive
 * technology, laid just outside the surface on the side facing the target (`position.side`),
 * and slid along it to where the `arrow` middleware puts it. Its box is square, so it turns
 * about its centre without moving.
 *
 * @example
 * <AnchoredArrow ref={position.arrowRef} position={position.arrow} width={14} height={7} />
 */
export const AnchoredArrow = withRef(function AnchoredArrow({
  position,
  width = 14,
  height = 7,
  style,
  ref,
  ...props
}: AnchoredArrowProps) {
  const { side, x, y } = position;
  const { transform, ...rest } = style ?? {};
  const placed: CSSProperties = {
    position: 'absolute',
    pointerEvents: 'none',
    left: x ?? '',
    top: y ?? '',
    [side]: '100%',
    transform: [ROTATION[side], transform].filter(Boolean).join(' '),
    ...rest,
  };
  return (
    <svg
      {...props}
      aria-hidden
      ref={ref}
      width={width}
      height={width}
      viewBox={`0 0 ${width} ${Math.max(width, height)}`}
      style={placed}
    >
      <path d={`M0,0 H${width} L${width / 2},${height} Z`} />
    </svg>
  );
});
