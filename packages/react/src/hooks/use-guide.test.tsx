import { createGuidepost, memoryAdapter, type GuideView } from '@guidepost/core';
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GuidepostProvider } from '../provider/guidepost-provider';
import { definition } from '../provider/testing/fixtures';
import { useGuide } from './use-guide';
import { useSegment } from './use-segment';
import { useTargeting } from './use-targeting';
import { useTouchTier } from './use-touch-tier';
import { useTour } from './use-tour';
import { useTrack } from './use-track';

afterEach(cleanup);

function setup() {
  const engine = createGuidepost(definition, {
    user: { id: 'u1' },
    storage: memoryAdapter(),
    locks: null,
  });
  const seen: (GuideView | undefined)[] = [];
  function Probe({ id, tick }: { readonly id: string; readonly tick: number }) {
    seen.push(useGuide(id));
    return <p>{tick}</p>;
  }
  const tree = (id: string, tick: number) => (
    <GuidepostProvider guidepost={engine}>
      <Probe id={id} tick={tick} />
    </GuidepostProvider>
  );
  const mount = (id = 'welcome') => render(tree(id, 0));
  return { engine, seen, mount, tree };
}

describe('useGuide', () => {
  it('gives the guide as the engine shows it', () => {
    const { seen, mount } = setup();
    mount();
    expect(seen.at(-1)).toMatchObject({ id: 'welcome', open: true, stepId: 'projects' });
  });

  it('keeps the same object while the guide does not change', () => {
    const { engine, seen, mount, tree } = setup();
    const { rerender } = mount();
    const first = seen.at(-1);
    act(() => engine.track('project_created'));
    rerender(tree('welcome', 1));
    expect(seen.length).toBeGreaterThan(1);
    expect(new Set(seen)).toEqual(new Set([first]));
    act(() => engine.next('welcome'));
    expect(seen.at(-1)).toMatchObject({ stepId: 'create' });
  });

  it.each([['missing'], ['__proto__'], ['toString']])('gives undefined for %s', (id) => {
    const { seen, mount } = setup();
    mount(id);
    expect(seen.at(-1)).toBeUndefined();
  });
});

describe('hooks outside a provider', () => {
  it.each([
    ['useGuide', () => useGuide('welcome')],
    ['useTour', () => useTour('welcome')],
    ['useSegment', () => useSegment('trial')],
    ['useTargeting', () => useTargeting({ segment: 'trial' })],
    ['useTouchTier', () => useTouchTier()],
    ['useTrack', () => useTrack()],
  ])('%s throws a message naming itself and the provider', (name, hook) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    function Outside() {
      hook();
      return null;
    }
    expect(() => render(<Outside />)).toThrow(
      `\`${name}\` must be used within \`GuidepostProvider\``,
    );
    vi.restoreAllMocks();
  });
});
