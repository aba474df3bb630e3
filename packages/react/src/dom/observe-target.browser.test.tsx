import { afterEach, describe, expect, it, vi } from 'vitest';
import { trackObservers, type ObserverTracker } from '../test/track-observers';
import { observeTarget } from './observe-target';

let tracker: ObserverTracker | null = null;
let stop: (() => void) | null = null;

afterEach(() => {
  stop?.();
  stop = null;
  tracker?.restore();
  tracker = null;
  document.body.replaceChildren();
});

function anchored(name: string, text = 'New project'): HTMLButtonElement {
  const element = document.createElement('button');
  element.textContent = text;
  element.setAttribute('data-guidepost', name);
  return element;
}

function watch(element: Element, withTarget: boolean) {
  const events: string[] = [];
  const seen: Element[] = [];
  const record = (kind: string) => (current: Element) => {
    events.push(`${kind}:${current.textContent}`);
    seen.push(current);
  };
  stop = observeTarget(element, {
    ...(withTarget ? { target: 'new-project' } : {}),
    onRemoved: record('removed'),
    onHidden: record('hidden'),
    onShown: record('shown'),
  });
  return { events, seen };
}

describe('observeTarget in Chromium', () => {
  it('notices the target being removed and re-anchors to one that comes back', async () => {
    const first = anchored('new-project', 'first');
    document.body.append(first);
    const { events, seen } = watch(first, true);
    first.remove();
    await vi.waitFor(() => expect(events).toEqual(['removed:first']));
    const second = anchored('new-project', 'second');
    document.body.append(second);
    await vi.waitFor(() => expect(events).toEqual(['removed:first', 'shown:second']));
    expect(seen.at(-1)).toBe(second);
  });

  it('notices the target being hidden and shown again', async () => {
    const target = anchored('new-project');
    document.body.append(target);
    const { events } = watch(target, true);
    target.style.display = 'none';
    await vi.waitFor(() => expect(events).toEqual(['hidden:New project']));
    target.style.removeProperty('display');
    await vi.waitFor(() => expect(events).toEqual(['hidden:New project', 'shown:New project']));
  });

  it('moves to another visible match when the watched one is hidden', async () => {
    const desktop = anchored('new-project', 'desktop');
    const mobile = anchored('new-project', 'mobile');
    mobile.hidden = true;
    document.body.append(desktop, mobile);
    const { events } = watch(desktop, true);
    desktop.hidden = true;
    mobile.hidden = false;
    await vi.waitFor(() => expect(events).toEqual(['shown:mobile']));
  });

  it('notices a target that shrinks to 0×0 without any attribute change', async () => {
    const style = document.createElement('style');
    style.textContent = '#box { width: 50px; height: 20px; }';
    document.body.innerHTML = '<div id="box" data-guidepost="new-project">box</div>';
    document.head.append(style);
    const box = document.querySelector('#box') as HTMLElement;
    const { events } = watch(box, false);
    style.sheet?.insertRule('#box { width: 0; height: 0; overflow: hidden; }', 1);
    await vi.waitFor(() => expect(events).toEqual(['hidden:box']));
    style.remove();
  });

  it('without the target, does not follow a new element', async () => {
    const first = anchored('new-project', 'first');
    document.body.append(first);
    const { events } = watch(first, false);
    first.remove();
    document.body.append(anchored('new-project', 'second'));
    await vi.waitFor(() => expect(events).toEqual(['removed:first']));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(events).toEqual(['removed:first']);
  });

  it('releases every observer when stopped', () => {
    tracker = trackObservers(-1);
    const target = anchored('new-project');
    document.body.append(target);
    const { events } = watch(target, true);
    expect(tracker.live().mutationObservers).toBe(1);
    stop?.();
    stop = null;
    target.remove();
    expect(tracker.live()).toEqual({
      mutationObservers: 0,
      resizeObservers: 0,
      animationFrames: 0,
      timers: 0,
    });
    expect(events).toEqual([]);
  });
});
