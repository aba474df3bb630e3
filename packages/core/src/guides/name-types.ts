import type {
  AnnouncementGuide,
  ChecklistGuide,
  DefinitionNames,
  GuideDefinition,
  GuideKind,
  GuideNames,
  GuidepostDefinition,
  SurveyGuide,
  TooltipGuide,
  TourGuide,
} from './types';

type NamesIn<D extends GuidepostDefinition> =
  NonNullable<D['~names']> extends infer N extends DefinitionNames ? N : DefinitionNames;

type NamesOfGuide<D extends GuidepostDefinition, G extends string> =
  NamesIn<D> extends { readonly byGuide: infer ByGuide }
    ? G extends keyof ByGuide
      ? ByGuide[G] extends infer Names extends GuideNames
        ? Names
        : GuideNames
      : GuideNames
    : GuideNames;

/** The guide ids of a definition: `GuideId<typeof guidepost>` is `'welcome' | 'release-2026-12'`. */
export type GuideId<D extends GuidepostDefinition> = NamesIn<D>['guides'];

/**
 * The guide center's help article ids of a definition: `ArticleId<typeof guidepost>` is
 * `'export-csv' | 'billing-faq'`; `string` when the compiler does not know them.
 */
export type ArticleId<D extends GuidepostDefinition> =
  NamesIn<D> extends { readonly articles: infer A extends string } ? A : string;

/** The segment names of a definition. */
export type SegmentName<D extends GuidepostDefinition> = NamesIn<D>['segments'];

/** The event names a definition declares in `events` or mentions in its rules and guides. */
export type EventName<D extends GuidepostDefinition> = NamesIn<D>['events'];

/**
 * The anchor names of a definition: those its guides target by name (tour steps, tooltips) and
 * those it declares in `anchors`. `useAnchor` and `anchor()` take these. Any string for a
 * definition whose names the compiler does not know (`parseGuidepost`, no registration), or when
 * a target is a string the compiler cannot read as a literal.
 */
export type AnchorName<D extends GuidepostDefinition> =
  NamesIn<D> extends { readonly anchors: infer A extends string } ? A : string;

/** The ids of the guides of one kind: `GuideIdOfKind<typeof guidepost, 'tour'>` for `<Tour id>`. */
export type GuideIdOfKind<D extends GuidepostDefinition, K extends GuideKind> =
  string extends GuideId<D>
    ? string
    : {
        [G in GuideId<D>]: [NamesOfGuide<D, G>['kind']] extends [K] ? G : never;
      }[GuideId<D>];

/** The step ids of one tour of a definition (`never` for other kinds). */
export type StepId<D extends GuidepostDefinition, G extends GuideId<D>> = NamesOfGuide<
  D,
  G
>['steps'];

/** The item ids of one checklist of a definition (`never` for other kinds). */
export type ChecklistItemId<D extends GuidepostDefinition, G extends GuideId<D>> = NamesOfGuide<
  D,
  G
>['items'];

/** One guide of a definition, as the type of its kind with the definition's names. */
export type GuideOf<D extends GuidepostDefinition, G extends GuideId<D>> = GuideOfKind<
  NamesOfGuide<D, G>,
  SegmentName<D>,
  EventName<D>,
  GuideId<D>
>;

type GuideOfKind<
  Names extends GuideNames,
  S extends string,
  E extends string,
  G extends string,
> = Names['kind'] extends infer K
  ? K extends 'tour'
    ? TourGuide<S, E, G, Names['steps']>
    : K extends 'tooltip'
      ? TooltipGuide<S, E, G>
      : K extends 'checklist'
        ? ChecklistGuide<S, E, G, Names['items']>
        : K extends 'announcement'
          ? AnnouncementGuide<S, E, G>
          : K extends 'survey'
            ? SurveyGuide<S, E, G>
            : GuideDefinition<S, E, G>
  : never;
