import type { DateInput, DurationString, Rule } from '../targeting/types';
import type { GuideCenterDefinition } from './center-types';
import type { GuideContent } from './rich-text';

/** The kinds of guidance Guidepost renders. */
export type GuideKind = 'tour' | 'tooltip' | 'checklist' | 'announcement' | 'survey';

/**
 * `modal`: one at a time across tours and announcements, queued by priority.
 * `inline`: hints and checklists, many at once.
 */
export type GuideChannel = 'modal' | 'inline';

/** How often a guide may show. */
export interface GuideFrequency {
  /** Show at most once, ever (per version). */
  readonly once?: boolean;
  /** Show at most this many times. */
  readonly maxShows?: number;
  /** Wait at least this long between two shows. */
  readonly cooldown?: DurationString;
}

/** The window in which a guide may show, inclusive of `from`, exclusive of `until`. */
export interface GuideSchedule {
  readonly from?: DateInput;
  readonly until?: DateInput;
}

/**
 * When an eligible guide starts: `auto` as soon as it is eligible and its channel is free,
 * `manual` only through `start(id)`, on a tracked event, or on a route reported by the app.
 */
export type GuideTrigger<E extends string = string> =
  'auto' | 'manual' | { readonly event: E } | { readonly route: string };

/**
 * A character that makes a target string a CSS selector rather than an anchor name: an anchor
 * name is made of letters, digits, `-` and `_` only.
 */
type SelectorCharacter =
  | '#'
  | '.'
  | ' '
  | '['
  | ']'
  | ':'
  | '>'
  | '+'
  | '~'
  | '*'
  | ','
  | '('
  | ')'
  | '='
  | '"'
  | "'"
  | '|'
  | '^'
  | '$'
  | '\\'
  | '/'
  | '@'
  | '!'
  | '%'
  | '&'
  | ';'
  | '<'
  | '?'
  | '`'
  | '{'
  | '}'
  | '\n'
  | '\t';

/** A target string that reads as a CSS selector (`'#save'`, `'main .toolbar'`), not an anchor name. */
export type SelectorText = `${string}${SelectorCharacter}${string}`;

/**
 * Where a step or hint points: an anchor name (`data-guidepost="new-project"`), a CSS
 * selector (`{ selector: '#save' }`), or, in code, an element, a ref or a resolver function.
 * A plain string made of letters, digits, `-` and `_` is an anchor name; any other string is
 * a CSS selector. `A` is the anchor names the app declares (`anchors` in its definition): an
 * anchor name outside them does not compile; selectors, elements, refs and resolvers are not
 * checked.
 */
export type GuideTarget<A extends string = string> =
  | A
  | SelectorText
  | { readonly anchor: A }
  | { readonly selector: string }
  | { readonly current: unknown }
  | (() => unknown)
  | { readonly nodeType: number };

/** Placement of anchored content relative to its target. */
export type GuidePlacement =
  | 'top'
  | 'bottom'
  | 'left'
  | 'right'
  | 'top-start'
  | 'top-end'
  | 'bottom-start'
  | 'bottom-end'
  | 'left-start'
  | 'left-end'
  | 'right-start'
  | 'right-end';

/** Image or video shown with a step or an announcement. */
export interface GuideMedia {
  readonly image?: { readonly src: string; readonly alt: string };
  readonly video?: {
    readonly src: string;
    readonly captions?: string;
    readonly poster?: string;
    readonly title?: string;
  };
}

/** A call to action: a checked link (http(s), relative or mailto). */
export interface GuideCta {
  readonly label: string;
  readonly href: string;
  /** Open in a new tab (gets `rel="noopener noreferrer"`). */
  readonly newTab?: boolean;
}

/** What moves a tour step forward besides the Next button. */
export interface StepAdvance<E extends string = string> {
  /** A click on the step's target. */
  readonly click?: boolean;
  /** A tracked event. */
  readonly event?: E;
  /** The app reporting this route. */
  readonly route?: string;
}

/** One step of a tour. */
export interface TourStep<
  Id extends string = string,
  E extends string = string,
  A extends string = string,
