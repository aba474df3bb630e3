import { GuideCenterArticles } from './guide-center-articles';
import type { GuideCenterClassNames } from './guide-center-class-names';
import { GuideCenterContact } from './guide-center-contact';
import { GuideCenterGuides } from './guide-center-guides';
import type { GuideCenterLabels } from './guide-center-labels';
import { GuideCenterLauncher } from './guide-center-launcher';
import { GuideCenterPanel } from './guide-center-panel';
import { guideCenterParts } from './guide-center-parts';
import { GuideCenterRoot } from './guide-center-root';
import { GuideCenterSearch } from './guide-center-search';
import { GuideCenterWhatsNew } from './guide-center-whats-new';

const { Title: GuideCenterTitle, Close: GuideCenterClose } = guideCenterParts;

/** Props of {@link GuideCenter}. */
export interface GuideCenterProps {
  /** The user's language: articles, search, dates and labels follow it. @default 'en' */
  readonly locale?: string;
  /** Whether the panel is expanded (controlled). */
  readonly open?: boolean;
  /** Whether the panel starts expanded (uncontrolled). @default false */
  readonly defaultOpen?: boolean;
  /** Called when the panel asks to expand or collapse. */
  readonly onOpenChange?: (open: boolean) => void;
  /** What the search field starts with. @default '' */
  readonly defaultQuery?: string;
  /** Extra class names for the panel. */
  readonly className?: string;
  /** Class names per part, added to the defaults. */
  readonly classNames?: GuideCenterClassNames;
  /** Leave out the default `gp-*` classes and style every part yourself. @default false */
  readonly unstyled?: boolean;
  /** Overrides for any label. */
  readonly labels?: Partial<GuideCenterLabels>;
}

/**
 * The whole guide center in one line, with the default look: the parts composed as
 * `Root > (Launcher, Panel > (Title, Close, Search, Articles, Guides, WhatsNew, Contact))`.
 *
 * @example
 * <GuideCenterDefault locale="ja" />
 */
function GuideCenterDefault({ className, ...rootProps }: GuideCenterProps) {
  return (
    <GuideCenterRoot {...rootProps}>
      <GuideCenterLauncher />
      <GuideCenterPanel {...(className === undefined ? {} : { className })}>
        <div className={rootProps.unstyled === true ? undefined : 'gp-center-header'}>
          <GuideCenterTitle />
          <GuideCenterClose />
        </div>
        <GuideCenterSearch />
        <GuideCenterArticles />
        <GuideCenterGuides />
        <GuideCenterWhatsNew />
        <GuideCenterContact />
      </GuideCenterPanel>
    </GuideCenterRoot>
  );
}

/**
 * A guide center (resource center): `<GuideCenter />` renders a launcher and a panel with the
 * help articles this user may read (searchable as they type), "your guides" (tours to replay,
 * checklists with progress), "what's new" (announcements with unread marks) and the contact
 * entries of their touch tier, all from the definition's `center` and guides. Its parts are
 * `GuideCenter.Root`, `GuideCenter.Launcher`, `GuideCenter.Panel`, `GuideCenter.Title`,
 * `GuideCenter.Close`, `GuideCenter.Search`, `GuideCenter.Articles`, `GuideCenter.Guides`,
 * `GuideCenter.WhatsNew` and `GuideCenter.Contact`; `useGuideCenter()` gives the same data to a
 * look of your own.
 *
 * @example
 * <GuideCenter locale="ja" />
 * <GuideCenter.Root>
 *   <GuideCenter.Launcher />
 *   <GuideCenter.Panel>
 *     <GuideCenter.Title /><GuideCenter.Search /><GuideCenter.Articles /><GuideCenter.Close />
 *   </GuideCenter.Panel>
 * </GuideCenter.Root>
 */
export const GuideCenter = Object.assign(GuideCenterDefault, {
  Root: GuideCenterRoot,
  Launcher: GuideCenterLauncher,
  Panel: GuideCenterPanel,
  Title: GuideCenterTitle,
  Close: GuideCenterClose,
  Search: GuideCenterSearch,
  Articles: GuideCenterArticles,
  Guides: GuideCenterGuides,
  WhatsNew: GuideCenterWhatsNew,
  Contact: GuideCenterContact,
});
