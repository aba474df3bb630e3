import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { usePersona } from '../persona/persona-context';
import { explorerDefinition } from './explorer-definition';
import { explorerPersonaOf } from './persona';
import { PersonaExplorer } from './persona-explorer';

/** A fixed clock, so sign-up dates and event windows read the same on every visit. */
const NOW = Date.UTC(2026, 11, 1, 12);

/** Props of the explorer story: what the toolbar's persona does not say. */
interface PersonaExplorerStoryProps {
  /** Employees at the persona's company. */
  readonly companySize: number;
}

/** The explorer, starting from the toolbar's persona at a company of the given size. */
function PersonaExplorerStory({ companySize }: PersonaExplorerStoryProps) {
  const { persona } = usePersona();
  const start = explorerPersonaOf(persona, companySize);
  return (
    <PersonaExplorer
      // A new persona from the toolbar or the controls starts the form afresh.
      key={JSON.stringify(start)}
      definition={explorerDefinition}
      defaultPersona={start}
      now={NOW}
    />
  );
}

const meta = {
  title: 'Targeting/Persona explorer',
  component: PersonaExplorerStory,
  argTypes: {
    companySize: { control: { type: 'number', min: 0 } },
  },
  args: { companySize: 12 },
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
  globals: { plan: 'pro', ltv: '12000', days: '45', events: 'most' },
  args: { companySize: 80 },
};

/** A large enterprise account: high touch, handed to an account manager. */
export const HighTouchEnterprise: Story = {
  name: 'High-touch enterprise',
  globals: { plan: 'enterprise', ltv: '80000', days: '45', events: 'some' },
  args: { companySize: 2_500 },
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
