import type { Labels } from '../i18n/labels';
import { TooltipArrow } from './tooltip-arrow';
import { TooltipBeacon } from './tooltip-beacon';
import { TooltipBody } from './tooltip-body';
import type { TooltipClassNames } from './tooltip-class-names';
import { TooltipClose } from './tooltip-close';
import { TooltipContent } from './tooltip-content';
import { TooltipPortal } from './tooltip-portal';
import { TooltipRoot } from './tooltip-root';
import { TooltipTitle } from './tooltip-title';

/** Props of {@link Tooltip}. */
export interface TooltipProps {
  /** The hint's guide id. */
  readonly id: string;
  /** Extra class names for the hint. */
  readonly className?: string;
  /** Class names per part, added to the defaults. */
  readonly classNames?: TooltipClassNames;
  /** Leave out the default `gp-*` classes and style every part yourself. @default false */
  readonly unstyled?: boolean;
  /** Overrides for any label. */
  readonly labels?: Partial<Labels>;
  /** The shipped labels to start from. @default 'en' */
  readonly locale?: 'en' | 'ja';
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
function TooltipDefault({ id, className, classNames, unstyled, labels, locale }: TooltipProps) {
  return (
    <TooltipRoot
      id={id}
      {...(classNames === undefined ? {} : { classNames })}
      {...(unstyled === undefined ? {} : { unstyled })}
      {...(labels === undefined ? {} : { labels })}
      {...(locale === undefined ? {} : { locale })}
    >
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
 * `Tooltip.Body`, `Tooltip.Close` and `Tooltip.Arrow` are its parts (also exported as
 * `TooltipRoot`…).
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
