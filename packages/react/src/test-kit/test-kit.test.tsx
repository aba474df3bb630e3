import { render, screen, cleanup as cleanupTestingLibrary } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildPersona } from './build-persona';
import { createGuidepostTestKit } from './create-guidepost-test-kit';
import { cleanup, renderWithGuidepost } from './render-with-guidepost';
import { App, definition } from './test-kit-fixture.test-helpers';

afterEach(() => {
  cleanup();
  cleanupTestingLibrary();
});

const START = Date.UTC(2026, 11, 1, 9);

const newTrialUser = buildPersona(definition, {
  name: 'new trial user',
  tier: 'tech',
  segments: ['trial', 'newUser'],
  notSegments: ['activated'],
  now: START,
});

describe('renderWithGuidepost', () => {
  it('shows the tour to the persona it is for, and Next moves it on', async () => {
    const kit = renderWithGuidepost(<App />, definition, { persona: newTrialUser });
    expect(kit.stepShown('welcome', 'projects')).toBe(true);
    await screen.findByRole('dialog', { name: 'Your projects' });

    kit.advance();
    expect(kit.stepShown('welcome', 'create')).toBe(true);
    await screen.findByRole('dialog', { name: 'Create one' });
  });

  it('moves a step waiting for an event when the app tracks it', () => {
    const kit = renderWithGuidepost(<App />, definition, { persona: newTrialUser });
    kit.advance();
    kit.track('project_created');
    expect(kit.stepShown('welcome', 'done')).toBe(true);
    expect(kit.eventsNamed('step_completed').map((event) => event.stepId)).toEqual([
      'projects',
      'create',
    ]);
  });

  it('keeps the tour from a persona who already created a project, and says why', () => {
    const activated = buildPersona(definition, {
      segments: ['trial', 'newUser', 'activated'],
      now: START,
    });
    expect(activated.events).toEqual({ project_created: 1 });
    const kit = renderWithGuidepost(<App />, definition, { persona: activated });
    expect(kit.guideShown('welcome')).toBe(false);
    expect(kit.whyShown('welcome')).toMatch(/audience/i);
    expect(() => kit.advance()).toThrow(/no tour is open to move on \(showing: nothing\)/);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows the release note once the fake clock reaches its schedule', async () => {
    const paying = buildPersona(definition, { segments: ['paying'], now: START });
    const kit = renderWithGuidepost(<App />, definition, { persona: paying });
    expect(kit.guideShown('release')).toBe(false);
    kit.advance('2d');
    expect(kit.guideShown('release')).toBe(true);
    await screen.findByRole('dialog', { name: 'New: bulk export' });
    expect(kit.eventsNamed('guide_shown').map((event) => event.guideId)).toEqual(['release']);
  });

  it('saves progress in memory storage a reload would read', () => {
    const kit = renderWithGuidepost(<App />, definition, { persona: newTrialUser });
    kit.advance();
    expect(
      kit.storage.load(newTrialUser.user.id, { onError: () => undefined })?.guides.welcome,
    ).toMatchObject({ status: 'active', stepId: 'create' });
  });
});

describe('createGuidepostTestKit with Testing Library', () => {
  it('provides the engine through Wrapper', async () => {
    const kit = createGuidepostTestKit(definition, { persona: newTrialUser });
    render(<App />, { wrapper: kit.Wrapper });
    await screen.findByRole('dialog', { name: 'Your projects' });
    expect(kit.shownGuides()).toEqual(['welcome']);
    kit.destroy();
  });
});

describe('buildPersona', () => {
  it('builds attributes, dates, usage and a rollout id from the definition', () => {
    const persona = buildPersona(definition, {
      tier: 'low',
      segments: ['paying', 'bigTeam', 'pilot', 'newUser'],
      now: START,
    });
    expect(persona.user).toMatchObject({ plan: 'pro', company: { seats: 51 } });
    expect(persona.user.ltv).toBeGreaterThanOrEqual(5_000);
    expect(persona.user.ltv).toBeLessThan(50_000);
    const kit = createGuidepostTestKit(definition, { persona });
    expect(kit.engine.getState().tier).toBe('low');
    kit.destroy();
  });

  it('names the segments that contradict each other', () => {
    expect(() => buildPersona(definition, { segments: ['trial', 'paying'] })).toThrow(
      /segment 'trial'/,
    );
  });

  it('names a segment the definition lacks', () => {
    expect(() => buildPersona(definition, { segments: ['trail' as 'trial'] })).toThrow(
      /no segment 'trail'/,
    );
  });
});
