import { describe, expect, it } from 'vitest';
import type { GuidepostEvent } from '../../analytics/types';
import { defineGuidepost } from '../../guides';
import type { GuideFrequency } from '../../guides/types';
import { memoryAdapter } from '../../persistence';
import { createGuidepost } from '../create-guidepost';
import type { HintCloseKind, HintSettlement } from './settle-hint';

function hintWith(frequency: GuideFrequency | undefined) {
  const events: GuidepostEvent[] = [];
  const definition = defineGuidepost({
    guides: {
      hint: {
        kind: 'tooltip',
        target: 'export',
        body: 'Export here',
        beacon: true,
        ...(frequency === undefined ? {} : { frequency }),
      },
    },
  });
  const engine = createGuidepost(definition, {
    storage: memoryAdapter(),
    locks: null,
    onEvent: (event) => events.push(event),
  });
  return { engine, events };
}

describe('settleHint applies the hint frequency', () => {
  it.each<[string, GuideFrequency | undefined, number, HintCloseKind, HintSettlement]>([
    ['shown once by default, closed on purpose', undefined, 1, 'dismiss', 'closed'],
    ['shown once by default, moved on', undefined, 1, 'complete', 'completed'],
    ['once', { once: true }, 1, 'complete', 'completed'],
    ['maxShows reached, closed on purpose', { once: false, maxShows: 3 }, 3, 'dismiss', 'closed'],
    ['maxShows reached, moved on', { once: false, maxShows: 3 }, 3, 'complete', 'completed'],
    ['maxShows not reached, moved on', { once: false, maxShows: 3 }, 2, 'complete', 'closed'],
    ['every time, closed on purpose', { once: false }, 5, 'dismiss', 'closed'],
    ['a cooldown, moved on', { once: false, cooldown: '1d' }, 1, 'complete', 'closed'],
  ])('%s (%j, after %i shows): %s gives %s', (_, frequency, shows, kind, expected) => {
    const { engine, events } = hintWith(frequency);
    // Earlier shows, each ended by the user moving on, until the hint is on its last one.
    for (let show = 1; show < shows; show += 1) engine.settleHint('hint', 'dismiss');
    expect(engine.getState().guides.hint).toMatchObject({ open: true, shows });
    const before = events.length;
    expect(engine.settleHint('hint', kind, 'escape')).toBe(expected);
    const names = events.slice(before).map((event) => event.name);
    const status = engine.getState().guides.hint.status;
    if (expected === 'completed') {
      expect(names).toContain('guide_completed');
      expect(status).toBe('completed');
    } else {
      expect(names.includes('guide_dismissed')).toBe(kind === 'dismiss');
      expect(status).not.toBe('completed');
    }
  });
});
