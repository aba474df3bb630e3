import { createGuidepost, defineGuidepost, memoryAdapter } from '@guidepost/core';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GuidepostProvider } from '../provider/guidepost-provider';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';
import { GuidepostDevtools } from './guidepost-devtools';

afterEach(cleanup);

const definition = defineGuidepost({
  segments: {
    paying: { attr: 'plan', in: ['pro', 'enterprise'] },
    activated: { event: 'project_created' },
  },
  touchModel: { high: { attr: 'ltv', gte: 50_000 }, low: { attr: 'ltv', gte: 5_000 } },
  events: ['project_created'],
  guides: {
    welcome: {
      kind: 'tour',
      trigger: 'manual',
      audience: { not: { segment: 'activated' } },
      steps: [{ id: 'hello', title: 'Hello' }],
    },
    upgrade: {
      kind: 'announcement',
      audience: { attr: 'plan', in: ['pro', 'enterprise'] },
      title: 'New on Pro',
    },
  },
});

function setup(user: { id: string; plan: string; ltv: number }, now?: () => number) {
  const guidepost = createGuidepost(definition, {
    user,
    storage: memoryAdapter(),
    locks: null,
    ...(now === undefined ? {} : { now }),
  });
  render(
    <GuidepostProvider guidepost={guidepost}>
      <GuidepostDevtools />
    </GuidepostProvider>,
  );
  return guidepost;
}

const guideRow = (id: string) => {
  const row = within(screen.getByRole('list', { name: 'Guides' }))
    .getByText(id)
    .closest('li');
  if (row === null) throw new Error(`no row for ${id}`);
  return row;
};

describe('GuidepostDevtools', () => {
  it('names the user, the tier and each segment, and why each guide shows or not', async () => {
    setup({ id: 'u_7', plan: 'free', ltv: 12_000 });
    const panel = screen.getByRole('complementary', { name: 'Why each guide shows' });
    expect(within(panel).getByText('u_7').tagName).toBe('CODE');
    expect(within(panel).getByText('low')).toBeInstanceOf(HTMLElement);
    expect(within(panel).getByText('paying: no').dataset.matched).toBe('false');
    expect(within(panel).getByText('activated: no').dataset.matched).toBe('false');

    expect(guideRow('welcome').dataset.verdict).toBe('not eligible');
    expect(guideRow('welcome').textContent).toMatch(/starts only through start\(\)/);
    expect(guideRow('upgrade').dataset.verdict).toBe('not eligible');
    expect(guideRow('upgrade').textContent).toMatch(/plan is 'free'/);
    await expectNoAxeViolations(panel);
  });

  it('follows the engine as guides open and close and events are tracked', () => {
    const guidepost = setup({ id: 'u_8', plan: 'pro', ltv: 0 });
    expect(guideRow('upgrade').dataset.verdict).toBe('shown');
    act(() => guidepost.dismiss('upgrade'));
    expect(guideRow('upgrade').dataset.verdict).toBe('not eligible');
    act(() => void guidepost.start('welcome'));
    expect(guideRow('welcome').dataset.verdict).toBe('shown');
    act(() => guidepost.track('project_created'));
    expect(screen.getByText('activated: yes').dataset.matched).toBe('true');
  });

  it('shows the interruption budget: pop-ups spent, and the gap after one closed', () => {
    const at = Date.UTC(2026, 11, 7, 9);
    let clock = at;
    const guidepost = setup({ id: 'u_9', plan: 'pro', ltv: 0 }, () => clock);
    const budget = () => screen.getByText(/this session/);
    expect(budget().textContent).toBe('1 of 3 this session, 1 of 5 today');
    clock = at + 20_000;
    act(() => guidepost.close('upgrade', 'close'));
    clock = at + 40_000;
    act(() => guidepost.track('project_created'));
    expect(budget().textContent).toBe('1 of 3 this session, 1 of 5 today; next in 2 min 40 s');
    expect(budget().className).toBe('gp-devtools-budget');
  });
});

describe('GuidepostDevtools goals', () => {
  const HOUR = 3_600_000;
  const goals = defineGuidepost({
    events: ['project_created', 'invite_sent'],
    guides: {
      welcome: {
        kind: 'tour',
        trigger: 'manual',
        goal: { event: 'project_created', within: '1d' },
        steps: [{ id: 'hello', title: 'Hello' }],
      },
      invite: {
        kind: 'tour',
        trigger: 'manual',
        goal: { event: 'invite_sent', within: '2h' },
        steps: [{ id: 'hello', title: 'Invite' }],
      },
      plain: { kind: 'tour', trigger: 'manual', steps: [{ id: 'hello', title: 'Plain' }] },
    },
  });

  it("shows each guide's goal and whether it waits, was reached or expired", () => {
    let clock = Date.UTC(2026, 11, 7, 9);
    const guidepost = createGuidepost(goals, {
      user: { id: 'u_goal' },
      storage: memoryAdapter(),
      locks: null,
      now: () => clock,
    });
    render(
      <GuidepostProvider guidepost={guidepost}>
        <GuidepostDevtools />
      </GuidepostProvider>,
    );
    const goal = (id: string) => guideRow(id).querySelector('.gp-devtools-goal');
    expect(goal('welcome')?.textContent).toBe('Goal project_created within 1d: not started');
    expect(goal('plain')).toBeNull();

    // One tour at a time: the goal's window runs on after its guide closes.
    act(() => void guidepost.start('welcome'));
    act(() => guidepost.dismiss('welcome'));
    act(() => void guidepost.start('invite'));
    expect(goal('welcome')?.textContent).toBe('Goal project_created within 1d: waiting');
    expect(goal('invite')?.getAttribute('data-goal')).toBe('waiting');

    clock += 3 * HOUR;
    act(() => guidepost.track('project_created'));
    expect(goal('welcome')?.textContent).toBe('Goal project_created within 1d: reached');
    expect(goal('invite')?.textContent).toBe('Goal invite_sent within 2h: expired');
  });

  // The first load compiles the authoring mode's modules: slow on a busy machine.
  it(
    'offers the authoring mode in development, loaded when asked for',
    { timeout: 20_000 },
    async () => {
      setup({ id: 'u_10', plan: 'free', ltv: 0 });
      const author = screen.getByRole('button', { name: 'Author a guide' });
      expect(author.getAttribute('aria-expanded')).toBe('false');
      expect(screen.queryByRole('dialog', { name: 'Author a guide' })).toBeNull();
      act(() => author.click());
      const dialog = await screen.findByRole(
        'dialog',
        { name: 'Author a guide' },
        { timeout: 15_000 },
      );
      expect(author.getAttribute('aria-expanded')).toBe('true');
      // Focus moves in once the lazily loaded panel has mounted, which may be a frame later.
      await waitFor(() =>
        expect(document.activeElement).toBe(
          within(dialog).getByRole('textbox', { name: 'Guide id' }),
        ),
      );
      act(() => within(dialog).getByRole('button', { name: 'Close authoring' }).click());
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(document.activeElement).toBe(author);
    },
  );
});
