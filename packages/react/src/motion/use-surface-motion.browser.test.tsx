import { act, cleanup, render, renderHook, screen } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands } from 'vitest/browser';
import '../test/browser-commands';
import { APPEAR } from './motion-presets';
import { usePresence } from './use-presence';
import { useSurfaceMotion } from './use-surface-motion';

afterEach(async () => {
  cleanup();
  await commands.emulateMedia({ reducedMotion: null });
});

function Step({ open }: { open: boolean }) {
  const motion = useSurfaceMotion<HTMLDivElement>();
  const { mounted, status } = usePresence(open, motion.exit);
  useLayoutEffect(() => {
    if (open) void motion.enter();
  }, [open, motion]);
  return mounted ? (
    <div ref={motion.scope} role="dialog" aria-label="Step" data-state={status}>
      Create a project
    </div>
  ) : null;
}

function mountedSurface() {
  const element = document.createElement('div');
  element.textContent = 'Surface';
  document.body.append(element);
  const hook = renderHook(() => useSurfaceMotion<HTMLDivElement>());
  (hook.result.current.scope as { current: HTMLDivElement }).current = element;
  return { motion: hook.result.current, element };
}

function isFadeFromZero(animation: Animation): boolean {
  const [first] = (animation.effect as KeyframeEffect).getKeyframes();
  return first?.opacity === '0' || first?.opacity === 0;
}

describe('useSurfaceMotion in Chromium', () => {
  it('animates enter and exit, and unmounts only after the exit has finished', async () => {
    const { rerender } = render(<Step open />);
    expect(document.getAnimations().length).toBeGreaterThan(0);
    await vi.waitFor(() => expect(document.getAnimations()).toHaveLength(0));
    const closedAt = performance.now();
    rerender(<Step open={false} />);
    expect(screen.getByRole('dialog').getAttribute('data-state')).toBe('exiting');
    await vi.waitFor(() => expect(document.getAnimations().length).toBeGreaterThan(0));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(performance.now() - closedAt).toBeGreaterThanOrEqual(100);
    expect(document.getAnimations()).toHaveLength(0);
  });

  it('does nothing and resolves at once when the user prefers reduced motion', async () => {
    await commands.emulateMedia({ reducedMotion: 'reduce' });
    const { motion, element } = mountedSurface();
    const started = performance.now();
    await Promise.all([motion.enter(), motion.glide({ x: 40, y: -12 }), motion.exit()]);
    expect(performance.now() - started).toBeLessThan(20);
    expect(document.getAnimations()).toHaveLength(0);
    expect(element.getAttribute('style')).toBeNull();
    element.remove();
  });

  it('opens and closes a surface without any animation under reduced motion', async () => {
    await commands.emulateMedia({ reducedMotion: 'reduce' });
    const { rerender } = render(<Step open />);
    expect(document.getAnimations()).toHaveLength(0);
    rerender(<Step open={false} />);
    await act(async () => {
      await Promise.resolve();
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.getAnimations()).toHaveLength(0);
  });

  it('follows a change of the preference made while the page is open', async () => {
    const { motion, element } = mountedSurface();
    await commands.emulateMedia({ reducedMotion: 'reduce' });
    await motion.enter();
    expect(document.getAnimations()).toHaveLength(0);
    await commands.emulateMedia({ reducedMotion: 'no-preference' });
    const entering = motion.enter();
    expect(document.getAnimations().length).toBeGreaterThan(0);
    await entering;
    element.remove();
  });

  it.each([
    ['mid-exit', 40],
    ['after the exit ended', 250],
  ])('comes back to full opacity and size when entered again %s', async (_, wait) => {
    const { motion, element } = mountedSurface();
    const exiting = motion.exit();
    await new Promise((resolve) => setTimeout(resolve, wait));
    const entering = motion.enter(APPEAR);
    await Promise.all([exiting, entering]);
    // Past the moment an exit left running would have ended and written its last frame.
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(getComputedStyle(element).opacity).toBe('1');
    expect(getComputedStyle(element).scale).toMatch(/^(none|1)$/);
    element.remove();
  });

  it('comes back at once, with no animation, when the user now prefers reduced motion', async () => {
    const { motion, element } = mountedSurface();
    await motion.exit();
    expect(getComputedStyle(element).opacity).toBe('0');
    await commands.emulateMedia({ reducedMotion: 'reduce' });
    await motion.enter();
    expect(document.getAnimations()).toHaveLength(0);
    expect(getComputedStyle(element).opacity).toBe('1');
    element.remove();
  });

  it('enters a new surface from the preset’s first frame, whatever the last one’s exit did', async () => {
    const { motion, element } = mountedSurface();
    await motion.exit();
    element.remove();
    const next = document.createElement('div');
    document.body.append(next);
    (motion.scope as { current: HTMLDivElement }).current = next;
    const entering = motion.enter();
    expect(next.getAnimations().some((running) => isFadeFromZero(running))).toBe(true);
    await entering;
    next.remove();
  });

  it('glides with the translate property, leaving transform to the positioning code', async () => {
    const { motion, element } = mountedSurface();
    element.style.transform = 'translate(100px, 50px)';
    const gliding = motion.glide({ x: -30, y: 20 });
    const animated = document.getAnimations().flatMap((animation) => {
      const effect = animation.effect as KeyframeEffect;
      return effect.getKeyframes().flatMap((frame) => Object.keys(frame));
    });
    expect(animated).toContain('translate');
    expect(animated).not.toContain('transform');
    await gliding;
    expect(document.getAnimations()).toHaveLength(0);
    expect(element.style.transform).toBe('translate(100px, 50px)');
    element.remove();
  });
});
