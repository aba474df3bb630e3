export { Tooltip } from './tooltip';
export { useTooltipContext } from './tooltip-context';
export { useTooltip } from './use-tooltip';

export type { TooltipProps } from './tooltip';
export type { TooltipArrowProps } from './tooltip-arrow';
export type { TooltipBeaconProps } from './tooltip-beacon';
export type { HintMode, TooltipClassNames } from './tooltip-class-names';
export type { TooltipContentProps } from './tooltip-content';
export type { TooltipContextValue, TooltipOpenChangeReason } from './tooltip-context';
export type { TooltipPortalProps } from './tooltip-portal';
export type { TooltipRootProps } from './tooltip-root';
export type { UseTooltipResult } from './use-tooltip';
