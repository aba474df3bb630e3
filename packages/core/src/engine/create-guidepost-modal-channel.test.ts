import { describe, expect, it } from 'vitest';
import { defineGuidepost } from '../guides';
import { memoryAdapter } from '../persistence';
import { createGuidepost } from './create-guidepost';
import { createModalChannel, pageModalChannel, type ModalChannel } from './plugins/modal-channel';

const appGuides = defineGuidepost({
  guides: {
    release: { kind: 'announcement', title: 'New in the app' },
    welcome: {
      kind: 'tour',
      trigger: 'manual',
      steps: [{ id: 'one', title: 'One', target: 'one' }],
    },
  },
});

const widgetGuides = defineGuidepost({
  guides: {
    news: { kind: 'announcement', title: 'New in the widget' },
    hint: { kind: 'tooltip', target: 'help', body: 'Ask here' },
  },
});

function engineOn(
  definition: typeof appGuides | typeof widgetGuides,
  modalChannel: ModalChannel | undefined,
) {
  return createGuidepost(definition, {
    user: { id: 'u1' },
    storage: memoryAdapter(),
    locks: null,
    onError: () => undefined,
    ...(modalChannel === undefined ? {} : { modalChannel }),
  });
}

describe('a modal channel shared by two engines', () => {
  it('shows one modal guide at a time across both, the other after the first closes', () => {
    const channel = createModalChannel();
    const app = engineOn(appGuides, channel);
    const widget = engineOn(widgetGuides, channel);
    expect(app.getState().modal).toEqual(['release']);
    expect(widget.getState().modal).toEqual([]);
    expect(widget.explain('news')).toEqual({
      eligible: false,
      reasons: [
        {
          code: 'channel',
          message: 'waiting: a modal guide of another engine on this page holds the modal channel',
        },
      ],
    });

    app.dismiss('release');
    expect(app.getState().modal).toEqual([]);
    expect(widget.getState().modal).toEqual(['news']);
    expect(widget.explain('news')).toMatchObject({ eligible: true, reasons: [] });
  });

  it('keeps inline guides of the waiting engine showing', () => {
    const channel = createModalChannel();
    engineOn(appGuides, channel);
    const widget = engineOn(widgetGuides, channel);
    expect(widget.eligible()).toEqual(['hint']);
    expect(widget.getState().guides.hint?.open).toBe(true);
  });

  it('lets go of the channel when the engine holding it is destroyed', () => {
    const channel = createModalChannel();
    const app = engineOn(appGuides, channel);
    const widget = engineOn(widgetGuides, channel);
    expect(widget.getState().modal).toEqual([]);
    app.destroy();
    expect(widget.getState().modal).toEqual(['news']);
  });

  it('shows a tour started on request even while another engine shows its modal guide', () => {
    const channel = createModalChannel();
    const widget = engineOn(widgetGuides, channel);
    const app = engineOn(appGuides, channel);
    expect(widget.getState().modal).toEqual(['news']);
    app.dismiss('release');
    expect(app.getState().modal).toEqual([]);
    expect(app.start('welcome', { force: true })).toBe(true);
    expect(app.getState().modal).toEqual(['welcome']);
    expect(widget.getState().modal).toEqual(['news']);
  });

  it('hands the channel on in turn: the first waiting engine takes it when it is let go', () => {
    const channel = createModalChannel();
    const first = engineOn(widgetGuides, channel);
    const second = engineOn(appGuides, channel);
    expect(second.getState().modal).toEqual([]);
    first.dismiss('news');
    expect(second.getState().modal).toEqual(['release']);
    expect(first.getState().modal).toEqual([]);
    second.dismiss('release');
    expect(channel.heldByOther({})).toBe(false);
  });
});

describe('engines without a shared channel', () => {
  it('wait for no other engine', () => {
    const app = engineOn(appGuides, undefined);
    const widget = engineOn(widgetGuides, undefined);
    expect(app.getState().modal).toEqual(['release']);
    expect(widget.getState().modal).toEqual(['news']);
  });

  it('have no page channel on a server, where engines serve different users', () => {
    expect(pageModalChannel()).toBeUndefined();
  });
});
