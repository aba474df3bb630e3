import { composeStory } from '@storybook/react';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import * as stories from '../../../../stories/demo/demo.stories';
import { personaFromGlobals } from '../../../../stories/persona/persona';
import { PersonaContext } from '../../../../stories/persona/persona-context';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';

beforeEach(async () => {
  await page.viewport(1280, 800);
  window.localStorage.clear();
});
afterEach(cleanup);

const Demo = composeStory(stories.SaaSDashboard, stories.default);

/** The demo as the persona these toolbar globals describe (tests run without the decorator). */
function demoAs(globals: Readonly<Record<string, string>>) {
  const persona = personaFromGlobals(globals, Date.now());
  render(
    <PersonaContext.Provider value={{ persona, resetProgress: () => undefined }}>
      <Demo />
    </PersonaContext.Provider>,
  );
}

/** Every persona first meets a tour or an announcement: Escape closes each, as a user would. */
async function closePopUps() {
  await screen.findAllByRole('dialog');
  for (let round = 0; round < 5 && screen.queryAllByRole('dialog').length > 0; round += 1) {
    await userEvent.keyboard('{Escape}');
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  expect(screen.queryAllByRole('dialog')).toEqual([]);
}

async function openHelp(label = 'Help') {
  await userEvent.click(await screen.findByRole('button', { name: new RegExp(`^${label}`) }));
  return screen.findByRole('dialog', { name: label });
}

describe('the demo’s guide center for each persona', () => {
  it.each([
    ['a high-touch enterprise account', { plan: 'enterprise', ltv: '80000' }, 'Aiko Tanaka'],
    [
      'a low-touch pro account',
      { plan: 'pro', ltv: '12000' },
      'Webinar: reports your managers read',
    ],
    ['a tech-touch trial', { plan: 'trial', ltv: '0' }, 'Docs and community'],
  ])('offers %s its own way to get help', async (_, globals, contact) => {
    demoAs(globals);
    await closePopUps();
    const dialog = await openHelp();
    const region = within(dialog).getByRole('region', { name: 'Get in touch' });
    expect(within(region).getByText(contact)).toBeVisible();
    const articles = within(dialog).getByRole('region', { name: 'Help articles' });
    const trialOnly = within(articles).queryByText('What happens when my trial ends?');
    expect(trialOnly !== null).toBe(globals.plan === 'trial');
    // Checked once the entrance has played: contrast is judged on the settled panel.
    await Promise.all(document.getAnimations().map((animation) => animation.finished));
    await expectNoAxeViolations(dialog);
  });

  it('reads Japanese for a Japanese persona', async () => {
    demoAs({ plan: 'pro', ltv: '0', locale: 'ja' });
    await closePopUps();
    const dialog = await openHelp('ヘルプ');
    expect(within(dialog).getByText('レポートを CSV で書き出す')).toBeVisible();
  });
});
