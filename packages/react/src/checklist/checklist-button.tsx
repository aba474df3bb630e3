import type { SurfaceButtonProps } from '../parts/surface-button';

/** Props every button part of the checklist takes. */
export type ChecklistButtonProps = SurfaceButtonProps;
