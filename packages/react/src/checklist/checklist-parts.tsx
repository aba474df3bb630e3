import { useMemo, type ReactNode } from 'react';
import { createSurfaceParts } from '../parts/surface-parts';
import type { SurfaceValue } from '../parts/surface-context';
import { partClassName } from './checklist-class-names';
import { useChecklistContext } from './checklist-context';

/**
 * The shared parts as the checklist names them: `Checklist.Title`, `Checklist.Description`,
 * `Checklist.Close`.
 */
export const checklistParts = createSurfaceParts({
  root: 'ChecklistRoot',
  title: 'ChecklistTitle',
  body: 'ChecklistDescription',
  media: 'ChecklistMedia',
  close: 'ChecklistClose',
});

/**
 * Gives the shared parts the checklist's title and description. × collapses the floating
 * panel (the checklist itself stays; once complete, it ends the celebration); an inline
 * checklist has no ×.
 */
export function ChecklistPartsProvider({ children }: { readonly children?: ReactNode }) {
  const context = useChecklistContext('ChecklistRoot');
  const { checklist, inline, celebrating, finish, setOpen, labels, unstyled, classNames } = context;
  const { titleId, descriptionId, setHasTitle, setHasDescription, reportUnsafeLink } = context;
  const definition = checklist.checklist;
  const surface = useMemo<SurfaceValue>(
    () => ({
      title: definition?.title,
      body: definition?.description,
      media: undefined,
      titleAs: 'h2',
      playsInline: true,
      titleId,
      bodyId: descriptionId,
      setHasTitle,
      setHasBody: setHasDescription,
      reportUnsafeLink,
      // A checklist has no media part.
      partClassName: (part, className) =>
        part === 'media'
          ? className
          : partClassName(
              part === 'body' ? 'description' : part,
              { unstyled, classNames },
              className,
            ),
      closeLabel: labels.close,
      close: inline ? undefined : () => (celebrating ? finish() : setOpen(false)),
    }),
    [
      definition,
      inline,
      celebrating,
      finish,
      setOpen,
      labels,
      unstyled,
      classNames,
      titleId,
      descriptionId,
      setHasTitle,
      setHasDescription,
      reportUnsafeLink,
    ],
  );
  return <checklistParts.Provider value={surface}>{children}</checklistParts.Provider>;
}
