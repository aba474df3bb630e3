import { useLayoutEffect } from 'react';
import type { MotionPreference } from './persona';

const REDUCED_MOTION = /prefers-reduced-motion/;

/** A media query list that answers `matches` as forced and listens on the real one. */
function forcedList(list: MediaQueryList, matches: boolean): MediaQueryList {
  return {
    matches,
    media: list.media,
    onchange: null,
    addEventListener: list.addEventListener.bind(list),
    removeEventListener: list.removeEventListener.bind(list),
    addListener: list.addListener.bind(list),
    removeListener: list.removeListener.bind(list),
    dispatchEvent: list.dispatchEvent.bind(list),
  };
}

/**
 * Forces `prefers-reduced-motion` for scripts while the story is shown: Guidepost reads the
 * preference through `matchMedia` when it animates, and a decorator cannot emulate the media
 * feature itself. `system` leaves the browser's answer alone.
 * @example
 * useMotionOverride(persona.motion);
 */
export function useMotionOverride(preference: MotionPreference): void {
  useLayoutEffect(() => {
    if (preference === 'system') return;
    const original = window.matchMedia;
    window.matchMedia = (query: string) => {
      const list = original.call(window, query);
      if (!REDUCED_MOTION.test(query)) return list;
      const wantsReduce = query.includes('reduce');
      return forcedList(list, wantsReduce === (preference === 'reduce'));
    };
    return () => {
      window.matchMedia = original;
    };
  }, [preference]);
}
