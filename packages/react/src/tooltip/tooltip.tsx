import type { GuideIdOfKind, GuidepostDefinition } from '@guidepost/core';
import type { Labels } from '../i18n/labels';
import type { RegisteredDefinition } from '../register/register';
import { TooltipArrow } from './tooltip-arrow';
import { TooltipBeacon } from './tooltip-beacon';
import type { TooltipClassNames } from './tooltip-class-names';
import { TooltipContent } from './tooltip-content';
import { TooltipPortal } from './tooltip-portal';
import { TooltipRoot } from './tooltip-root';
import { tooltipParts } from './tooltip-parts';
import { rootSettingsProps } from '../parts/root-settings-props';
import type { OneLineProps } from '../parts/surface-root-props';

const { Title: TooltipTitle, Body: TooltipBody, Close: TooltipClose } = tooltipParts;

/**
 * Props of {@link Tooltip}. With the definition registered (see `Register`), or its type passed
 * (`<Tooltip<typeof definition> id>`), a misspelt tooltip id does not compile.
 */
export interface TooltipProps<
  D extends GuidepostDefinition = RegisteredDefinition,
> extends OneLineProps<TooltipClassNames, Labels> {
  /** The hint's guide id. */
  readonly id: GuideIdOfKind<D, 'tooltip'>;
}

/**
 * A hint in one line, with the default look: the parts composed as
 * `Root > (Beacon, Portal > Content > (Title, Body, Close, Arrow))`. Place it next to its
 * target so a beacon follows the target in the Tab order. Compose the parts yourself
 * (`Tooltip.Root`, `Tooltip.Content`…) for another layout.
 *
 * @example
 * <button data-guidepost="export">Export</button>
 * <Tooltip id="export-hint" />
 * <Tooltip id="export-hint" locale="ja" classNames={{ beacon: 'my-beacon' }} />
 */
function TooltipDefault<D extends GuidepostDefinition = RegisteredDefinition>({
  id,
  className,
  ...settings
}: TooltipProps<D>) {
  return (
    <TooltipRoot<D> id={id} {...rootSettingsProps(settings)}>
      <TooltipBeacon />
      <TooltipPortal>
        <TooltipContent {...(className === undefined ? {} : { className })}>
          <TooltipTitle />
          <TooltipBody />
          <TooltipClose />
          <TooltipArrow />
        </TooltipContent>
      </TooltipPortal>
    </TooltipRoot>
  );
}

/**
 * A hint or hotspot: `<Tooltip id="export-hint" />` renders the default look, and
 * `Tooltip.Root`, `Tooltip.Beacon`, `Tooltip.Portal`, `Tooltip.Content`, `Tooltip.Title`,
 * `Tooltip.Body`, `Tooltip.Close` and `Tooltip.Arrow` are its parts.
 *
 * @example
 * <Tooltip.Root id="export-hint">
 *   <Tooltip.Beacon />
 *   <Tooltip.Portal>
 *     <Tooltip.Content placement="right">
 *       <Tooltip.Title /><Tooltip.Body /><Tooltip.Close /><Tooltip.Arrow />
 *     </Tooltip.Content>
 *   </Tooltip.Portal>
 * </Tooltip.Root>
 */
export const Tooltip = Object.assign(TooltipDefault, {
  Root: TooltipRoot,
  Beacon: TooltipBeacon,
  Portal: TooltipPortal,
  Content: TooltipContent,
  Title: TooltipTitle,
  Body: TooltipBody,
  Close: TooltipClose,
  Arrow: TooltipArrow,
});
