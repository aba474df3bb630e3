import type { FloatingContext, ReferenceType } from '@floating-ui/react';
import { createContext, useContext, type RefObject } from 'react';

/** What `TourContent` gives `TourArrow`. */
export interface TourContentContextValue {
  readonly arrowRef: RefObject<SVGSVGElement | null>;
  readonly floating: FloatingContext<ReferenceType>;
  /** A centred step has no arrow. */
  readonly centered: boolean;
}

/** The content context; `null` outside a `TourContent`. */
export const TourContentContext = createContext<TourContentContextValue | null>(null);

/** The enclosing `TourContent`'s context; throws, naming both parts, outside one. */
export function useTourContentContext(part: string): TourContentContextValue {
  const context = useContext(TourContentContext);
  if (context === null) throw new Error(`\`${part}\` must be used within \`TourContent\``);
  return context;
}
