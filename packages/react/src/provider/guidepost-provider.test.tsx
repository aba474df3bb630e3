import {
  createGuidepost,
  memoryAdapter,
  type Guidepost,
  type StorageAdapter,
  type UserAttributes,
} from '@guidepost/core';
import { act, cleanup, render, screen } from '@testing-library/react';
import { StrictMode, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSegment } from '../hooks/use-segment';
import { useGuidepost } from './guidepost-context';
import { GuidepostProvider } from './guidepost-provider';
import { definition, eventLog, storageAtStep, WelcomeStatus } from './testing/fixtures';

afterEach(cleanup);

async function flush() {
  await act(async () => {
    await Promise.resolve();
  });
}

let captured: Guidepost | undefined;
function CaptureEngine() {
  captured = useGuidepost();
  return null;
}

function TrialBadge() {
  return <p aria-label="trial">{useSegment<typeof definition>('trial') ? 'yes' : 'no'}</p>;
}

type Mount = (children: ReactNode, user?: UserAttributes) => ReactNode;

const withEngine = (): Mount => {
  const engine = createGuidepost(definition, {
    user: { id: 'u1' },
    storage: storageAtStep('create', 1),
    locks: null,
  });
  return (children, user) => (
    <GuidepostProvider guidepost={engine} {...(user ? { user } : {})}>
      {children}
    </GuidepostProvider>
  );
};

const withDefinition = (): Mount => {
  const storage = storageAtStep('create', 1);
  return (children, user) => (
    <GuidepostProvider definition={definition} storage={storage} user={user ?? { id: 'u1' }}>
      {children}
    </GuidepostProvider>
  );
};

describe('GuidepostProvider', () => {
  it.each([
    ['an engine the app owns', withEngine],
    ['a definition', withDefinition],
  ])('shows the guides of %s', async (_, mount) => {
    render(mount()(<WelcomeStatus />));
    await flush();
    expect(screen.getByLabelText('welcome')).toHaveProperty('textContent', 'step create');
  });

  it('throws a message naming the hook and the provider when there is none', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<CaptureEngine />)).toThrow(
      '`useGuidepost` must be used within `GuidepostProvider`',
    );
    vi.restoreAllMocks();
  });

  it('never destroys an engine the app owns', async () => {
    const log = eventLog();
    const engine = createGuidepost(definition, {
      storage: memoryAdapter(),
      locks: null,
      onEvent: log.onEvent,
    });
    const destroy = vi.spyOn(engine, 'destroy');
    const { unmount } = render(
      <GuidepostProvider guidepost={engine}>
        <WelcomeStatus />
      </GuidepostProvider>,
    );
    unmount();
    await flush();
    engine.next('welcome');
    expect(destroy).not.toHaveBeenCalled();
    expect(log.named('step_viewed').map((event) => event.stepId)).toEqual(['projects', 'create']);
  });

  it('destroys the engine it created once it unmounts', async () => {
    const unsubscribe = vi.fn();
    const storage: StorageAdapter = { ...memoryAdapter(), subscribe: () => unsubscribe };
    const log = eventLog();
    const { unmount } = render(
      <GuidepostProvider definition={definition} storage={storage} onEvent={log.onEvent}>
        <CaptureEngine />
      </GuidepostProvider>,
    );
    await flush();
    expect(unsubscribe).not.toHaveBeenCalled();
    unmount();
    await flush();
    expect(unsubscribe).toHaveBeenCalledOnce();
    captured?.next('welcome');
    expect(log.named('step_viewed')).toHaveLength(1);
  });

  it('starts a new engine for a new definition and destroys the old one', async () => {
    const unsubscribe = vi.fn();
    const storage: StorageAdapter = { ...memoryAdapter(), subscribe: () => unsubscribe };
    const { rerender } = render(
      <GuidepostProvider definition={definition} storage={storage}>
        <WelcomeStatus />
        <CaptureEngine />
      </GuidepostProvider>,
    );
    await flush();
    const first = captured;
    act(() => first?.next('welcome'));
    const edited = { ...definition };
    rerender(
      <GuidepostProvider definition={edited} storage={storage}>
        <WelcomeStatus />
        <CaptureEngine />
      </GuidepostProvider>,
    );
    await flush();
    expect(captured).not.toBe(first);
    expect(unsubscribe).toHaveBeenCalledOnce();
    expect(screen.getByLabelText('welcome')).toHaveProperty('textContent', 'step create');
  });

  it('calls the latest onEvent', async () => {
    const first = eventLog();
    const second = eventLog();
    const storage = memoryAdapter();
    const { rerender } = render(
      <GuidepostProvider definition={definition} storage={storage} onEvent={first.onEvent}>
        <CaptureEngine />
      </GuidepostProvider>,
    );
    await flush();
    rerender(
      <GuidepostProvider definition={definition} storage={storage} onEvent={second.onEvent}>
        <CaptureEngine />
      </GuidepostProvider>,
    );
    act(() => captured?.next('welcome'));
    expect(first.named('step_viewed').map((event) => event.stepId)).toEqual(['projects']);
    expect(second.named('step_viewed').map((event) => event.stepId)).toEqual(['create']);
  });
});

