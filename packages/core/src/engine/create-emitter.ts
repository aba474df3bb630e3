import type { GuidepostEvent, GuidepostEventListener } from '../analytics/types';
import { GuidepostError } from '../errors/guidepost-error';

/** Hands events to every listener; one that throws is reported and the rest still hear it. */
export interface Emitter<G extends string = string> {
  emit(event: GuidepostEvent<G>): void;
}

/**
 * Builds an emitter over one listener or a list. A listener that throws never breaks the
 * engine or the listeners after it: the throw is reported to `onError` as `adapter_failed`,
 * and never re-emitted as an event (a broken analytics client must not loop on itself).
 *
 * @example
 * const emitter = createEmitter([segment, ga4], (error) => console.warn(error));
 */
export function createEmitter<G extends string>(
  listeners: GuidepostEventListener<G> | readonly GuidepostEventListener<G>[] | undefined,
  onError: (error: GuidepostError) => void,
): Emitter<G> {
  const all: readonly GuidepostEventListener<G>[] =
    listeners === undefined ? [] : typeof listeners === 'function' ? [listeners] : [...listeners];
  return {
    emit(event) {
      for (const listener of all) {
        try {
          listener(event);
        } catch (cause) {
          onError(
            new GuidepostError('adapter_failed', `an event listener threw on '${event.name}'`, {
              guideId: event.guideId,
              cause,
            }),
          );
        }
      }
    },
  };
}
