/**
 * Caps on what one definition may hold. `parseGuidepost` enforces them on definitions from a
 * server (whatever is over a cap is dropped and reported) and `defineGuidepost` on definitions in
 * code (it throws), so a definition that passes one passes the other.
 */
export const DEFINITION_LIMITS = {
  /** Guides in one definition; a parsed definition keeps the first ones. */
  guides: 1000,
  /** Segments in one definition; a parsed definition keeps the first ones. */
  segments: 1000,
  /** Steps in one tour. */
  stepsPerTour: 200,
  /** Items in one checklist. */
  itemsPerChecklist: 200,
  /** Help articles in a guide center; a parsed definition keeps the first ones. */
  articles: 1000,
  /** Contact entries in a guide center; a parsed definition keeps the first ones. */
  contacts: 200,
  /** Languages one article or contact entry may be given in, besides its own. */
  localesPerEntry: 50,
  /** Options of one survey `choice` question. */
  surveyOptions: 20,
  /** The largest `maxLength` a survey `text` question may allow. */
  surveyAnswerLength: 2000,
  /** How deep `all`, `any` and `not` may nest, counting the outermost rule as 1. */
  ruleDepth: 32,
  /** Entries in any other list: rule clauses, `in`/`nin` operands, declared events, rich text. */
  listLength: 1000,
  /** Characters in any string: ids, text, links, selectors. Longer strings are rejected. */
  stringLength: 20_000,
  /** Characters in a CSS selector target. */
  selectorLength: 1000,
  /** Selectors in one comma-separated selector list. */
  selectorListLength: 32,
  /** Parentheses nested in a selector (`:not(:is(…))` is 2). */
  selectorNesting: 4,
  /**
   * Issues listed for one definition; the rest are counted in one last issue. Every dropped
   * guide keeps its first issue even past the cap.
   */
  issues: 1000,
} as const;
