// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createAnnouncer } from '../dom/create-announcer';
import { LiveRegion } from '../a11y/live-region';
import { useFocusReturn } from '../a11y/use-focus-return';
import { usePrefersReducedMotion } from '../a11y/use-prefers-reduced-motion';
import { usePresence } from '../motion/use-presence';
import { useSurfaceMotion } from '../motion/use-surface-motion';
import { resolveTarget } from '../dom/resolve-target';
import { useAnchor } from '../hooks/use-anchor';
import { waitForTarget } from '../dom/wait-for-target';

function Step() {
  const anchor = useAnchor<HTMLButtonElement>('new-project');
  const surfaceRef = useFocusReturn<HTMLDivElement>(true);
  const motion = useSurfaceMotion<HTMLDivElement>();
  const { mounted, status } = usePresence(true, motion.exit);
  const reduceMotion = usePrefersReducedMotion();
  return (
    <>
      <button ref={anchor}>New project</button>
      {mounted ? (
        <div ref={surfaceRef} data-state={status} data-reduce-motion={reduceMotion}>
          Step
        </div>
      ) : null}
      <LiveRegion announcer={createAnnouncer()} />
    </>
  );
}

describe('on the server', () => {
  it('renders without touching window or document', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(<Step />);
    expect(html).toContain('data-state="open"');
    expect(html).toContain('data-reduce-motion="false"');
    expect(html).toContain('role="status"');
  });

  it('finds no target and waits for none', async () => {
    expect(resolveTarget('new-project')).toBeNull();
    await expect(waitForTarget('new-project')).resolves.toBeNull();
  });
});