describe('GuidepostProvider user', () => {
  it.each([
    ['a new object with the same values', 0, { id: 'u1', plan: 'free', tags: ['a'] }],
    ['the same values in another order', 0, { tags: ['a'], plan: 'free', id: 'u1' }],
    ['a changed attribute', 1, { id: 'u1', plan: 'trial', tags: ['a'] }],
    ['a changed nested value', 1, { id: 'u1', plan: 'free', tags: ['b'] }],
    ['another user', 1, { id: 'u2', plan: 'free', tags: ['a'] }],
  ])('identifies again for %s: %i call(s)', (_, calls, next) => {
    const engine = createGuidepost(definition, {
      user: { id: 'u1', plan: 'free', tags: ['a'] },
      storage: memoryAdapter(),
      locks: null,
    });
    const identify = vi.spyOn(engine, 'identify');
    const { rerender } = render(
      <GuidepostProvider guidepost={engine} user={{ id: 'u1', plan: 'free', tags: ['a'] }}>
        <TrialBadge />
      </GuidepostProvider>,
    );
    expect(identify).not.toHaveBeenCalled();
    rerender(
      <GuidepostProvider guidepost={engine} user={next}>
        <TrialBadge />
      </GuidepostProvider>,
    );
    expect(identify).toHaveBeenCalledTimes(calls);
  });

  it('identifies a user the app-owned engine was created without', () => {
    const engine = createGuidepost(definition, { storage: memoryAdapter(), locks: null });
    render(
      <GuidepostProvider guidepost={engine} user={{ id: 'u1', plan: 'trial' }}>
        <TrialBadge />
      </GuidepostProvider>,
    );
    expect(screen.getByLabelText('trial')).toHaveProperty('textContent', 'yes');
  });

  it('re-evaluates segments when the user of an engine it created changes', async () => {
    const storage = memoryAdapter();
    const { rerender } = render(
      <GuidepostProvider
        definition={definition}
        storage={storage}
        user={{ id: 'u1', plan: 'free' }}
      >
        <TrialBadge />
      </GuidepostProvider>,
    );
    await flush();
    expect(screen.getByLabelText('trial')).toHaveProperty('textContent', 'no');
    rerender(
      <GuidepostProvider
        definition={definition}
        storage={storage}
        user={{ id: 'u1', plan: 'trial' }}
      >
        <TrialBadge />
      </GuidepostProvider>,
    );
    expect(screen.getByLabelText('trial')).toHaveProperty('textContent', 'yes');
  });
});

