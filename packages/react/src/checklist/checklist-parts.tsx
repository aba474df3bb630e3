import { useCallback, type ReactNode } from 'react';
import { createSurfaceParts } from '../parts/surface-parts';
import { useRootSurfaceValue } from '../parts/use-surface-value';
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
  const { checklist, inline, celebrating, finish, setOpen } = context;
  const collapse = useCallback(
    () => (celebrating ? finish() : setOpen(false)),
    [celebrating, finish, setOpen],
  );
  const surface = useRootSurfaceValue(context, partClassName, {
    title: checklist.checklist?.title,
    body: checklist.checklist?.description,
    playsInline: true,
    close: inline ? undefined : collapse,
  });
  return <checklistParts.Provider value={surface}>{children}</checklistParts.Provider>;
}
