import type { SurfaceButtonProps } from '../parts/surface-button';

/** Props every button part of the tour takes. */
export type TourButtonProps = SurfaceButtonProps;
