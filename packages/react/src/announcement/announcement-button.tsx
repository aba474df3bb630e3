import type { SurfaceButtonProps } from '../primitives/surface-button';

/** Props every button part of the announcement takes. */
export type AnnouncementButtonProps = SurfaceButtonProps;
