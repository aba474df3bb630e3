import {
  createGuidepost,
  memoryAdapter,
  type SegmentName,
  type UserAttributes,
} from '@guidepost/core';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GuidepostProvider } from '../provider/guidepost-provider';
import { definition } from '../provider/testing/fixtures';
import { useSegment } from './use-segment';
import { useTouchTier } from './use-touch-tier';

afterEach(cleanup);

type Segment = SegmentName<typeof definition>;

function Segments({ names }: { readonly names: readonly Segment[] }) {
  return (
    <ul>
      {names.map((name) => (
        <SegmentRow key={name} name={name} />
      ))}
    </ul>
  );
}

function SegmentRow({ name }: { readonly name: Segment }) {
  const inSegment = useSegment<typeof definition>(name);
  return <li aria-label={name}>{inSegment ? 'in' : 'out'}</li>;
}

function Tier() {
  return <p aria-label="tier">{useTouchTier()}</p>;
}

function mount(user: UserAttributes) {
  const engine = createGuidepost(definition, { user, storage: memoryAdapter(), locks: null });
  render(
    <GuidepostProvider guidepost={engine}>
      <Segments names={['trial', 'activated', 'welcomed']} />
      <Tier />
    </GuidepostProvider>,
  );
  return engine;
}

const membership = (name: Segment) => screen.getByLabelText(name).textContent;

describe('useSegment', () => {
  it.each([
    [{ id: 'u1', plan: 'trial' }, 'in'],
    [{ id: 'u1', plan: 'pro' }, 'out'],
    [{ id: 'u1' }, 'out'],
  ])('answers an attribute segment for %o: %s', (user, expected) => {
    mount(user);
    expect(membership('trial')).toBe(expected);
  });

  it('follows tracked events', () => {
    const engine = mount({ id: 'u1' });
    expect(membership('activated')).toBe('out');
    act(() => engine.track('project_created'));
    expect(membership('activated')).toBe('in');
  });

  it('follows guide states', () => {
    const engine = mount({ id: 'u1' });
    expect(membership('welcomed')).toBe('out');
    act(() => engine.dismiss('welcome'));
    expect(membership('welcomed')).toBe('in');
  });

  it('follows the user', () => {
    const engine = mount({ id: 'u1', plan: 'pro' });
    act(() => engine.identify({ id: 'u1', plan: 'trial' }));
    expect(membership('trial')).toBe('in');
  });

  it('is out for a name the definition does not have', () => {
    const engine = createGuidepost(definition, { storage: memoryAdapter(), locks: null });
    function Unknown() {
      return <p aria-label="unknown">{useSegment('nobody') ? 'in' : 'out'}</p>;
    }
    render(
      <GuidepostProvider guidepost={engine}>
        <Unknown />
      </GuidepostProvider>,
    );
    expect(screen.getByLabelText('unknown').textContent).toBe('out');
  });
});

describe('useTouchTier', () => {
  it.each([
    [{ id: 'u1', ltv: 80_000 }, 'high'],
    [{ id: 'u1', ltv: 8_000 }, 'low'],
    [{ id: 'u1', ltv: 80 }, 'tech'],
    [{ id: 'u1' }, 'tech'],
  ])('gives the tier of %o: %s', (user, tier) => {
    mount(user);
    expect(screen.getByLabelText('tier').textContent).toBe(tier);
  });

  it('follows the user', () => {
    const engine = mount({ id: 'u1', ltv: 80 });
    act(() => engine.identify({ id: 'u1', ltv: 80_000 }));
    expect(screen.getByLabelText('tier').textContent).toBe('high');
  });
});
