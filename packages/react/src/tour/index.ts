export { Tour } from './tour';
export { useTourContext } from './tour-context';

export type { TourProps } from './tour';
export type { TourArrowProps } from './tour-arrow';
export type { TourBackProps } from './tour-back';
export type { TourButtonProps } from './tour-button';
export type { TourClassNames } from './tour-class-names';
export type { TourContentProps } from './tour-content';
export type { OverlayMode, TargetState, TourContextValue } from './tour-context';
export type { TourNextProps } from './tour-next';
export type { TourOverlayProps } from './tour-overlay';
export type { TourPortalProps } from './tour-portal';
export type { TourProgressProps } from './tour-progress';
export type { TourRootProps } from './tour-root';
