import type { GuideIdOfKind, GuidepostDefinition } from '@guidepost/core';
import type { RegisteredDefinition } from '../register/register';
import { ChecklistCelebration } from './checklist-celebration';
import type { ChecklistClassNames } from './checklist-class-names';
import { ChecklistDismiss } from './checklist-dismiss';
import { ChecklistItem } from './checklist-item';
import { ChecklistItems } from './checklist-items';
import type { ChecklistLabels } from './checklist-labels';
import { ChecklistPanel } from './checklist-panel';
import { ChecklistProgress } from './checklist-progress';
import { ChecklistRoot } from './checklist-root';
import { ChecklistTrigger } from './checklist-trigger';
import { checklistParts } from './checklist-parts';
import { rootSettingsProps } from '../parts/root-settings-props';
import type { OneLineProps } from '../parts/surface-root-props';

const { Title: ChecklistTitle, Body: ChecklistDescription, Close: ChecklistClose } = checklistParts;

/**
 * Props of {@link Checklist}. With the definition registered (see `Register`), or its type
 * passed (`<Checklist<typeof definition> id>`), a misspelt checklist id does not compile.
 */
export interface ChecklistProps<
  D extends GuidepostDefinition = RegisteredDefinition,
> extends OneLineProps<ChecklistClassNames, ChecklistLabels> {
  /** The checklist's guide id. */
  readonly id: GuideIdOfKind<D, 'checklist'>;
  /** Render the panel in place, always expanded, without a launcher. @default false */
  readonly inline?: boolean;
  /** Whether the floating panel starts expanded. @default false */
  readonly defaultOpen?: boolean;
}

/**
 * The whole checklist in one line, with the default look: the parts composed as
 * `Root > (Trigger, Panel > (Title, Description, Progress, Celebration, Items, Dismiss,
 * Close))`. Compose the parts yourself (`Checklist.Root`, `Checklist.Items`…) for another
 * layout.
 *
 * @example
 * <Checklist id="getting-started" />
 * <Checklist id="getting-started" inline locale="ja" />
 */
function ChecklistDefault<D extends GuidepostDefinition = RegisteredDefinition>({
  id,
  inline,
  defaultOpen,
  className,
  classNames,
  unstyled,
  labels,
  locale,
}: ChecklistProps<D>) {
  return (
    <ChecklistRoot<D>
      id={id}
      {...(inline === undefined ? {} : { inline })}
      {...(defaultOpen === undefined ? {} : { defaultOpen })}
      {...rootSettingsProps({ classNames, unstyled, labels, locale })}
    >
      <ChecklistTrigger />
      <ChecklistPanel {...(className === undefined ? {} : { className })}>
        <ChecklistTitle />
        <ChecklistDescription />
        <ChecklistProgress />
        <ChecklistCelebration />
        <ChecklistItems />
        <div className={unstyled === true ? undefined : 'gp-footer'}>
          <ChecklistDismiss />
        </div>
        <ChecklistClose />
      </ChecklistPanel>
    </ChecklistRoot>
  );
}

/**
 * An onboarding checklist: `<Checklist id="getting-started" />` renders the default look, and
 * `Checklist.Root`, `Checklist.Trigger`, `Checklist.Panel`, `Checklist.Title`,
 * `Checklist.Description`, `Checklist.Progress`, `Checklist.Items`, `Checklist.Item`,
 * `Checklist.Dismiss`, `Checklist.Close` and `Checklist.Celebration` are its parts. `useChecklist(id)` gives the same data to a look of your own.
 *
 * @example
 * <Checklist.Root id="getting-started" inline>
 *   <Checklist.Panel>
 *     <Checklist.Title /><Checklist.Progress /><Checklist.Celebration />
 *     <Checklist.Items />
 *     <Checklist.Dismiss />
 *   </Checklist.Panel>
 * </Checklist.Root>
 */
export const Checklist = Object.assign(ChecklistDefault, {
  Root: ChecklistRoot,
  Trigger: ChecklistTrigger,
  Panel: ChecklistPanel,
  Title: ChecklistTitle,
  Description: ChecklistDescription,
  Progress: ChecklistProgress,
  Items: ChecklistItems,
  Item: ChecklistItem,
  Dismiss: ChecklistDismiss,
  Close: ChecklistClose,
  Celebration: ChecklistCelebration,
});
