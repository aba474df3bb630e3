import { createGuidepost, memoryAdapter, type GuidepostEvent } from '@guidepost/core';
import { describe, expect, it } from 'vitest';
import { DEMO_COPY } from '../../../../stories/demo/demo-copy';
import { createDemoDefinition } from '../../../../stories/demo/demo-definition';

const NOW = Date.UTC(2026, 11, 7);
const DAY = 86_400_000;

/** A persona of the demo's toolbar, settled in (45 days since sign-up). */
function run(ltv: number) {
  const events: GuidepostEvent[] = [];
  const engine = createGuidepost(createDemoDefinition(NOW, DEMO_COPY.en), {
    user: {
      id: `user-${ltv}`,
      plan: 'pro',
      ltv,
      signedUpAt: new Date(NOW - 45 * DAY).toISOString(),
    },
    storage: memoryAdapter(),
    now: () => NOW,
    locks: null,
    interruptions: { gap: 0, perSession: 10 },
    onEvent: (event) => events.push(event),
  });
  /** Closes every pop-up before the survey, as a user would, and returns the survey's turn. */
  const untilSurvey = () => {
    for (let shown = 0; shown < 5; shown++) {
      const [open] = engine.getState().modal;
      if (open === undefined || open === 'nps-2026') return open;
      engine.close(open, 'close');
    }
    return undefined;
  };
  return { engine, events, untilSurvey };
}

describe('the demo’s NPS survey', () => {
  it.each([
    ['tech', 0],
    ['low', 12_000],
    ['high', 80_000],
  ])('asks the %s-touch persona once its first pop-ups are closed', (tier, ltv) => {
    const { engine, untilSurvey } = run(ltv);
    expect(engine.getState().tier).toBe(tier);
    expect(untilSurvey()).toBe('nps-2026');
  });

  it('follows a high-touch answer of 6 with the specialist, and a 9 or a low-touch 3 with nothing', () => {
    const unhappy = run(80_000);
    unhappy.untilSurvey();
    unhappy.engine.answer('nps-2026', 6);
    expect(unhappy.engine.getState().modal).toEqual(['nps-follow-up']);

    const happy = run(80_000);
    happy.untilSurvey();
    happy.engine.answer('nps-2026', 9);
    expect(happy.engine.getState().modal).toEqual([]);

    const lowTouch = run(12_000);
    lowTouch.untilSurvey();
    lowTouch.engine.answer('nps-2026', 3);
    expect(lowTouch.engine.getState().modal).toEqual([]);
  });
});