> {
  readonly id: Id;
  /** What the step points at; without a target the step is a centred dialog. */
  readonly target?: GuideTarget<A>;
  readonly title?: GuideContent;
  readonly body?: GuideContent;
  readonly media?: GuideMedia;
  readonly placement?: GuidePlacement;
  /** `block`: the page is blocked (modal). `target`: only the target stays reachable. `none`: no overlay. */
  readonly overlay?: 'block' | 'target' | 'none';
  readonly advanceOn?: StepAdvance<E>;
  /** What to do when the target never appears: skip the step, centre it, or end the tour. */
  readonly onMissing?: 'skip' | 'center' | 'end';
  /** How long to wait for a late target, in ms. */
  readonly targetTimeout?: number;
  /** The route the step lives on, for multi-route tours. */
  readonly route?: string;
  /**
   * Space kept free around the target when it is scrolled into view, in px: one number for
   * every side, or per side (`{ top: 64 }` under a sticky header). Sides it leaves out come
   * from the `Tour`'s, then the provider's `scrollMargin`, else from the fixed or sticky
   * headers and footers found at the viewport's top and bottom edges.
   */
  readonly scrollMargin?: GuideScrollMargin;
  /**
   * Where focus goes when the step shows. `step`: to its Next button. `target`: to the target
   * (or the control inside it), and left where it is when it is in the target already, for a
   * step that waits for the user to act there. `none`: nowhere; the step is announced instead.
   * @default 'target' for a step with a target and `advanceOn`, else 'step'
   */
  readonly focus?: StepFocus;
}

/** Space kept free around a target scrolled into view, in px: every side, or per side. */
export type GuideScrollMargin =
  | number
  | {
      readonly top?: number;
      readonly right?: number;
      readonly bottom?: number;
      readonly left?: number;
    };

/** Where focus goes when a tour step shows (see {@link TourStep.focus}). */
export type StepFocus = 'step' | 'target' | 'none';

/** One item of a checklist. */
export interface ChecklistItem<
  Id extends string = string,
  S extends string = string,
  E extends string = string,
  G extends string = string,
> {
  readonly id: Id;
  readonly label: string;
  readonly description?: GuideContent;
  /** Completes when this event is tracked or this guide completes. */
  readonly completeOn?: { readonly event: E } | { readonly guide: G };
  /** Clicking the item starts this guide; the item ticks when it completes. */
  readonly startGuide?: G;
  /** A link the item opens. */
  readonly href?: string;
  /** Only users this rule matches see the item. */
  readonly audience?: Rule<S, E, G>;
}

/**
 * What a guide is for: the event that shows the user did the task, and how long after the
 * guide's start it still counts. The start is the user's `exposure` for a guide with a rollout
 * (treatment and holdout alike, so the two are compared from the same moment), else its first
 * show. The engine records `goal_reached` once per user and version.
 */
export interface GuideGoal<E extends string = string> {
  /** The tracked event that reaches the goal. */
  readonly event: E;
  /** How long after the start the event still counts (`'7d'`). */
  readonly within: DurationString;
}

/** What every guide has, whatever its kind. */
export interface GuideBase<
  S extends string = string,
  E extends string = string,
  G extends string = string,
> {
  /** Who sees it. Without an audience, everyone. */
  readonly audience?: Rule<S, E, G>;
  /** Higher shows first when several compete for the modal channel. @default 0 */
  readonly priority?: number;
  /** @default 'modal' for tours, announcements and surveys, 'inline' for tooltips and checklists */
  readonly channel?: GuideChannel;
  /** @default { once: true } */
  readonly frequency?: GuideFrequency;
  readonly schedule?: GuideSchedule;
  /** @default 'auto' */
  readonly trigger?: GuideTrigger<E>;
  /** Raising it shows the guide again to users who completed or dismissed an older one. @default 1 */
  readonly version?: number;
  /** The event that shows the guide worked, measured for its audience and its holdout. */
  readonly goal?: GuideGoal<E>;
}

/** A product tour: steps anchored to the page. */
export interface TourGuide<
  S extends string = string,
  E extends string = string,
  G extends string = string,
  StepId extends string = string,
  A extends string = string,
> extends GuideBase<S, E, G> {
  readonly kind: 'tour';
  readonly steps: readonly TourStep<StepId, E, A>[];
}

/** A hint or hotspot anchored to one target. */
export interface TooltipGuide<
  S extends string = string,
  E extends string = string,
  G extends string = string,
  A extends string = string,
> extends GuideBase<S, E, G> {
  readonly kind: 'tooltip';
  readonly target: GuideTarget<A>;
  readonly title?: GuideContent;
  readonly body: GuideContent;
  readonly placement?: GuidePlacement;
  /** Show a pulsing beacon that opens the hint; the hint may then hold links. */
  readonly beacon?: boolean;
}

/** An onboarding checklist. */
export interface ChecklistGuide<
  S extends string = string,
  E extends string = string,
  G extends string = string,
  ItemId extends string = string,
> extends GuideBase<S, E, G> {
  readonly kind: 'checklist';
  readonly title: GuideContent;
  readonly description?: GuideContent;
  readonly items: readonly ChecklistItem<ItemId, S, E, G>[];
}

/** A release or invitation pop-up. */
export interface AnnouncementGuide<
  S extends string = string,
  E extends string = string,
  G extends string = string,
> extends GuideBase<S, E, G> {
  readonly kind: 'announcement';
  readonly title: GuideContent;
  readonly body?: GuideContent;
  readonly media?: GuideMedia;
  readonly cta?: GuideCta;
  readonly secondaryCta?: GuideCta;
  /** When it was published; several unseen announcements page newest first. */
  readonly publishedAt?: DateInput;
}

