import type { SurfaceButtonProps } from '../parts/surface-button';

/** Props every button part of the announcement takes. */
export type AnnouncementButtonProps = SurfaceButtonProps;
