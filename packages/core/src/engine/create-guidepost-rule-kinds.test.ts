import { describe, expect, it, vi } from 'vitest';
import type { GuidepostEvent } from '../analytics/types';
import { defineGuidepost } from '../guides';
import { memoryAdapter } from '../persistence';
import type { RuleKinds } from '../targeting/rule-kind';
import { attributeRules } from '../targeting/rule-kinds';
import { createGuidepost } from './create-guidepost';
import { createManualClock } from './manual-clock';

const START = Date.UTC(2026, 11, 1);

const definition = defineGuidepost({
  events: ['export'],
  guides: {
    exporters: {
      kind: 'tooltip',
      target: 'a',
      body: 'b',
      audience: { all: [{ attr: 'plan', eq: 'pro' }, { event: 'export' }] },
    },
    pro: { kind: 'tooltip', target: 'c', body: 'd', audience: { attr: 'plan', eq: 'pro' } },
  },
});

function engineWith(ruleKinds: RuleKinds | undefined) {
  const time = createManualClock(START);
  const events: GuidepostEvent[] = [];
  const onError = vi.fn();
  const engine = createGuidepost(definition, {
    user: { id: 'u1', plan: 'pro' },
    storage: memoryAdapter(),
    now: time.now,
    scheduler: time.scheduler,
    locks: null,
    onEvent: (event) => events.push(event),
    onError,
    ...(ruleKinds === undefined ? {} : { ruleKinds }),
  });
  engine.track('export');
  time.advance(60_000);
  return { engine, events, onError };
}

describe('an engine with some rule kinds', () => {
  it('skips a guide whose audience uses a kind it lacks, naming the kind and its import', () => {
    const { engine, events, onError } = engineWith([attributeRules]);
    expect(engine.getState().guides.pro.open).toBe(true);
    expect(engine.getState().guides.exporters.open).toBe(false);
    const errors = events.filter((event) => event.name === 'guide_error');
    expect(errors).toEqual([
      expect.objectContaining({ guideId: 'exporters', code: 'invalid_definition' }),
    ]);
    expect(onError).toHaveBeenCalledOnce();
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({
        guideId: 'exporters',
        message: expect.stringContaining(
          "event rules are not registered; add eventRules from '@guidepost/core/targeting'",
        ) as string,
      }),
    );
    expect(engine.explain('exporters').reasons.map((reason) => reason.code)).toEqual(['disabled']);
  });

  it('shows every guide with the full preset, its default', () => {
    const { engine, events } = engineWith(undefined);
    expect(engine.getState().guides.exporters.open).toBe(true);
    expect(events.filter((event) => event.name === 'guide_error')).toEqual([]);
  });
});
