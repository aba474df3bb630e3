'use client';
import { GuidepostError, type GuideIdOfKind, type GuidepostDefinition } from '@guidepost/core';
import { useCallback, useId, useLayoutEffect, useRef, useState } from 'react';
import type { Labels } from '../i18n/labels';
import { useExitPresence } from '../parts/use-exit-presence';
import { useSurfaceLabelling } from '../parts/use-surface-labelling';
import { useIsClient } from '../parts/use-is-client';
import { sharedLabelsFor } from '../parts/shared-labels-for';
import type { OpenStateProps } from '../parts/open-state-props';
import type { SurfaceRootProps } from '../parts/surface-root-props';
import { useSurfaceSettings } from '../parts/use-surface-settings';
import { useGuidepost } from '../provider/guidepost-context';
import { useAnchoredPosition } from '../positioning/use-anchored-position';
import type { RegisteredDefinition } from '../register/register';
import type { HintCloseKind } from '@guidepost/core';
import type { HintMode, TooltipClassNames } from './tooltip-class-names';
import type {
  ContentLayout,
  TooltipContextValue,
  TooltipOpenChangeReason,
} from './tooltip-context';
import { useHintInteractions } from './use-hint-interactions';
import { useTooltip } from './use-tooltip';
import { TooltipPartsProvider } from './tooltip-parts';

/**
 * Props of {@link TooltipRoot}. With the definition registered (see `Register`), or its type
 * passed (`<TooltipRoot<typeof definition> id>`), a misspelt tooltip id does not compile.
 */
export interface TooltipRootProps<D extends GuidepostDefinition = RegisteredDefinition>
  extends
    SurfaceRootProps<TooltipClassNames>,
    OpenStateProps<(open: boolean, reason: TooltipOpenChangeReason) => void> {
  /** The hint's guide id. */
  readonly id: GuideIdOfKind<D, 'tooltip'>;
  /** Open from a beacon, as a dialog, instead of on hover and focus. @default the guide's `beacon` */
  readonly beacon?: boolean;
  /** Overrides for any label ("Open hint", "Close"). */
  readonly labels?: Partial<Labels>;
}

const NO_LAYOUT: ContentLayout = {};

function closeKind(reason: TooltipOpenChangeReason): HintCloseKind {
  return reason === 'escape' || reason === 'close' ? 'dismiss' : 'complete';
}

function sameLayout(a: ContentLayout, b: ContentLayout): boolean {
  return (
    a.placement === b.placement &&
    a.offset === b.offset &&
    a.collisionPadding === b.collisionPadding
  );
}

/**
 * The root of a hint: renders no element of its own, reads the hint from the engine, finds and
 * follows its target, and turns the user's actions into the hint opening and closing. A text
 * hint opens on hover (it stays open while the pointer moves onto it) and on keyboard focus of
 * its target; a hint with a beacon opens from the beacon. Escape closes either. It opens only
 * while the engine shows it, `open` (controlled) and `defaultOpen` (uncontrolled) included;
 * `onOpenChange` hears why it opened or closed. When the user
 * closes a hint they saw, it is recorded with the engine per the guide's `frequency` (shown
 * once: dismissed or completed, so it does not come back). Nothing is rendered on the server.
 *
 * @example
 * <TooltipRoot id="export-hint">
 *   <TooltipBeacon />
 *   <TooltipPortal>
 *     <TooltipContent><TooltipTitle /><TooltipBody /><TooltipClose /><TooltipArrow /></TooltipContent>
 *   </TooltipPortal>
 * </TooltipRoot>
 */
export function TooltipRoot<D extends GuidepostDefinition = RegisteredDefinition>(
  props: TooltipRootProps<D>,
) {
  const {
    id,
    open: openProp,
    defaultOpen = false,
    onOpenChange,
    beacon: beaconProp,
    children,
  } = props;
  const { labels, unstyled, classNames } = useSurfaceSettings(props, sharedLabelsFor);
  // Explicit: the hooks default to the app's registered definition, which a generic `id` cannot
  // be checked against; the props' type has checked it.
  const engine = useGuidepost<GuidepostDefinition>();
  const hint = useTooltip<GuidepostDefinition>(id);
  const { guide, view, target } = hint;
  const isClient = useIsClient();
  const active = isClient && hint.active;
  const mode: HintMode = (beaconProp ?? guide?.beacon === true) ? 'dialog' : 'text';

  const [uncontrolled, setUncontrolled] = useState(defaultOpen);
  const [wasActive, setWasActive] = useState(active);
  if (wasActive !== active) {
    setWasActive(active);
    if (!active) setUncontrolled(false);
  }
  const open = active && (openProp ?? uncontrolled);

  const latest = useRef({ open, active, openProp, onOpenChange });
  useLayoutEffect(() => {
    latest.current = { open, active, openProp, onOpenChange };
  });
  const lastCloseReason = useRef<TooltipOpenChangeReason>('blur');
  const openedByKeyboard = useRef(false);
  const setOpen = useCallback((next: boolean, reason: TooltipOpenChangeReason) => {
    const current = latest.current;
    if (next === current.open || (next && !current.active)) return;
    latest.current = { ...current, open: next };
    if (!next) lastCloseReason.current = reason;
    if (current.openProp === undefined) setUncontrolled(next);
    current.onOpenChange?.(next, reason);
  }, []);

  const { presence, registerExit } = useExitPresence(open);

  const [layout, setLayoutState] = useState<ContentLayout>(NO_LAYOUT);
  const setLayout = useCallback(
    (next: ContentLayout) =>
      setLayoutState((previous) => (sameLayout(previous, next) ? previous : next)),
    [],
  );
  const [beacon, setBeacon] = useState<HTMLElement | null>(null);
  const position = useAnchoredPosition({
    reference: target,
    placement: layout.placement ?? guide?.placement ?? 'top',
    ...(layout.offset === undefined ? {} : { offset: layout.offset }),
    ...(layout.collisionPadding === undefined ? {} : { collisionPadding: layout.collisionPadding }),
    open: presence.mounted,
  });

  useHintInteractions({
    mode,
    active,
    open,
    target,
    beacon,
    surface: position.floating,
    setOpen,
  });

  const seen = useRef(false);
  const markSeen = useCallback(() => {
    seen.current = true;
  }, []);
  const wasOpen = useRef(false);
  useLayoutEffect(() => {
    if (open) {
      wasOpen.current = true;
      return;
    }
    if (!wasOpen.current) return;
    wasOpen.current = false;
    const saw = seen.current;
    seen.current = false;
    const reason = lastCloseReason.current;
    if (saw && hint.active)
      hint.settle(closeKind(reason), reason === 'escape' ? 'escape' : 'close');
  }, [open, hint]);

  const contentId = useId();
  const labelling = useSurfaceLabelling();
  const reportUnsafeLink = useCallback(
    (href: string) =>
      engine.reportError(
        new GuidepostError('unsafe_link', `hint '${id}' has a link that is not safe: ${href}`, {
          guideId: id,
        }),
      ),
    [engine, id],
  );

  const value: TooltipContextValue = {
    guideId: id,
    engine,
    guide,
    view,
    active,
    mode,
    target,
    open,
    mounted: presence.mounted,
    dataState: presence.status === 'open' ? 'open' : 'closed',
    setOpen,
    labels,
    unstyled,
    classNames,
    contentId,
    ...labelling,
    registerExit,
    position,
    setLayout,
    beacon,
    setBeacon,
    markSeen,
    openedByKeyboard,
    reportUnsafeLink,
  };

  return <TooltipPartsProvider value={value}>{children}</TooltipPartsProvider>;
}
