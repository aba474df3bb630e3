import type { GuideIdOfKind, GuidepostDefinition } from '@guidepost/core';
import type { RegisteredDefinition } from '../register/register';
import type { AnnouncementClassNames } from './announcement-class-names';
import { AnnouncementContent } from './announcement-content';
import { AnnouncementCta, AnnouncementSecondaryCta } from './announcement-cta';
import { AnnouncementDontShowAgain } from './announcement-dont-show-again';
import type { AnnouncementLabels } from './announcement-labels';
import { AnnouncementOverlay } from './announcement-overlay';
import { AnnouncementPager } from './announcement-pager';
import { AnnouncementPortal } from './announcement-portal';
import { AnnouncementRoot } from './announcement-root';
import { announcementParts } from './announcement-parts';
import { Actions } from '../parts/actions';
import { rootSettingsProps } from '../parts/root-settings-props';
import type { OneLineProps } from '../parts/surface-root-props';

const {
  Title: AnnouncementTitle,
  Body: AnnouncementBody,
  Media: AnnouncementMedia,
  Close: AnnouncementClose,
} = announcementParts;

/**
 * Props of {@link AnnouncementModal}. With the definition registered (see `Register`), or its
 * type passed (`<AnnouncementModal<typeof definition> id>`), a misspelt announcement id does
 * not compile.
 */
export interface AnnouncementModalProps<
  D extends GuidepostDefinition = RegisteredDefinition,
> extends OneLineProps<AnnouncementClassNames, AnnouncementLabels> {
  /** One announcement to show. Without `id` and `ids`, every announcement of the definition. */
  readonly id?: GuideIdOfKind<D, 'announcement'>;
  /** The announcements this modal may page through (newest first) when several wait. */
  readonly ids?: readonly GuideIdOfKind<D, 'announcement'>[];
  /** Show "Don't show again" next to the calls to action. @default false */
  readonly dontShowAgain?: boolean;
  /** Called when the modal opens and when it closes. */
  readonly onOpenChange?: (open: boolean) => void;
}

/**
 * The announcement modal in one line, with the default look: the parts composed as
 * `Root > Portal > (Overlay, Content > (Close, Media, Title, Body, DontShowAgain,
 * SecondaryCta, Cta, Pager))`. One `id` shows that announcement; `ids`, or neither, pages
 * through every waiting announcement, newest first. Compose the parts yourself
 * (`Announcement.Root`, `Announcement.Content`…) for another layout.
 *
 * @example
 * <AnnouncementModal id="release-2026-12" />
 * <AnnouncementModal locale="ja" dontShowAgain />
 */
function AnnouncementModalDefault<D extends GuidepostDefinition = RegisteredDefinition>({
  id,
  ids,
  className,
  dontShowAgain = false,
  onOpenChange,
  ...settings
}: AnnouncementModalProps<D>) {
  return (
    <AnnouncementRoot<D>
      {...(id === undefined ? {} : { id })}
      {...(ids === undefined ? {} : { ids })}
      {...rootSettingsProps(settings)}
      {...(onOpenChange === undefined ? {} : { onOpenChange })}
    >
      <AnnouncementPortal>
        <AnnouncementOverlay />
        <AnnouncementContent {...(className === undefined ? {} : { className })}>
          <AnnouncementClose />
          <AnnouncementMedia />
          <AnnouncementTitle />
          <AnnouncementBody />
          <Actions unstyled={settings.unstyled}>
            {dontShowAgain ? <AnnouncementDontShowAgain /> : null}
            <AnnouncementSecondaryCta />
            <AnnouncementCta />
          </Actions>
          <AnnouncementPager />
        </AnnouncementContent>
      </AnnouncementPortal>
    </AnnouncementRoot>
  );
}

/**
 * A release note or invitation pop-up: `<AnnouncementModal id="release-2026-12" />` renders the
 * default look, and `Announcement.Root`, `Announcement.Portal`, `Announcement.Overlay`,
 * `Announcement.Content`, `Announcement.Title`, `Announcement.Body`, `Announcement.Media`,
 * `Announcement.Cta`, `Announcement.SecondaryCta`, `Announcement.DontShowAgain`,
 * `Announcement.Close` and `Announcement.Pager` are its parts. `useAnnouncement(id)` and `useAnnouncements(ids)` give the same data to
 * a look of your own.
 *
 * @example
 * <Announcement.Root id="webinar-invite">
 *   <Announcement.Portal>
 *     <Announcement.Overlay />
 *     <Announcement.Content>
 *       <Announcement.Title /><Announcement.Body /><Announcement.Cta /><Announcement.Close />
 *     </Announcement.Content>
 *   </Announcement.Portal>
 * </Announcement.Root>
 */
export const Announcement = Object.assign(AnnouncementModalDefault, {
  Root: AnnouncementRoot,
  Portal: AnnouncementPortal,
  Overlay: AnnouncementOverlay,
  Content: AnnouncementContent,
  Title: AnnouncementTitle,
  Body: AnnouncementBody,
  Media: AnnouncementMedia,
  Cta: AnnouncementCta,
  SecondaryCta: AnnouncementSecondaryCta,
  DontShowAgain: AnnouncementDontShowAgain,
  Close: AnnouncementClose,
  Pager: AnnouncementPager,
});

/** The announcement modal with the default look; the same component as {@link Announcement}. */
export const AnnouncementModal = Announcement;
