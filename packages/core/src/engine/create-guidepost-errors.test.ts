import { describe, expect, it, vi } from 'vitest';
import type { GuidepostEvent } from '../analytics/types';
import { GuidepostError } from '../errors/guidepost-error';
import { defineGuidepost, parseGuidepost } from '../guides';
import { memoryAdapter } from '../persistence';
import { createGuidepost } from './create-guidepost';
import { createManualClock } from './manual-clock';

const START = Date.UTC(2026, 11, 1);

function options(extra: Partial<Parameters<typeof createGuidepost>[1]> = {}) {
  const time = createManualClock(START);
  return {
    user: { id: 'u1' },
    storage: memoryAdapter(),
    now: time.now,
    scheduler: time.scheduler,
    locks: null,
    time,
    ...extra,
  };
}

describe('a broken guide', () => {
  const definition = defineGuidepost({
    events: ['export'],
    guides: {
      broken: {
        kind: 'tooltip',
        target: 'a',
        body: 'b',
        audience: function brokenRule() {
          throw new Error('boom');
        },
      },
      fine: { kind: 'tooltip', target: 'c', body: 'd' },
    },
  });

  it('is disabled alone, with one guide_error and one onError, however often it is evaluated', () => {
    const events: GuidepostEvent[] = [];
    const onError = vi.fn();
    const { time, ...rest } = options({ onEvent: (e) => events.push(e), onError });
    const engine = createGuidepost(definition, rest);
    engine.track('export');
    time.advance(60_000);
    engine.explain('broken');
    expect(engine.getState().guides.fine.open).toBe(true);
    expect(engine.getState().guides.broken).toMatchObject({
      open: false,
      error: expect.objectContaining({ code: 'rule_threw', guideId: 'broken' }),
    });
    expect(events.filter((e) => e.name === 'guide_error')).toEqual([
      expect.objectContaining({ guideId: 'broken', code: 'rule_threw', userId: 'u1' }),
    ]);
    expect(onError).toHaveBeenCalledOnce();
    expect(engine.explain('broken').reasons.map((r) => r.code)).toEqual(['disabled']);
  });

  it('reports guides parseGuidepost dropped, one guide_error each', () => {
    const { definition: parsed, issues } = parseGuidepost({
      guides: {
        ok: { kind: 'announcement', title: 'Hi' },
        bad: { kind: 'tooltip', body: 'no target' },
      },
    });
    const events: GuidepostEvent[] = [];
    const onError = vi.fn();
    const { time: _time, ...rest } = options({ onEvent: (e) => events.push(e), onError });
    const engine = createGuidepost(parsed, { ...rest, issues });
    expect(engine.getState().guides).toMatchObject({ ok: { open: true } });
    expect(events.filter((e) => e.name === 'guide_error')).toEqual([
      expect.objectContaining({ guideId: 'bad', code: 'invalid_definition' }),
    ]);
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'invalid_definition', guideId: 'bad' }),
    );
  });
});

describe('listeners', () => {
  it('isolates a listener that throws: the engine and the other listeners go on', () => {
    const heard: string[] = [];
    const onError = vi.fn();
    const { time: _time, ...rest } = options({
      onError,
      onEvent: [
        () => {
          throw new Error('analytics down');
        },
        (event) => heard.push(event.name),
      ],
    });
    const engine = createGuidepost(
      defineGuidepost({ guides: { a: { kind: 'announcement', title: 'A' } } }),
      rest,
    );
    engine.dismiss('a');
    expect(engine.getState().guides.a.status).toBe('dismissed');
    expect(heard).toEqual(['guide_shown', 'guide_dismissed']);
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'adapter_failed', guideId: 'a' }),
    );
  });

  it('survives an onError that throws', () => {
    const { time: _time, ...rest } = options({
      onError: () => {
        throw new Error('worse');
      },
      onEvent: () => {
        throw new Error('bad');
      },
    });
    const engine = createGuidepost(
      defineGuidepost({ guides: { a: { kind: 'announcement', title: 'A' } } }),
      rest,
    );
    expect(() => engine.dismiss('a')).not.toThrow();
    expect(engine.getState().guides.a.status).toBe('dismissed');
  });
});

describe('errors reported by the UI', () => {
  const definition = defineGuidepost({
    guides: { tour: { kind: 'tour', steps: [{ id: 'a', target: 'missing', title: 'A' }] } },
  });

  it.each([
    ['target_not_found', true],
    ['render_failed', false],
  ] as const)('%s emits guide_error and keeps the guide open: %s', (code, staysOpen) => {
    const events: GuidepostEvent[] = [];
    const onError = vi.fn();
    const { time: _time, ...rest } = options({ onEvent: (e) => events.push(e), onError });
    const engine = createGuidepost(definition, rest);
    const error = new GuidepostError(code, 'no element for anchor missing', {
      guideId: 'tour',
      stepId: 'a',
    });
    engine.reportError(error);
    expect(events.at(-1)).toMatchObject({
      name: 'guide_error',
      guideId: 'tour',
      code,
      stepId: 'a',
    });
    expect(onError).toHaveBeenCalledWith(error);
    expect(engine.getState().guides.tour.open).toBe(staysOpen);
  });

  it.each([
    ['/export', true],
    ['https://example.com/docs', true],
    ['javascript:alert(1)', false],
    [' jav\tascript:alert(1)', false],
  ])('ctaClicked(%s) follows: %s', (href, safe) => {
    const events: GuidepostEvent[] = [];
    const onError = vi.fn();
    const { time: _time, ...rest } = options({ onEvent: (e) => events.push(e), onError });
    const engine = createGuidepost(definition, rest);
    expect(engine.ctaClicked('tour', href, 'a')).toBe(safe);
    expect(events.at(-1)).toMatchObject(
      safe
        ? { name: 'cta_clicked', href, stepId: 'a' }
        : { name: 'guide_error', code: 'unsafe_link' },
    );
    expect(onError).toHaveBeenCalledTimes(safe ? 0 : 1);
  });
});
