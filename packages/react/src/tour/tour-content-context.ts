import { createContext, useContext, type RefObject } from 'react';
import type { ArrowPosition } from '../positioning/use-anchored-position';

/** What `TourContent` gives `TourArrow`. */
export interface TourContentContextValue {
  readonly arrowRef: RefObject<SVGSVGElement | null>;
  /** Where the arrow goes, as last computed. */
  readonly arrow: ArrowPosition;
  /** A centred step has no arrow. */
  readonly centered: boolean;
  /** Nor has a step laid out as a sheet along the screen's edge. */
  readonly sheet: boolean;
}

/** The content context; `null` outside a `TourContent`. */
export const TourContentContext = createContext<TourContentContextValue | null>(null);

/** The enclosing `TourContent`'s context; throws, naming both parts, outside one. */
export function useTourContentContext(part: string): TourContentContextValue {
  const context = useContext(TourContentContext);
  if (context === null) throw new Error(`\`${part}\` must be used within \`TourContent\``);
  return context;
}
