import type { GuidePlacement } from '@guidepost/core';
import {
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type HTMLAttributes,
  type KeyboardEvent,
  type Ref,
} from 'react';
import { useFocusScope } from '../a11y/use-focus-scope';
import { useAnchoredPosition } from '../positioning/use-anchored-position';
import { composeEventHandlers } from '../parts/compose-event-handlers';
import { usePresenceMotion } from '../parts/use-presence-motion';
import { useDismissOnEscape } from '../parts/use-dismissable-layer';
import { useSurfaceRef } from '../parts/use-surface-ref';
import { partClassName } from './tour-class-names';
import { TourContentContext, type TourContentContextValue } from './tour-content-context';
import { TourContext, useTourContext, type TourContextValue } from './tour-context';
import { useStepFocus } from './use-step-focus';
import { useStepKeyboard } from './use-step-keyboard';
import { useStepMotion } from './use-step-motion';
import { CENTERED, sheetStyle } from './step-layout';
import { useKeepFocusInModal } from './use-keep-focus-in-modal';
import { useKeepFocusOffBody } from './use-keep-focus-off-body';
import { useNarrowViewport } from './use-narrow-viewport';
import { useTabIntoStep } from './use-tab-into-step';
import { withRef } from '../parts/with-ref';
import { TourPartsProvider } from './tour-parts';

/** Props of {@link TourContent}. */
export interface TourContentProps extends HTMLAttributes<HTMLDivElement> {
  /** Preferred side and alignment, over the step's `placement`. @default 'bottom' */
  readonly placement?: GuidePlacement;
  /** Gap between the target and the step, arrow included, in px. @default 12 */
  readonly offset?: number;
  /** Space kept between the step and the viewport's edges, in px. @default 8 */
  readonly collisionPadding?: number;
  /**
   * Viewport width, in CSS px, at or under which the step is a sheet across the bottom of the
   * screen (the top while its target is in the lower half) instead of a box beside its target:
   * every phone upright, or a desktop window zoomed to 400 %. `0` keeps it beside its target.
   * @default 440
   */
  readonly sheetMaxWidth?: number;
  readonly ref?: Ref<HTMLDivElement>;
}

const Z_INDEX = 'calc(var(--gp-z-index, 2147483000) + 1)';

function joinIds(...ids: (string | undefined)[]): string | undefined {
  const unique = [...new Set(ids.flatMap((id) => id?.split(/\s+/) ?? []).filter(Boolean))];
  return unique.length === 0 ? undefined : unique.join(' ');
}