describe('several providers', () => {
  it('keep their own engine and state', async () => {
    const left = memoryAdapter();
    const right = memoryAdapter();
    let engines: Guidepost[] = [];
    function Collect() {
      const engine = useGuidepost();
      engines = [...engines, engine];
      return null;
    }
    render(
      <>
        <GuidepostProvider definition={definition} storage={left} user={{ id: 'u1' }}>
          <WelcomeStatus label="left" />
          <Collect />
        </GuidepostProvider>
        <GuidepostProvider definition={definition} storage={right} user={{ id: 'u1' }}>
          <WelcomeStatus label="right" />
          <Collect />
        </GuidepostProvider>
      </>,
    );
    await flush();
    const [first] = engines;
    // One modal guide at a time on the page: the right tour waits for the left one.
    expect(screen.getByLabelText('left')).toHaveProperty('textContent', 'step projects');
    expect(screen.getByLabelText('right')).toHaveProperty('textContent', 'closed');
    act(() => first?.next('welcome'));
    expect(screen.getByLabelText('left')).toHaveProperty('textContent', 'step create');
    expect(screen.getByLabelText('right')).toHaveProperty('textContent', 'closed');
    act(() => first?.dismiss('welcome'));
    expect(screen.getByLabelText('left')).toHaveProperty('textContent', 'closed');
    expect(screen.getByLabelText('right')).toHaveProperty('textContent', 'step projects');
  });

  it('show their modal guides one after the other, and hand the page on when one unmounts', async () => {
    const app = (withLeft: boolean) => (
      <>
        {withLeft && (
          <GuidepostProvider definition={definition} storage={memoryAdapter()} user={{ id: 'u1' }}>
            <WelcomeStatus label="left" />
          </GuidepostProvider>
        )}
        <GuidepostProvider definition={definition} storage={memoryAdapter()} user={{ id: 'u1' }}>
          <WelcomeStatus label="right" />
        </GuidepostProvider>
      </>
    );
    const view = render(app(true));
    await flush();
    expect(screen.getByLabelText('left')).toHaveProperty('textContent', 'step projects');
    expect(screen.getByLabelText('right')).toHaveProperty('textContent', 'closed');
    view.rerender(app(false));
    await flush();
    expect(screen.getByLabelText('right')).toHaveProperty('textContent', 'step projects');
  });
});

describe('StrictMode', () => {
  it('starts the engine it owns once and keeps it usable', async () => {
    const log = eventLog();
    const base = memoryAdapter();
    const load = vi.fn(base.load);
    const unsubscribe = vi.fn();
    const storage: StorageAdapter = { ...base, load, subscribe: () => unsubscribe };
    render(
      <StrictMode>
        <GuidepostProvider definition={definition} storage={storage} onEvent={log.onEvent}>
          <WelcomeStatus />
          <CaptureEngine />
        </GuidepostProvider>
      </StrictMode>,
    );
    await flush();
    expect(load).toHaveBeenCalledOnce();
    expect(unsubscribe).not.toHaveBeenCalled();
    expect(log.named('guide_shown')).toHaveLength(1);
    expect(screen.getByLabelText('welcome')).toHaveProperty('textContent', 'step projects');

    act(() => captured?.next('welcome'));
    expect(screen.getByLabelText('welcome')).toHaveProperty('textContent', 'step create');
    expect(log.named('step_viewed').map((event) => event.stepId)).toEqual(['projects', 'create']);
  });

  it('keeps stored progress: resumes at the stored step, saves the next, and shows it once', async () => {
    const log = eventLog();
    const storage = storageAtStep('create', 1);
    render(
      <StrictMode>
        <GuidepostProvider
          definition={definition}
          storage={storage}
          user={{ id: 'u1' }}
          onEvent={log.onEvent}
        >
          <WelcomeStatus />
          <CaptureEngine />
        </GuidepostProvider>
      </StrictMode>,
    );
    await flush();
    expect(screen.getByLabelText('welcome')).toHaveProperty('textContent', 'step create');
    expect(log.named('guide_shown')).toHaveLength(0);
    act(() => captured?.next('welcome'));
    const saved = await storage.load('u1', { onError: () => undefined });
    expect(saved?.guides.welcome).toMatchObject({ status: 'active', stepId: 'share' });
    expect(log.named('step_viewed').map((event) => event.stepId)).toEqual(['create', 'share']);
  });

  it('shows a guide once over an engine the app owns', async () => {
    const log = eventLog();
    const engine = createGuidepost(definition, {
      user: { id: 'u2' },
      storage: memoryAdapter(),
      locks: null,
      onEvent: log.onEvent,
    });
    render(
      <StrictMode>
        <GuidepostProvider guidepost={engine} user={{ id: 'u2' }}>
          <WelcomeStatus />
        </GuidepostProvider>
      </StrictMode>,
    );
    await flush();
    expect(log.named('guide_shown').map((event) => event.userId)).toEqual(['u2']);
    expect(screen.getByLabelText('welcome')).toHaveProperty('textContent', 'step projects');
  });
});
