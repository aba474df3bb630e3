import type { GuideIdOfKind, GuidepostDefinition, GuideScrollMargin } from '@guidepost/core';
import type { Labels } from '../i18n/labels';
import type { RegisteredDefinition } from '../register/register';
import { TourArrow } from './tour-arrow';
import { TourBack } from './tour-back';
import { partClassName, type TourClassNames } from './tour-class-names';
import { TourContent } from './tour-content';
import { useTourContext } from './tour-context';
import { TourNext } from './tour-next';
import { TourOverlay } from './tour-overlay';
import { TourPortal } from './tour-portal';
import { TourProgress } from './tour-progress';
import { TourRoot } from './tour-root';
import { tourParts } from './tour-parts';
import { rootSettingsProps } from '../parts/root-settings-props';
import type { OneLineProps } from '../parts/surface-root-props';

const { Title: TourTitle, Body: TourDescription, Media: TourMedia, Close: TourClose } = tourParts;

/**
 * Props of {@link Tour}. With the definition registered (see `Register`), or its type passed
 * (`<Tour<typeof definition> id>`), a misspelt tour id does not compile.
 */
export interface TourProps<
  D extends GuidepostDefinition = RegisteredDefinition,
> extends OneLineProps<TourClassNames, Labels> {
  /** The tour's guide id. */
  readonly id: GuideIdOfKind<D, 'tour'>;
  /**
   * Space kept free around each target scrolled into view, in px: one number or per side. A
   * step's own wins side by side; the provider's, then the page's fixed headers and footers,
   * fill the rest.
   */
  readonly scrollMargin?: GuideScrollMargin;
}

function TourFooter() {
  const context = useTourContext('TourFooter');
  return (
    <div className={partClassName('footer', context)}>
      <TourProgress />
      <TourBack />
      <TourNext />
    </div>
  );
}

/**
 * The whole tour in one line, with the default look: the parts composed as
 * `Root > Portal > (Overlay, Content > (Title, Media, Description, Progress, Back, Next,
 * Close, Arrow))`. Compose the parts yourself (`Tour.Root`, `Tour.Content`…) for another
 * layout.
 *
 * @example
 * <Tour id="welcome" />
 * <Tour id="welcome" locale="ja" classNames={{ next: 'btn btn-primary' }} />
 */
function TourDefault<D extends GuidepostDefinition = RegisteredDefinition>({
  id,
  className,
  scrollMargin,
  ...settings
}: TourProps<D>) {
  return (
    <TourRoot<D>
      id={id}
      {...rootSettingsProps(settings)}
      {...(scrollMargin === undefined ? {} : { scrollMargin })}
    >
      <TourPortal>
        <TourOverlay />
        <TourContent {...(className === undefined ? {} : { className })}>
          <TourTitle />
          <TourMedia />
          <TourDescription />
          <TourFooter />
          <TourClose />
          <TourArrow />
        </TourContent>
      </TourPortal>
    </TourRoot>
  );
}

/**
 * A product tour: `<Tour id="welcome" />` renders the default look, and `Tour.Root`,
 * `Tour.Portal`, `Tour.Overlay`, `Tour.Content`, `Tour.Title`, `Tour.Description`,
 * `Tour.Media`, `Tour.Progress`, `Tour.Back`, `Tour.Next`, `Tour.Close` and `Tour.Arrow` are
 * its parts.
 *
 * @example
 * <Tour.Root id="welcome">
 *   <Tour.Portal>
 *     <Tour.Overlay />
 *     <Tour.Content placement="right">
 *       <Tour.Title /><Tour.Description /><Tour.Progress />
 *       <Tour.Back /><Tour.Next /><Tour.Close /><Tour.Arrow />
 *     </Tour.Content>
 *   </Tour.Portal>
 * </Tour.Root>
 */
export const Tour = Object.assign(TourDefault, {
  Root: TourRoot,
  Portal: TourPortal,
  Overlay: TourOverlay,
  Content: TourContent,
  Title: TourTitle,
  Description: TourDescription,
  Media: TourMedia,
  Progress: TourProgress,
  Back: TourBack,
  Next: TourNext,
  Close: TourClose,
  Arrow: TourArrow,
});
