import { useEffect, useRef } from 'react';
import type { Announcer } from '../a11y/create-announcer';

/**
 * Announces each step once through the polite live region when it shows: moving back to a
 * step announces it again, a step that hides and reappears (its target re-rendered) does not.
 */
export function useStepAnnouncement(
  announcer: Announcer,
  options: {
    readonly shown: boolean;
    readonly open: boolean;
    readonly stepKey: string;
    readonly text: string;
  },
): void {
  const { shown, open, stepKey, text } = options;
  const announced = useRef<string | null>(null);
  useEffect(() => {
    if (!open) {
      announced.current = null;
      return;
    }
    if (!shown || announced.current === stepKey) return;
    announced.current = stepKey;
    announcer.announce(text);
  }, [announcer, shown, open, stepKey, text]);
}
