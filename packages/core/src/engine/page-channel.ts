import type { EngineCore } from './model/engine-core';

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
