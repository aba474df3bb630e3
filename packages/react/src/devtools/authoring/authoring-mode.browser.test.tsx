import { createGuidepost, defineGuidepost, memoryAdapter } from '@guidepost/core';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { GuidepostProvider } from '../../provider/guidepost-provider';
import { expectNoAxeViolations } from '../../test/expect-no-axe-violations';
import '../../styles.css';
import { settleAnimations } from '../../tour/tour-browser.test-helpers';
import { GuidepostDevtools } from '../guidepost-devtools';

const definition = defineGuidepost({
  segments: { trial: { attr: 'plan', eq: 'trial' } },
  touchModel: { high: { attr: 'ltv', gte: 50_000 } },
  events: ['project_created'],
  guides: {},
});

const PERSONAS = {
  'Trial user': { id: 'trial-1', plan: 'trial', ltv: 0 },
  'Enterprise admin': { id: 'ent-1', plan: 'enterprise', ltv: 80_000 },
};

function App({ onNewProject }: { onNewProject: () => void }) {
  return (
    <main>
      <nav aria-label="Sidebar">
        <a href="#projects" data-guidepost="sidebar-projects">
          Projects
        </a>
      </nav>
      <button type="button" onClick={onNewProject} style={{ margin: '40px 0 0 40px' }}>
        New project
      </button>
    </main>
  );
}

function renderApp() {
  const onNewProject = vi.fn();
  const guidepost = createGuidepost(definition, {
    user: { id: 'me', plan: 'pro', ltv: 10 },
    storage: memoryAdapter(),
    locks: null,
  });
  render(
    <GuidepostProvider guidepost={guidepost}>
      <App onNewProject={onNewProject} />
      <GuidepostDevtools personas={PERSONAS} />
    </GuidepostProvider>,
  );
  return { onNewProject };
}

async function openAuthoring(): Promise<HTMLElement> {
  await userEvent.click(screen.getByRole('button', { name: 'Author a guide' }));
  return screen.findByRole('dialog', { name: 'Author a guide' }, { timeout: 15_000 });
}

beforeEach(async () => {
  await page.viewport(1280, 900);
});
afterEach(cleanup);

