import { useMemo } from 'react';
import { createSurfaceParts } from '../parts/surface-parts';
import {
  useSurfaceValue,
  type PartsProviderProps,
  type SurfaceKindFields,
} from '../parts/use-surface-value';
import { stripLinks } from './strip-links';
import { partClassName } from './tooltip-class-names';
import { TooltipContext, type TooltipContextValue } from './tooltip-context';

/** The shared parts as the hint names them: `Tooltip.Title`, `Tooltip.Body`, `Tooltip.Close`. */
export const tooltipParts = createSurfaceParts({
  root: 'TooltipRoot',
  title: 'TooltipTitle',
  body: 'TooltipBody',
  media: 'TooltipMedia',
  close: 'TooltipClose',
});

/**
 * Gives the parts the root's context, and the shared parts the hint's content. A text hint
 * (`role="tooltip"`) never takes focus: its links show as their text, its title is no heading, and
 * it has no ×. In a hint dialog, × closes it as dismissing a hint shown once.
 */
export function TooltipPartsProvider({
  value: context,
  children,
}: PartsProviderProps<TooltipContextValue>) {
  const { guide, mode, labels, unstyled, classNames, setOpen } = context;
  const kind = useMemo<SurfaceKindFields>(() => {
    const dialog = mode === 'dialog';
    return {
      title: dialog ? guide?.title : stripLinks(guide?.title),
      body: dialog ? guide?.body : stripLinks(guide?.body),
      media: undefined,
      titleAs: dialog ? 'h2' : 'div',
      playsInline: true,
      // A hint has no media part.
      partClassName: (part, className) =>
        part === 'media'
          ? className
          : partClassName(part, { unstyled, classNames, mode }, className),
      closeLabel: labels.close,
      close: dialog ? () => setOpen(false, 'close') : undefined,
    };
  }, [guide, mode, labels, unstyled, classNames, setOpen]);
  const surface = useSurfaceValue(context, kind);
  return (
    <TooltipContext.Provider value={context}>
      <tooltipParts.Provider value={surface}>{children}</tooltipParts.Provider>
    </TooltipContext.Provider>
  );
}
