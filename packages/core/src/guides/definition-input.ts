import type { Rule } from '../targeting/types';
import type { GuideCenterInput } from './center-types';
import type { GuideDefinition, GuideKind, SelectorText, TouchModel } from './types';

/**
 * What `defineGuidepost` accepts, with the names it checks references against: `S` the segment
 * names, `G` the guide ids and `A` the anchor names the app declares (any string when it declares
 * none). Event names are not checked: every event a definition mentions joins its event-name
 * type instead.
 */
export interface GuidepostInput<
  S extends string = string,
  G extends string = string,
  A extends string = string,
> {
  /** Named rules that other rules use through `{ segment: name }`; they may use each other. */
  readonly segments?: { readonly [name: string]: Rule<S, string, G> };
  /** Ordered tier rules: the first that matches wins; everyone else is `tech`. */
  readonly touchModel?: TouchModel<S, string, G>;
  /** Event names the app tracks, beyond those the rules and guides already mention. */
  readonly events?: readonly string[];
  /**
   * The anchor names the app marks (`data-guidepost`, `useAnchor`, `anchor()`). Declared
   * `as const`, every anchor-name target of a guide must be one of them, and the app's
   * `useAnchor` and `anchor()` take them too; without it anchor names are not checked.
   */
  readonly anchors?: readonly string[];
  /** The guides, by id; their order is the tie-break after `priority`. */
  readonly guides: { readonly [id: string]: GuideDefinition<S, string, G, A> };
  /** The guide center's help articles and contact entries, by id. */
  readonly center?: GuideCenterInput<S, string, G>;
}

/** The segment names a definition input declares. */
export type SegmentNamesIn<D> = D extends { readonly segments?: infer Segments }
  ? keyof Segments & string
  : never;

/** The guide ids a definition input declares. */
export type GuideIdsIn<D> = D extends { readonly guides: infer Guides }
  ? keyof Guides & string
  : never;

/** The help article ids a definition input declares in its guide center. */
export type ArticleIdsIn<D> = D extends {
  readonly center?: { readonly articles?: infer Articles };
}
  ? keyof NonNullable<Articles> & string
  : never;

/**
 * The anchor names a definition input declares in `anchors`, or any string when it declares
 * none (or a list whose names the compiler does not know), so that targets are then unchecked.
 */
export type DeclaredAnchorsIn<D> = D extends { readonly anchors: readonly (infer A)[] }
  ? string extends A
    ? string
    : A & string
  : string;

/**
 * Counts down the levels the event-name walk descends into `all`, `any` and `not`: 16 keeps the
 * compiler quick, and an event mentioned deeper is still collected at run time, only not typed.
 */
type Depth = [never, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];

type RuleEvents<R, N extends number = 15> = [N] extends [never]
  ? never
  : R extends { readonly event: infer E extends string }
    ? E
    : R extends { readonly all: readonly (infer C)[] }
      ? RuleEvents<C, Depth[N]>
      : R extends { readonly any: readonly (infer C)[] }
        ? RuleEvents<C, Depth[N]>
        : R extends { readonly not: infer C }
          ? RuleEvents<C, Depth[N]>
          : never;

type EventField<T> = T extends { readonly event: infer E extends string } ? E : never;

type ElementOf<T> = T extends readonly (infer U)[] ? U : never;

type Field<T, K extends string> = T extends { readonly [P in K]?: infer V } ? V : never;

type GuideEvents<Guide> =
  | RuleEvents<Field<Guide, 'audience'>>
  | EventField<Field<Guide, 'trigger'>>
  | EventField<Field<Guide, 'goal'>>
  | EventField<Field<ElementOf<Field<Guide, 'steps'>>, 'advanceOn'>>
  | EventField<Field<ElementOf<Field<Guide, 'items'>>, 'completeOn'>>
  | RuleEvents<Field<ElementOf<Field<Guide, 'items'>>, 'audience'>>;

/** The anchor name a target names, if it is a literal anchor name rather than a selector. */
type AnchorOfTarget<T> = T extends string
  ? T extends SelectorText | ''
    ? never
    : T
  : T extends { readonly anchor: infer A extends string }
    ? A
    : never;

type GuideAnchors<Guide> =
  | AnchorOfTarget<Field<Guide, 'target'>>
  | AnchorOfTarget<Field<ElementOf<Field<Guide, 'steps'>>, 'target'>>;

/**
 * The anchor names a definition input's guides target (tour steps, tooltips), with those it
 * declares in `anchors`. A target the compiler sees only as `string` makes it `string`.
 */
export type AnchorNamesIn<D> =
  | (ElementOf<Field<D, 'anchors'>> & string)
  | GuideAnchors<Field<D, 'guides'>[keyof Field<D, 'guides'>]>;

/** Every event name a definition input declares in `events` or mentions anywhere. */
export type EventNamesIn<D> =
  | ElementOf<Field<D, 'events'>>
  | RuleEvents<Field<D, 'segments'>[keyof Field<D, 'segments'>]>
  | RuleEvents<Field<Field<D, 'touchModel'>, 'high' | 'low'>>
  | GuideEvents<Field<D, 'guides'>[keyof Field<D, 'guides'>]>
  | CenterEvents<Field<D, 'center'>>;

type ValueOf<T> = T[keyof T];

type CenterEvents<Center> =
  | RuleEvents<Field<ValueOf<Field<Center, 'articles'>>, 'audience'>>
  | RuleEvents<Field<ValueOf<Field<Center, 'contacts'>>, 'audience'>>;

type IdsOf<List> =
  ElementOf<List> extends infer Item
    ? Item extends { readonly id: infer Id extends string }
      ? Id
      : never
    : never;

type KindOf<Guide> = Guide extends { readonly kind: infer K extends GuideKind } ? K : GuideKind;

/** The names `defineGuidepost` infers from an input, as `GuidepostDefinition` carries them. */
export type NamesOf<D> = {
  readonly guides: GuideIdsIn<D>;
  readonly segments: SegmentNamesIn<D>;
  readonly events: EventNamesIn<D> & string;
  readonly articles: ArticleIdsIn<D>;
  readonly anchors: AnchorNamesIn<D>;
  readonly byGuide: {
    readonly [G in GuideIdsIn<D>]: {
      readonly kind: KindOf<Field<D, 'guides'>[G]>;
      readonly steps: IdsOf<Field<Field<D, 'guides'>[G], 'steps'>>;
      readonly items: IdsOf<Field<Field<D, 'guides'>[G], 'items'>>;
    };
  };
};
