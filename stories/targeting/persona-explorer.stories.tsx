import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { explorerDefinition } from './explorer-definition';
import { PLANS } from './persona';
import type { Persona } from './persona';
import { PersonaExplorer } from './persona-explorer';

/** A fixed clock, so sign-up dates and event windows read the same on every visit. */
const NOW = Date.UTC(2026, 11, 1, 12);

function PersonaExplorerStory(persona: Persona) {
  return (
    <PersonaExplorer
      // A new initial persona from the controls starts the form afresh.
      key={JSON.stringify(persona)}
      definition={explorerDefinition}
      defaultPersona={persona}
      now={NOW}
    />
  );
}

const meta = {
  title: 'Targeting/Persona explorer',
  component: PersonaExplorerStory,
  argTypes: {
    plan: { control: 'select', options: PLANS },
    ltv: { control: { type: 'number', min: 0, step: 1_000 } },
    daysSinceSignUp: { control: { type: 'number', min: 0 } },
    companySize: { control: { type: 'number', min: 0 } },
    projectsCreated: { control: { type: 'number', min: 0, max: 100 } },
    exportsRun: { control: { type: 'number', min: 0, max: 100 } },
  },
  args: {
    plan: 'trial',
    ltv: 0,
    daysSinceSignUp: 3,
    companySize: 12,
    projectsCreated: 0,
    exportsRun: 0,
  },
} satisfies Meta<typeof PersonaExplorerStory>;

export default meta;

type Story = StoryObj<typeof meta>;

/** A new trial user: tech touch, served by the product alone. */
export const TechTouchTrialUser: Story = {
  name: 'Tech-touch trial user',
};

/** An activated pro customer in the middle of the LTV range: low touch. */
export const LowTouchPro: Story = {
  name: 'Low-touch pro',
  args: {
    plan: 'pro',
    ltv: 12_000,
    daysSinceSignUp: 120,
    companySize: 80,
    projectsCreated: 4,
    exportsRun: 6,
  },
};

/** A large enterprise account: high touch, handed to an account manager. */
export const HighTouchEnterprise: Story = {
  name: 'High-touch enterprise',
  args: {
    plan: 'enterprise',
    ltv: 240_000,
    daysSinceSignUp: 400,
    companySize: 2_500,
    projectsCreated: 2,
    exportsRun: 1,
  },
};

/** The trial user grows into a high-touch enterprise account while the results follow. */
export const UpgradingTheTrialUser: Story = {
  name: 'Upgrading the trial user',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(canvas.getByLabelText('Plan'), 'enterprise');
    const ltv = canvas.getByLabelText('Lifetime value (USD)');
    await userEvent.clear(ltv);
    await userEvent.type(ltv, '60000');
    await expect(canvas.getByRole('heading', { name: 'Touch tier: high' })).toBeVisible();
    await expect(canvas.getByRole('heading', { name: 'enterprise: matched' })).toBeVisible();
    await expect(canvas.getByRole('heading', { name: 'trial: not matched' })).toBeVisible();
    await expect(
      canvas.getByRole('heading', { name: 'success-session (announcement): in the audience' }),
    ).toBeVisible();
  },
};