function setAttribute(element: Element, name: string, value: string | undefined): void {
  if (value === undefined) element.removeAttribute(name);
  else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/** The ids and text the dialog is named from, as of the latest render. */
interface NamingSources {
  titleId: string;
  descriptionId: string;
  progressId: string;
  progressCopyId: string;
  progress: string;
  describedBy: string | undefined;
}

/** Which naming parts render right now, with what they name the dialog from. */
interface Naming extends NamingSources {
  title: boolean;
  description: boolean;
  /** A `TourProgress` renders inside the dialog; else its hidden copy of the progress does. */
  progressPart: boolean;
}

/**
 * Names and describes the dialog from the parts it holds right now. The progress is part of
 * the description (or is the name, without a title): focus moving in reads the whole step, as
 * no live region repeats it then.
 */
function applyNaming(element: Element | null, naming: Naming): void {
  if (element === null) return;
  setAttribute(element, 'aria-labelledby', naming.title ? naming.titleId : undefined);
  setAttribute(element, 'aria-label', naming.title ? undefined : naming.progress);
  const progressId = naming.progressPart ? naming.progressId : naming.progressCopyId;
  setAttribute(
    element,
    'aria-describedby',
    joinIds(
      naming.description ? naming.descriptionId : undefined,
      naming.title ? progressId : undefined,
      naming.describedBy,
    ),
  );
}

/**
 * The step dialog, anchored to the target with floating-ui (or centred when the step has no
 * target). `role="dialog"`, named by `TourTitle` (or by its progress when there is no title)
 * and described by `TourDescription` while one renders, then by the progress ("Step 2 of 5",
 * from `TourProgress` or a hidden copy). For `overlay: 'block'` it is modal (`aria-modal`,
 * focus trapped, the rest of the page inert); otherwise it is non-modal and never traps focus
 * in the step alone: for `'target'` Tab goes round the target and the step, as the pointer
 * reaches only the target; for `'none'` the page is left alone. Focus moves in once per step, to
 * `TourNext`, and the step is announced in the live region instead when focus was already
 * inside; a step whose `focus` is `target` (by default one that waits for an action on its
 * target) leaves focus in its target, or moves it there, and describes the target by the step;
 * a step is focused only once the key press that showed it has ended; → / ← move between steps and Escape dismisses unless an inner control handled the
 * key first. Hidden, never drawn at 0,0, while the target is missing or scrolled out of view.
 * On a viewport `sheetMaxWidth` px wide or narrower it is a sheet along the screen's bottom (or
 * top) edge, its buttons always on screen; beside a target it goes to whichever side has room,
 * and scrolls when none has. State shows as `data-state`, `data-side`, `data-align` and
 * `data-sheet` (the edge a sheet is on).
 *
 * @example
 * <TourContent placement="right"><TourTitle /><TourNext /></TourContent>
 */
export const TourContent = withRef(function TourContent(props: TourContentProps) {
  const { mounted } = useTourContext('TourContent');
  return mounted ? <TourSurface {...props} /> : null;
});

const TourSurface = withRef(function TourSurface({
  placement,
  offset,
  collisionPadding,
  sheetMaxWidth = 440,
  className,
  style,
  onKeyDown,
  ref,
  children,
  'aria-describedby': describedBy,
  ...props
}: TourContentProps) {
  const context = useTourContext('TourContent');
  const { step, stepKey, target, centered, ready, overlay, open } = context;
  const { primary, overlayElement, registerExit } = context;
  const motion = usePresenceMotion<HTMLDivElement>(registerExit);

  const sheet = useNarrowViewport(sheetMaxWidth);
  const position = useAnchoredPosition({
    reference: centered ? null : target,
    placement: placement ?? step?.placement ?? 'bottom',
    ...(offset === undefined ? {} : { offset }),
    ...(collisionPadding === undefined ? {} : { collisionPadding }),
    open: ready && !centered,
    limitSize: !sheet,
  });
  const sheetEdge = !centered && position.referenceDepth > 0.5 ? 'top' : 'bottom';
  const placed = ready && (centered || position.isPositioned);
  const visible = placed && (centered || !position.referenceHidden);
  const modal = overlay === 'block';

  const lastTarget = useRef<Element | null>(null);
  useLayoutEffect(() => {
    if (target !== null) lastTarget.current = target;
  }, [target]);
  const returnFallback = useCallback(() => lastTarget.current, []);
  const getInsideElements = useCallback(
    () => (overlayElement.current === null ? [] : [overlayElement.current]),
    [overlayElement],
  );
  // Modal steps trap focus with the page inert. Steps that leave only their target usable send
  // Tab round the target and the step, as the pointer can reach nothing else; steps without an
  // overlay sit after their target in Tab order.
  const scopeRef = useFocusScope<HTMLDivElement>({
    open,
    active: placed && open,
    modal,
    initialFocus: 'none',
    returnFallback,
    insideElements: getInsideElements,
    reference: centered ? null : target,
    wrapWithReference: overlay === 'target',
  });

  const { surface, setRef } = useSurfaceRef(motion.scope, position.setFloating, scopeRef, ref);

  useStepMotion({
    motion,
    surface,
    visible,
    stepKey,
    centered: centered || sheet,
    x: position.x,
    y: position.y,
  });
  const { claimStepAnnouncements, announceStep } = context;
  useLayoutEffect(() => claimStepAnnouncements(), [claimStepAnnouncements]);
  const describeTarget = useCallback(() => {
    const node = surface.current;
    if (node === null) return undefined;
    return joinIds(
      node.getAttribute('aria-labelledby') ?? undefined,
      node.getAttribute('aria-describedby') ?? undefined,
    );
  }, [surface]);
  useStepFocus({
    visible: visible && open,
    stepKey,
    policy: context.focusPolicy,
    target: centered ? null : target,
    primary,
    surface,
    describedBy: describeTarget,
    announce: announceStep,
  });
  useTabIntoStep(target, visible && open && !modal, primary, surface);
  useKeepFocusInModal(placed && open && modal, surface);
  useKeepFocusOffBody({
    surface,
    primary,
    waiting: open && !centered && target === null,
    lastTarget,
  });

  // The title, description and progress report themselves to the dialog, which names itself in
  // the DOM: a part that appears or goes changes attributes instead of rendering the whole tour.
  const progressCopyId = useId();
  const names: NamingSources = {
    titleId: context.titleId,
    descriptionId: context.descriptionId,
    progressId: context.progressId,
    progressCopyId,
    progress: context.progress,
    describedBy,
  };
  const naming = useRef<Naming>({
    title: false,
    description: false,
    progressPart: false,
    ...names,
  });
  useLayoutEffect(() => {
    Object.assign(naming.current, names);
    applyNaming(surface.current, naming.current);
  });
  const setHasTitle = useCallback(
    (present: boolean) => {
      naming.current.title = present;
      applyNaming(surface.current, naming.current);
    },
    [surface],
  );
  const setHasDescription = useCallback(
    (present: boolean) => {
      naming.current.description = present;
      applyNaming(surface.current, naming.current);
    },
    [surface],
  );
  // Rendered state, unlike the title's: the hidden copy of the progress comes and goes with it.
  const [progressPart, setProgressPart] = useState(false);
  const setHasProgress = useCallback(
    (present: boolean) => {
      naming.current.progressPart = present;
      applyNaming(surface.current, naming.current);
      setProgressPart(present);
    },
    [surface],
  );
  const partsContext = useMemo<TourContextValue>(
    () => ({
      ...context,
      hasTitle: naming.current.title,
      hasDescription: naming.current.description,
      setHasTitle,
      setHasDescription,
      setHasProgress,
    }),
    [context, setHasTitle, setHasDescription, setHasProgress],
  );

  const handleKeys = useStepKeyboard(context);
  // Escape pressed while focus is in the step dismisses the tour, after every handler inside it
  // (an open menu in the step takes its own Escape first).
  const { dismiss } = context;
  const stepElements = useCallback(() => [surface.current], [surface]);
  const dismissOnEscape = useCallback(() => dismiss('escape'), [dismiss]);
  useDismissOnEscape({
    enabled: open,
    elements: stepElements,
    escape: 'inside',
    onEscape: dismissOnEscape,
  });
  const handleKeyDown = composeEventHandlers<KeyboardEvent<HTMLDivElement>>(onKeyDown, handleKeys);
  const { arrowRef, arrow } = position;
  const contentContext = useMemo<TourContentContextValue>(
    () => ({ arrowRef, arrow: { side: arrow.side, x: arrow.x, y: arrow.y }, centered, sheet }),
    [arrowRef, arrow.side, arrow.x, arrow.y, centered, sheet],
  );

  const surfaceStyle: CSSProperties = {
    ...(sheet ? sheetStyle(sheetEdge) : centered ? CENTERED : position.floatingStyles),
    zIndex: Z_INDEX,
    ...style,
    // Never drawn while its target is missing or out of view, whatever the styles say.
    ...(visible ? {} : { visibility: 'hidden' }),
  };

  return (
    <TourContext.Provider value={partsContext}>
      <TourContentContext.Provider value={contentContext}>
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- the dialog takes Escape and the arrow keys for every control inside it */}
        <div
          {...props}
          ref={setRef}
          role="dialog"
          aria-modal={modal ? true : undefined}
          tabIndex={-1}
          data-state={visible && context.dataState === 'open' ? 'open' : 'closed'}
          data-side={centered || sheet ? undefined : position.side}
          data-align={centered || sheet ? undefined : position.align}
          data-centered={centered ? '' : undefined}
          data-sheet={sheet ? sheetEdge : undefined}
          data-overlay={overlay}
          data-target-state={context.targetState}
          className={partClassName('content', context, className)}
          style={surfaceStyle}
          onKeyDown={handleKeyDown}
        >
          <TourPartsProvider>{children}</TourPartsProvider>
          {/* Without a visible progress, the description still says where the step stands. */}
          {progressPart ? null : (
            <span id={progressCopyId} hidden>
              {context.progress}
            </span>
          )}
        </div>
      </TourContentContext.Provider>
    </TourContext.Provider>
  );
});