describe('authoring a guide in the devtools, in Chromium', () => {
  it('picks an element, drafts a step, previews the real Tour and exports it', async () => {
    const { onNewProject } = renderApp();
    const mode = await openAuthoring();
    const inMode = within(mode);
    await expectNoAxeViolations(mode);

    const pick = inMode.getByRole('button', { name: 'Pick an element' });
    await userEvent.click(pick);
    expect(mode.textContent).toMatch(/Picking: point at an element and click it/);
    const newProject = screen.getByRole('button', { name: 'New project' });
    await userEvent.hover(newProject);
    await vi.waitFor(() =>
      expect(document.querySelector('.gp-devtools-pick-highlight')?.textContent).toBe(
        'button "New project"',
      ),
    );
    await userEvent.click(newProject);
    // The pick is the devtools' own: the app's button was not pressed.
    expect(onNewProject).not.toHaveBeenCalled();
    expect(document.querySelector('.gp-devtools-pick-highlight')).toBeNull();
    expect(document.activeElement).toBe(
      inMode.getByRole('button', { name: 'Pick another element' }),
    );
    expect(mode.textContent).toContain('Add data-guidepost="new-project" to it');
    // Nothing to preview until the step says something.
    expect(mode.textContent).toContain('The preview shows on the page once the step has a title');
    expect(screen.getAllByRole('dialog')).toEqual([mode]);

    const title = inMode.getByRole('textbox', { name: 'Title' });
    await userEvent.type(title, 'Create a project');
    await userEvent.type(inMode.getByRole('textbox', { name: 'Body' }), 'Start here.');
    await userEvent.selectOptions(inMode.getByRole('combobox', { name: 'Placement' }), 'right');
    await userEvent.selectOptions(inMode.getByRole('combobox', { name: 'Moves on with' }), 'click');

    // The real step, beside the picked element; typing was never interrupted.
    const step = await vi.waitFor(() => {
      const shown = screen.getByRole('dialog', { name: 'Create a project' });
      expect(shown.dataset.state).toBe('open');
      return shown;
    }, 4000);
    expect(step.textContent).toContain('Start here.');
    await vi.waitFor(() => {
      const box = step.getBoundingClientRect();
      expect(box.left).toBeGreaterThanOrEqual(newProject.getBoundingClientRect().right);
    });
    expect(document.activeElement).toBe(inMode.getByRole('textbox', { name: 'Body' }));
    // axe judges colours as painted: the step's entrance must have finished.
    await settleAnimations();
    await expectNoAxeViolations(step);

    // Who gets it, from the engine's explain.
    await userEvent.selectOptions(inMode.getByRole('combobox', { name: 'Shown to' }), 'tier:high');
    const personas = inMode.getByRole('table', { name: 'Each persona, as the engine explains it' });
    expect(within(personas).getByRole('row', { name: /Enterprise admin/ }).textContent).toContain(
      'yes',
    );
    expect(within(personas).getByRole('row', { name: /Trial user/ }).textContent).toMatch(
      /no: audience: ltv is 0/,
    );
    // Personas made from the definition's tiers and segments.
    const row = (name: string) =>
      within(personas).getByRole('row', { name: new RegExp(`^${name}`) });
    expect(row('high touch tier').textContent).toMatch(/yes$/);
    expect(row('segment trial').textContent).toBe(
      'segment trialtechtrialno: audience: ltv is missing; the rule wants at least 50000',
    );

    // Export, validated.
    expect(mode.textContent).toContain('The definition validator finds no problem in this guide.');
    const typescript = inMode.getByRole('region', { name: /^TypeScript/ }).textContent ?? '';
    expect(typescript).toContain("target: 'new-project',");
    expect(typescript).toContain("placement: 'right',");
    expect(typescript).toContain('advanceOn: {\n        click: true,\n      },');
    const written: string[] = [];
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (text) => {
      written.push(text);
    });
    await userEvent.click(inMode.getByRole('button', { name: 'Copy TypeScript' }));
    await vi.waitFor(() => expect(mode.textContent).toContain('TypeScript copied.'));
    expect(written).toEqual([typescript]);
    await userEvent.click(inMode.getByRole('button', { name: 'Copy JSON' }));
    const json = JSON.parse(written[1]!) as { guides: Record<string, { steps: unknown[] }> };
    expect(json.guides['new-guide']?.steps).toEqual([
      {
        id: 'create-a-project',
        target: 'new-project',
        title: 'Create a project',
        body: 'Start here.',
        placement: 'right',
        advanceOn: { click: true },
      },
    ]);
    await expectNoAxeViolations(mode);

    // A second, centred step: the preview moves to it, the export holds both.
    await userEvent.click(inMode.getByRole('button', { name: 'Add a step' }));
    expect(inMode.getByRole('group', { name: 'Step 2 of 2' })).toBeDefined();
    await userEvent.type(inMode.getByRole('textbox', { name: 'Title' }), 'All set');
    const second = await vi.waitFor(() => screen.getByRole('dialog', { name: 'All set' }), 4000);
    expect(second.textContent).toContain('Step 2 of 2');
    expect(screen.queryByRole('dialog', { name: 'Create a project' })).toBeNull();
    await userEvent.click(inMode.getByRole('button', { name: 'Copy JSON' }));
    const both = JSON.parse(written[2]!) as { guides: Record<string, { steps: unknown[] }> };
    expect(both.guides['new-guide']?.steps).toHaveLength(2);
  });

  it('picks with the keyboard, and Escape cancels a pick', async () => {
    renderApp();
    const mode = await openAuthoring();
    const inMode = within(mode);
    const pick = inMode.getByRole('button', { name: 'Pick an element' });
    await userEvent.click(pick);
    await userEvent.keyboard('{Escape}');
    expect(mode.textContent).not.toMatch(/Picking:/);
    expect(document.activeElement).toBe(pick);
    expect(screen.getByRole('dialog', { name: 'Author a guide' })).toBe(mode);

    await userEvent.click(pick);
    act(() => screen.getByRole('link', { name: 'Projects' }).focus());
    await userEvent.keyboard('{Enter}');
    expect(mode.textContent).toContain('Anchor sidebar-projects (link "Projects")');
    expect(window.location.hash).not.toBe('#projects');
    expect(document.activeElement).toBe(
      inMode.getByRole('button', { name: 'Pick another element' }),
    );

    // Escape outside a pick leaves the mode, and focus goes back to its button.
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Author a guide' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Author a guide' }));
  });
});
