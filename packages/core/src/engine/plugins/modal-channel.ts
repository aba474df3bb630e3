import type { EngineCore } from '../model/engine-core';

/**
 * One modal channel shared by several engines, so that a page with two providers (two
 * micro-frontends, a widget beside the app) still shows one blocking guide at a time. The
 * first engine to open a modal guide holds it; the others' modal guides wait until it lets go.
 */
export interface ModalChannel {
  /** Whether an engine other than `owner` holds the channel. */
  heldByOther(owner: object): boolean;
  /** Takes the channel for `owner` when it is free or already its own; false when it is not. */
  take(owner: object): boolean;
  /** Lets the channel go when `owner` holds it, then tells every listener. */
  release(owner: object): void;
  /** Calls `listener` after each release; returns a function that stops it. */
  onRelease(listener: () => void): () => void;
}

/**
 * A modal channel of its own, for engines that should wait for each other (tests, or engines
 * an app creates itself and renders side by side).
 *
 * @example
 * const channel = createModalChannel();
 * const app = createGuidepost(appGuides, { modalChannel: channel });
 * const widget = createGuidepost(widgetGuides, { modalChannel: channel });
 */
export function createModalChannel(): ModalChannel {
  let holder: object | undefined;
  const listeners = new Set<() => void>();
  return {
    heldByOther: (owner) => holder !== undefined && holder !== owner,
    take(owner) {
      if (holder !== undefined && holder !== owner) return false;
      holder = owner;
      return true;
    },
    release(owner) {
      if (holder !== owner) return;
      holder = undefined;
      for (const listener of [...listeners]) listener();
    },
    onRelease(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

// Kept on globalThis under a registered symbol, so two copies of this package bundled into
// one page (each micro-frontend with its own) still share one channel.
const PAGE_CHANNEL = Symbol.for('guidepost.modal-channel');

/**
 * The modal channel of this page, shared by every engine that asks for it, including those of
 * another copy of the package. `undefined` outside a browser: a server's engines serve
 * different users and must never wait for each other. `GuidepostProvider` gives it to the
 * engine it creates.
 *
 * @example
 * const guidepost = createGuidepost(definition, { modalChannel: pageModalChannel() });
 */
export function pageModalChannel(): ModalChannel | undefined {
  if (typeof document === 'undefined') return undefined;
  const scope = globalThis as { [PAGE_CHANNEL]?: ModalChannel };
  scope[PAGE_CHANNEL] ??= createModalChannel();
  return scope[PAGE_CHANNEL];
}

/** Whether this engine shows a modal guide, or waits for a cross-tab claim to show one. */
function holdsModal(core: EngineCore): boolean {
  const { open, claiming } = core.session;
  const modal = (id: string) => core.settings.get(id)?.channel === 'modal';
  return [...open].some(modal) || [...claiming].some(modal);
}

/**
 * Whether another engine on the shared modal channel shows a modal guide while this one shows
 * none: then this engine's modal guides wait.
 */
export function modalChannelBusy(core: EngineCore): boolean {
  const { page } = core.session;
  return page !== undefined && page.channel.heldByOther(page.owner) && !holdsModal(core);
}

/** Takes the shared modal channel before a modal guide opens; false when another holds it. */
export function takeModalChannel(core: EngineCore): boolean {
  const { page } = core.session;
  return page === undefined || page.channel.take(page.owner);
}

/** Lets the shared modal channel go once this engine shows no modal guide any more. */
export function releaseIdleModalChannel(core: EngineCore): void {
  const { page } = core.session;
  if (page !== undefined && !holdsModal(core)) page.channel.release(page.owner);
}
