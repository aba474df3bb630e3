import type { SurfaceButtonProps } from '../primitives/surface-button';

/** Props every button part of the checklist takes. */
export type ChecklistButtonProps = SurfaceButtonProps;
