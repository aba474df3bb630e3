import { act, cleanup, render, renderHook, screen } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands } from 'vitest/browser';
import '../test/browser-commands';
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
