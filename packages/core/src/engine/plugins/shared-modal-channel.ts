import { pageModalChannel } from './modal-channel';
import type { ModalChannel } from './modal-channel';
import type { GuidepostPlugin } from './guidepost-plugin';

/**
 * Shares one modal channel with the page's other engines (the page's by default, as
 * `GuidepostProvider` does): while one of them shows a modal guide, this engine's modal
 * guides wait. Outside a browser there is no page channel, and the plugin adds nothing.
 *
 * @example
 * createGuidepostEngine(widgetGuides, { plugins: [sharedModalChannel()] });
 */
export function sharedModalChannel(
  channel: ModalChannel | undefined = pageModalChannel(),
): GuidepostPlugin {
  return {
    name: 'sharedModalChannel',
    parts: channel === undefined ? {} : { modalChannel: channel },
  };
}
