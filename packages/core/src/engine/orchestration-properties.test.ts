import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planShows, type ShowCandidate } from './pacing/plan-shows';
import { resolveStep } from './progress/resolve-step';

const candidates = fc
  .uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      channel: fc.constantFrom('modal' as const, 'inline' as const),
      priority: fc.integer({ min: -3, max: 3 }),
      order: fc.nat(20),
      passed: fc.boolean(),
      open: fc.boolean(),
      claiming: fc.boolean(),
      groupable: fc.boolean(),
      publishedAt: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    }),
    { selector: (candidate) => candidate.id, maxLength: 12 },
  )
  .map((list): ShowCandidate[] => list);

describe('planShows properties', () => {
  it('pages a group by priority, then newest first, undated last, then in definition order', () => {
    fc.assert(
      fc.property(candidates, (list) => {
        const byId = new Map(list.map((c) => [c.id, c]));
        const keys = planShows(list).group.map((id) => {
          const c = byId.get(id);
          return [-(c?.priority ?? 0), -(c?.publishedAt ?? -Infinity), c?.order ?? 0] as const;
        });
        for (let i = 1; i < keys.length; i++) {
          const [a, b] = [keys[i - 1], keys[i]];
          if (a === undefined || b === undefined) continue;
          const inOrder =
            a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] <= b[2])));
          expect(inOrder).toBe(true);
        }
      }),
    );
  });

  it('never lets two modal shows happen, and only eligible guides open', () => {
    fc.assert(
      fc.property(candidates, (list) => {
        const plan = planShows(list);
        const byId = new Map(list.map((c) => [c.id, c]));
        const modal = plan.eligible.filter((id) => byId.get(id)?.channel === 'modal');
        // Several modal guides show together only as one group of announcements.
        if (modal.length > 1) {
          for (const id of modal) expect(byId.get(id)?.groupable).toBe(true);
        }
        for (const id of modal) expect(plan.group).toContain(id);
        for (const id of plan.eligible) expect(byId.get(id)?.passed).toBe(true);
        for (const id of plan.toOpen) {
          expect(plan.eligible).toContain(id);
          expect(byId.get(id)?.open).toBe(false);
        }
      }),
    );
  });

  it('lists eligible guides by priority, then definition order, the pages of the modal show as they page', () => {
    fc.assert(
      fc.property(candidates, (list) => {
        const byId = new Map(list.map((c) => [c.id, c]));
        const plan = planShows(list);
        const priorities = plan.eligible.map((id) => byId.get(id)?.priority ?? 0);
        for (let i = 1; i < priorities.length; i++) {
          expect((priorities[i - 1] ?? 0) >= (priorities[i] ?? 0)).toBe(true);
        }
        const inline = plan.eligible.filter((id) => byId.get(id)?.channel === 'inline');
        const orders = inline.map((id) => [byId.get(id)?.priority ?? 0, byId.get(id)?.order ?? 0]);
        for (let i = 1; i < orders.length; i++) {
          const [a, b] = [orders[i - 1], orders[i]];
          if (a === undefined || b === undefined || a[0] !== b[0]) continue;
          expect((a[1] ?? 0) <= (b[1] ?? 0)).toBe(true);
        }
        const pages = plan.eligible.filter((id) => plan.group.includes(id));
        expect(pages).toEqual(plan.group.filter((id) => pages.includes(id)));
      }),
    );
  });
});

describe('resolveStep properties', () => {
  it('always lands on an existing step, whatever was stored', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ maxLength: 3 }), { minLength: 1, maxLength: 8 }),
        fc.option(fc.string({ maxLength: 3 }), { nil: undefined }),
        fc.option(fc.oneof(fc.integer(), fc.double()), { nil: undefined }),
        (stepIds, stepId, stepIndex) => {
          const stored = {
            ...(stepId === undefined ? {} : { stepId }),
            ...(stepIndex === undefined ? {} : { stepIndex }),
          };
          const position = resolveStep(stored, stepIds);
          expect(position.stepId).toBe(stepIds[position.stepIndex]);
          if (stepId !== undefined && stepIds.includes(stepId))
            expect(position.stepId).toBe(stepId);
        },
      ),
    );
  });
});
