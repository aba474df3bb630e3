import { describe, expect, it } from 'vitest';
import { defineGuidepost } from '../guides';
import type { createGuidepost } from './create-guidepost';
import { recordEngine } from './testing/record-engine';

const START = Date.UTC(2026, 11, 14, 23, 0);
const HOUR = 3_600_000;

function setup<D extends Parameters<typeof createGuidepost>[0]>(definition: D) {
  return recordEngine(definition, { start: START });
}

describe('pop-ups and time', () => {
  it('an announcement open when its schedule ends closes then, and frees the modal channel', () => {
    const { engine, time, events } = setup(
      defineGuidepost({
        guides: {
          sale: {
            kind: 'announcement',
            title: 'Sale ends at midnight',
            schedule: { until: '2026-12-15' },
          },
          tips: { kind: 'tour', trigger: 'manual', steps: [{ id: 'one', title: 'Tips' }] },
        },
      }),
    );
    expect(engine.getState().modal).toEqual(['sale']);
    time.advance(HOUR - 1);
    expect(engine.getState().guides.sale.open).toBe(true);
    time.advance(1);
    expect(engine.getState().guides.sale).toMatchObject({ open: false, status: 'idle' });
    expect(engine.getState().modal).toEqual([]);
    expect(engine.explain('sale').reasons.map((reason) => reason.code)).toContain('schedule');
    expect(events.some((event) => event.name === 'guide_dismissed')).toBe(false);
    expect(engine.start('tips')).toBe(true);
  });

  it('a tour in progress when its schedule ends is left to finish', () => {
    const { engine, time } = setup(
      defineGuidepost({
        guides: {
          tips: {
            kind: 'tour',
            schedule: { until: '2026-12-15' },
            steps: [{ id: 'one', title: 'Tips' }],
          },
        },
      }),
    );
    time.advance(2 * HOUR);
    expect(engine.getState().guides.tips.open).toBe(true);
  });

  it('announcements eligible together page by priority, then newest first, as eligible() lists them', () => {
    const { engine } = setup(
      defineGuidepost({
        guides: {
          older: {
            kind: 'announcement',
            title: 'Billing moves',
            priority: 5,
            publishedAt: '2026-11-01',
          },
          newer: { kind: 'announcement', title: 'Dark mode', publishedAt: '2026-12-01' },
          newest: { kind: 'announcement', title: 'Shortcuts', publishedAt: '2026-12-10' },
          hint: { kind: 'tooltip', target: 'export', body: 'Export here', priority: 1 },
        },
      }),
    );
    expect(engine.getState().modal).toEqual(['older', 'newest', 'newer']);
    expect(engine.eligible()).toEqual(['older', 'hint', 'newest', 'newer']);
  });

  it('a text hint shows again on every hover by default; a beacon hint shows once', () => {
    const { engine } = setup(
      defineGuidepost({
        guides: {
          text: { kind: 'tooltip', target: 'export', body: 'Export here' },
          hotspot: { kind: 'tooltip', target: 'filters', body: 'Filters', beacon: true },
        },
      }),
    );
    for (let hover = 0; hover < 3; hover += 1) {
      expect(engine.getState().guides.text.open).toBe(true);
      engine.close('text');
    }
    expect(engine.getState().guides.text).toMatchObject({ open: true, shows: 4 });
    engine.close('hotspot');
    expect(engine.getState().guides.hotspot.open).toBe(false);
    expect(engine.explain('hotspot').reasons.map((reason) => reason.code)).toEqual(['frequency']);
  });
});
