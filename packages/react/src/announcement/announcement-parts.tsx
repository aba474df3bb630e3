import { useMemo, type ReactNode } from 'react';
import { createSurfaceParts } from '../parts/surface-parts';
import { useSurfaceValue, type SurfaceKindFields } from '../parts/use-surface-value';
import { partClassName } from './announcement-class-names';
import { useAnnouncementContext } from './announcement-context';

/**
 * The shared parts as the modal names them: `AnnouncementModal.Title`, `.Body`, `.Media`,
 * `.Close`.
 */
export const announcementParts = createSurfaceParts({
  root: 'AnnouncementRoot',
  title: 'AnnouncementTitle',
  body: 'AnnouncementBody',
  media: 'AnnouncementMedia',
  close: 'AnnouncementClose',
});

/**
 * Gives the shared parts the page shown. × closes every page for now, as Escape does: each
 * show counted, and each may show again as its `frequency` allows.
 */
export function AnnouncementPartsProvider({ children }: { readonly children?: ReactNode }) {
  const context = useAnnouncementContext('AnnouncementRoot');
  const { announcement, open, close, labels, unstyled, classNames } = context;
  const kind = useMemo<SurfaceKindFields>(
    () => ({
      title: announcement?.title,
      body: announcement?.body,
      media: announcement?.media,
      titleAs: 'h2',
      playsInline: true,
      partClassName: (part, className) => partClassName(part, { unstyled, classNames }, className),
      closeLabel: labels.close,
      close: () => {
        if (open) close('close');
      },
    }),
    [announcement, open, close, labels, unstyled, classNames],
  );
  const surface = useSurfaceValue(context, kind);
  return <announcementParts.Provider value={surface}>{children}</announcementParts.Provider>;
}
