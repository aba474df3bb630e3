import { useMemo } from 'react';
import { createSurfaceParts } from '../parts/surface-parts';
import {
  useSurfaceValue,
  type PartsProviderProps,
  type SurfaceKindFields,
} from '../parts/use-surface-value';
import { partClassName } from './announcement-class-names';
import { AnnouncementContext, type AnnouncementContextValue } from './announcement-context';

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
 * Gives the parts the root's context, and the shared parts the page shown. × closes every page for
 * now, as Escape does: each show counted, and each may show again as its `frequency` allows.
 */
export function AnnouncementPartsProvider({
  value: context,
  children,
}: PartsProviderProps<AnnouncementContextValue>) {
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
  return (
    <AnnouncementContext.Provider value={context}>
      <announcementParts.Provider value={surface}>{children}</announcementParts.Provider>
    </AnnouncementContext.Provider>
  );
}
