import { useCallback, useEffect, useRef } from 'react';
import type { Announcer } from '../dom/create-announcer';

/** What {@link useStepAnnouncement} gives the step dialog. */
export interface StepAnnouncement {
  /**
   * Claimed by the step dialog while it is mounted: it conveys each step itself, and the hook
   * stays quiet. Returns the release.
   */
  readonly claim: () => () => void;
  /** Says the current step now. */
  readonly announce: () => void;
}

/**
 * Says each step once through the polite live region when it shows, unless a step dialog has
 * claimed the announcements: focus moving into the dialog already has its name and
 * description read, and a second message would make screen readers say the step twice; the
 * dialog calls `announce` itself when focus stays where it is. Moving back to a step announces
 * it again, a step that hides and reappears (its target re-rendered) does not.
 */
export function useStepAnnouncement(
  announcer: Announcer,
  options: {
    readonly shown: boolean;
    readonly open: boolean;
    readonly stepKey: string;
    readonly text: string;
  },
): StepAnnouncement {
  const { shown, open, stepKey, text } = options;
  // A ref, not state: the dialog claims in a layout effect, before the effect below reads it
  // in the same commit.
  const claims = useRef(0);
  const announced = useRef<string | null>(null);
  useEffect(() => {
    if (!open) {
      announced.current = null;
      return;
    }
    if (!shown || announced.current === stepKey) return;
    announced.current = stepKey;
    if (claims.current === 0) announcer.announce(text);
  }, [announcer, shown, open, stepKey, text]);

  const claim = useCallback(() => {
    claims.current += 1;
    return () => {
      claims.current -= 1;
    };
  }, []);
  const announce = useCallback(() => announcer.announce(text), [announcer, text]);
  return { claim, announce };
}
