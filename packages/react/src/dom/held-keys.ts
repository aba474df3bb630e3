/**
 * Which keys are down right now, per window, so that a surface shown in the middle of a key
 * press can wait for its end: a step shown by the `keydown` of Enter in a field would otherwise
 * take focus before the `keypress` that follows, and that press would activate its button.
 */
interface KeyWatch {
  readonly held: Set<string>;
  readonly waiting: Set<() => void>;
  users: number;
  readonly stop: () => void;
}

const watches = new WeakMap<Window, KeyWatch>();

/** Modifiers activate nothing by themselves: a step need not wait for Shift to be released. */
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock']);

function keyOf(event: KeyboardEvent): string {
  return event.code === '' ? event.key : event.code;
}

function startWatch(view: Window): KeyWatch {
  const held = new Set<string>();
  const waiting = new Set<() => void>();
  const settle = () => {
    if (held.size > 0) return;
    for (const callback of [...waiting]) callback();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // A key pressed by a script (a test's keyDown without its keyUp) is never released: only
    // the user's own presses are waited for.
    if (event.isTrusted && !MODIFIERS.has(event.key)) held.add(keyOf(event));
  };
  // Seen in the capture phase, so an app that stops the key's propagation cannot hide it; the
  // waiting surfaces run a task later, once the app has handled the release.
  const onKeyUp = (event: KeyboardEvent) => {
    held.delete(keyOf(event));
    if (held.size === 0) setTimeout(settle, 0);
  };
  // A key released while the window had no focus sends no keyup: forget everything held.
  const onBlur = () => {
    held.clear();
    settle();
  };
  view.addEventListener('keydown', onKeyDown, true);
  view.addEventListener('keyup', onKeyUp, true);
  view.addEventListener('blur', onBlur);
  return {
    held,
    waiting,
    users: 0,
    stop: () => {
      view.removeEventListener('keydown', onKeyDown, true);
      view.removeEventListener('keyup', onKeyUp, true);
      view.removeEventListener('blur', onBlur);
    },
  };
}

/**
 * Starts tracking the keys held down in `view` (shared by every caller on the window). Returns
 * the stop; the listeners go when the last caller stops.
 */
export function watchHeldKeys(view: Window): () => void {
  const watch = watches.get(view) ?? startWatch(view);
  watches.set(view, watch);
  watch.users += 1;
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    watch.users -= 1;
    if (watch.users > 0) return;
    watch.stop();
    watches.delete(view);
  };
}

/**
 * Runs `callback` once no key is held down in `view` any more: at once when none is (or the
 * keys are not watched), else after the last release. Returns the cancel.
 */
export function afterKeysReleased(view: Window, callback: () => void): () => void {
  const watch = watches.get(view);
  if (watch === undefined || watch.held.size === 0) {
    callback();
    return () => undefined;
  }
  const run = () => {
    watch.waiting.delete(run);
    callback();
  };
  watch.waiting.add(run);
  return () => {
    watch.waiting.delete(run);
  };
}