/** One answer a `choice` question offers: its id is the answer recorded. */
export interface SurveyOption {
  readonly id: string;
  readonly label: string;
}

/**
 * The one question a survey asks. `nps`: how likely the user is to recommend the product, 0 to
 * 10. `csat`: how satisfied they are, 1 to 5. `choice`: one of `options`. `text`: free text of at
 * most `maxLength` characters. `text` is what the question says, read by screen readers as the
 * label of the answers.
 */
export type SurveyQuestion =
  | { readonly type: 'nps'; readonly text: GuideContent }
  | { readonly type: 'csat'; readonly text: GuideContent }
  | {
      readonly type: 'choice';
      readonly text: GuideContent;
      /** Two to 20 options with unique ids, in the order shown. */
      readonly options: readonly SurveyOption[];
    }
  | {
      readonly type: 'text';
      readonly text: GuideContent;
      /** The most characters an answer may have (1 to 2000). @default 500 */
      readonly maxLength?: number;
    };

/** The kinds of survey question. */
export type SurveyQuestionType = SurveyQuestion['type'];

/** An answer: a score for `nps` and `csat`, an option id for `choice`, the text for `text`. */
export type SurveyAnswerValue = number | string;

/**
 * A one-question survey in a modal dialog, paced like an announcement (audience, frequency,
 * schedule, trigger, interruption budget). An answer completes it for its version: it is never
 * asked again until the version is raised. Closing it without an answer is a dismissal.
 */
export interface SurveyGuide<
  S extends string = string,
  E extends string = string,
  G extends string = string,
> extends GuideBase<S, E, G> {
  readonly kind: 'survey';
  /** The dialog's heading; without one the question names the dialog. */
  readonly title?: GuideContent;
  readonly question: SurveyQuestion;
  /**
   * Keeps the answer as a user attribute of this name, stored with the user's progress, so
   * rules read it like an attribute the app passes (`{ attr: 'npsScore', lte: 6 }`). An
   * attribute the app passes itself under the same name wins. Letters, digits and `_`, not
   * starting with a digit; `id` is reserved.
   */
  readonly saveAs?: string;
  /** What the dialog says once answered. @default the `surveyThanks` label */
  readonly thanks?: GuideContent;
}

/** Any guide; `A` is the anchor names its targets may use. */
export type GuideDefinition<
  S extends string = string,
  E extends string = string,
  G extends string = string,
  A extends string = string,
> =
  | TourGuide<S, E, G, string, A>
  | TooltipGuide<S, E, G, A>
  | ChecklistGuide<S, E, G>
  | AnnouncementGuide<S, E, G>
  | SurveyGuide<S, E, G>;

/** Ordered tier rules: the first that matches wins; everyone else is `tech`. */
export interface TouchModel<
  S extends string = string,
  E extends string = string,
  G extends string = string,
> {
  readonly high?: Rule<S, E, G>;
  readonly low?: Rule<S, E, G>;
}

/** The names one guide declares, carried as types: its kind, step ids and checklist item ids. */
export interface GuideNames {
  readonly kind: GuideKind;
  readonly steps: string;
  readonly items: string;
}

/** The names a definition declares, carried as types so the compiler checks every reference. */
export interface DefinitionNames {
  readonly guides: string;
  readonly segments: string;
  readonly events: string;
  /**
   * The anchor names the guides' targets use and those the definition declares in `anchors`;
   * absent where the compiler does not know them (every name is then a string).
   */
  readonly anchors?: string;
  /** Per guide id, when the compiler knows them (from `defineGuidepost`); absent otherwise. */
  readonly byGuide?: { readonly [guideId: string]: GuideNames };
  /** The guide center's help article ids, when the compiler knows them. */
  readonly articles?: string;
}

/**
 * A validated definition, as `defineGuidepost` and `parseGuidepost` return it. Only valid
 * guides are in it; `N` carries the literal names for the compiler.
 */
export interface GuidepostDefinition<N extends DefinitionNames = DefinitionNames> {
  readonly segments: Readonly<Record<string, Rule>>;
  readonly touchModel: TouchModel;
  readonly guides: Readonly<Record<string, GuideDefinition>>;
  /** Guide ids in definition order (the tie-break after priority). */
  readonly guideIds: readonly string[];
  /** Event names the definition declares or refers to. */
  readonly events: readonly string[];
  /** The guide center's help articles and contact entries; absent when it declares none. */
  readonly center?: GuideCenterDefinition;
  /** The anchor names the app declares, when its definition lists them in `anchors`. */
  readonly anchors?: readonly string[];
  /** Phantom: never set at run time. */
  readonly '~names'?: N;
}
