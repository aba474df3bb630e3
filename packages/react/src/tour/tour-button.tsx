import type { SurfaceButtonProps } from '../primitives/surface-button';

/** Props every button part of the tour takes. */
export type TourButtonProps = SurfaceButtonProps;
