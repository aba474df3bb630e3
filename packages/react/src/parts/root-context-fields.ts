import type { Labels } from '../i18n/labels';
import type { SurfaceSettings } from './use-surface-settings';

/**
 * What every component root gives its parts: its labels and look, and the title that names
 * its surface. A kind's context extends it with what is its own.
 */
export interface RootContextFields<
  ClassNames extends object,
  L extends Labels,
> extends SurfaceSettings<ClassNames, L> {
  readonly titleId: string;
  /** A title renders, so the surface can point `aria-labelledby` at it. */
  readonly hasTitle: boolean;
  /** Called by the title while it renders. */
  readonly setHasTitle: (present: boolean) => void;
  /** Reports a link refused by `isSafeHref` in the content (once per link). */
  readonly reportUnsafeLink: (href: string) => void;
}

/** The presence of a root that plays an exit: what its parts read to render and animate. */
export interface PresenceFields {
  /** The surface is shown. */
  readonly open: boolean;
  /** The parts are rendered: open, or playing their exit. */
  readonly mounted: boolean;
  /** `open` while shown, `closed` while the exit plays. */
  readonly dataState: 'open' | 'closed';
  /** Parts register the exit animations the root waits for before it unmounts. */
  readonly registerExit: (exit: () => Promise<void>) => () => void;
}

/** The description of a root whose surface has one (`aria-describedby`, set only while it renders). */
export interface DescriptionFields {
  /** The id the surface's `aria-describedby` points at while a description renders. */
  readonly descriptionId: string;
  /** A description renders, so the surface can point `aria-describedby` at it. */
  readonly hasDescription: boolean;
  /** Called by the description while it renders. */
  readonly setHasDescription: (present: boolean) => void;
}

/**
 * What a root with a launcher and a panel (a checklist, the guide center) gives both: whether
 * the panel is expanded, and the id the launcher's `aria-controls` points at while the panel
 * is in the page.
 */
export interface PanelFields {
  /** The panel is expanded. */
  readonly open: boolean;
  /** Asks to expand or collapse the panel (the root's `onOpenChange` hears it). */
  readonly setOpen: (open: boolean) => void;
  /** The panel's id, which the launcher's `aria-controls` points at. */
  readonly panelId: string;
  /** The panel part renders, so the launcher can point `aria-controls` at it. */
  readonly hasPanel: boolean;
  /** Called by the panel while it renders. */
  readonly setHasPanel: (present: boolean) => void;
}
