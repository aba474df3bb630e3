import type { HTMLAttributes, MouseEvent, Ref } from 'react';
import { createContext, useContext } from 'react';
import { RichContent } from '../content/rich-content';
import { composeEventHandlers } from './compose-event-handlers';
import type { SurfaceButtonProps } from './surface-button';
import { SurfaceCloseButton } from './surface-close-button';
import type { SurfaceValue } from './surface-context';
import { SurfaceMedia } from './surface-media';
import { useReportPresence } from './use-report-presence';
import { withRef } from './with-ref';

/** Props of a kind's `Title` part (`Tour.Title`, `Tooltip.Title`…). */
export interface TitleProps extends HTMLAttributes<HTMLHeadingElement> {
  readonly ref?: Ref<HTMLHeadingElement>;
}

/** Props of a kind's `Body` part (`Tour.Description`, `Tooltip.Body`…). */
export interface BodyProps extends HTMLAttributes<HTMLDivElement> {
  readonly ref?: Ref<HTMLDivElement>;
  /** Where links in the content open; `_blank` adds `rel="noopener noreferrer"`. @default '_self' */
  readonly linkTarget?: '_self' | '_blank';
}

/** Props of a kind's `Media` part (`Tour.Media`, `AnnouncementModal.Media`). */
export interface MediaProps {
  readonly className?: string;
  readonly ref?: Ref<HTMLImageElement & HTMLVideoElement>;
}

/** Props of a kind's `Close` part (`Tour.Close`, `Tooltip.Close`…). */
export type CloseProps = SurfaceButtonProps;

/** The names a kind gives its root and its shared parts, for `displayName` and errors. */
export interface SurfaceNames {
  readonly root: string;
  readonly title: string;
  readonly body: string;
  readonly media: string;
  readonly close: string;
}

/** Reads a kind's surface, throwing (naming `part` and the kind's root) outside its root. */
type UseSurface = (part: string) => SurfaceValue;

/**
 * The context a kind's shared parts read their surface from, of its own so that a part names its
 * kind's root when used outside it, and a tooltip inside a tour step reads its own surface.
 *
 * @example
 * const surveySurface = createSurfaceContext('SurveyRoot');
 * const SurveyTitle = createTitlePart(surveySurface.useSurface, 'SurveyTitle');
 */
export function createSurfaceContext(root: string) {
  const Context = createContext<SurfaceValue | null>(null);
  function useSurface(part: string): SurfaceValue {
    const surface = useContext(Context);
    if (surface === null) throw new Error(`\`${part}\` must be used within \`${root}\``);
    return surface;
  }
  return { Provider: Context.Provider, useSurface };
}

/**
 * The title, which names the surface (`aria-labelledby`): its children, or else the guide's
 * `title` (text, never HTML) on one line; nothing when there is neither.
 */
export function createTitlePart(useSurface: UseSurface, name: string) {
  const Title = withRef(function Title({ className, children, ...props }: TitleProps) {
    const surface = useSurface(name);
    const present = children !== undefined || surface.title !== undefined;
    useReportPresence(present, surface.setHasTitle);
    if (!present) return null;
    const Heading = surface.titleAs;
    return (
      <Heading
        {...props}
        id={surface.titleId}
        className={surface.partClassName('title', className)}
      >
        {children ?? (
          <RichContent content={surface.title} inline onUnsafeLink={surface.reportUnsafeLink} />
        )}
      </Heading>
    );
  });
  Title.displayName = name;
  return Title;
}

/**
 * The body, which describes the surface (`aria-describedby`, set only while this renders):
 * its children, or else the guide's text or rich text (safe links only) as React nodes,
 * never HTML; nothing when there is neither.
 */
export function createBodyPart(useSurface: UseSurface, name: string) {
  const Body = withRef(function Body({
    className,
    children,
    linkTarget = '_self',
    ...props
  }: BodyProps) {
    const surface = useSurface(name);
    const present = children !== undefined || surface.body !== undefined;
    useReportPresence(present, surface.setHasBody);
    if (!present) return null;
    return (
      <div {...props} id={surface.bodyId} className={surface.partClassName('body', className)}>
        {children ?? (
          <RichContent
            content={surface.body}
            linkTarget={linkTarget}
            onUnsafeLink={surface.reportUnsafeLink}
          />
        )}
      </div>
    );
  });
  Body.displayName = name;
  return Body;
}

/**
 * The media: a video (with controls, captions when given, never playing by itself) or else
 * an image with its alt text. Sources `isSafeMediaSrc` refuses are not rendered.
 */
export function createMediaPart(useSurface: UseSurface, name: string) {
  const Media = withRef(function Media({ className, ref }: MediaProps) {
    const surface = useSurface(name);
    return (
      <SurfaceMedia
        media={surface.media}
        className={surface.partClassName('media', className)}
        playsInline={surface.playsInline}
        ref={ref}
      />
    );
  });
  Media.displayName = name;
  return Media;
}

/**
 * A visible, labelled button for what the kind's × means (touch screen readers have no
 * Escape key): a × named by the `close` label, or your own content. Your `onClick` runs
 * first and may `preventDefault()`. Renders nothing where the surface shows no ×.
 */
export function createClosePart(useSurface: UseSurface, name: string) {
  const Close = withRef(function Close({ onClick, className, children, ...props }: CloseProps) {
    const surface = useSurface(name);
    const { close } = surface;
    const handleClick = composeEventHandlers<MouseEvent<HTMLButtonElement>>(onClick, () =>
      close?.(),
    );
    if (close === undefined) return null;
    return (
      <SurfaceCloseButton
        {...props}
        closeLabel={surface.closeLabel}
        className={surface.partClassName('close', className)}
        onClick={handleClick}
      >
        {children}
      </SurfaceCloseButton>
    );
  });
  Close.displayName = name;
  return Close;
}

/**
 * The shared parts of one kind, bound to a context of its own (see `createSurfaceContext`). A
 * kind that shows only some of them (a survey: no body, no media) creates those alone with
 * `createTitlePart` and its kin, so the others stay out of its bundle.
 *
 * @example
 * export const tourSurface = createSurfaceParts({ root: 'TourRoot', title: 'TourTitle', … });
 * <tourSurface.Provider value={surface}>{children}</tourSurface.Provider>
 */
export function createSurfaceParts(names: SurfaceNames) {
  const { Provider, useSurface } = createSurfaceContext(names.root);
  return {
    Provider,
    Title: createTitlePart(useSurface, names.title),
    Body: createBodyPart(useSurface, names.body),
    Media: createMediaPart(useSurface, names.media),
    Close: createClosePart(useSurface, names.close),
  };
}
