import type { GuidepostDefinition, GuideId, UserAttributes } from '@guidepost/core';
import type { PersonaGuideState } from '../test-kit/persona';

/**
 * The part of a Playwright `Page` the contract uses. Any page of `playwright-core`,
 * `playwright` or `@playwright/test` fits, so the contract imports none of them.
 */
export interface ContractPage {
  evaluate<R, A>(pageFunction: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

/**
 * Who the contract opens the app as: a name for the report, and the user, usage and guide
 * states that decide which guides are theirs. A persona from `buildPersona` fits.
 */
export interface ContractPersona {
  readonly name: string;
  readonly user: UserAttributes;
  /** Usage counts before the page opens. */
  readonly events?: Readonly<Record<string, number>>;
  /** Guides already completed, dismissed, open or seen. */
  readonly guides?: Readonly<Record<string, PersonaGuideState>>;
  /** The moment eligibility is judged at. @default Date.now() */
  readonly now?: number;
}

/** Options of `checkGuideContract`. */
export interface GuideContractOptions<
  D extends GuidepostDefinition,
  P extends ContractPersona,
  Pg extends ContractPage = ContractPage,
> {
  /** The app's definition: the guides, their audiences, steps and targets. */
  readonly definition: D;
  /** Who to open the app as. */
  readonly personas: readonly P[];
  /** The routes to open, as the app reports them to the provider (`/projects`). */
  readonly routes: readonly string[];
  /**
   * Opens the app as `persona` on `route` and waits until it is ready: the team's own login,
   * seeding and navigation. It is given the page the contract was given, with its type (a
   * Playwright `Page`). The contract then reads the page as it is.
   */
  readonly open: (page: Pg, persona: P, route: string) => Promise<void>;
  /**
   * Where the anchors of a guide live, for guides the definition does not say it of: hints,
   * and tour steps without a `route` before any step with one. A guide left out is checked on
   * every route.
   */
  readonly guideRoutes?: Readonly<Partial<Record<GuideId<D>, readonly string[]>>>;
}

/** Why an anchor fails the contract. */
export type ContractFailureReason = 'missing' | 'hidden' | 'covered' | 'unreachable';

/** One anchor that a guide needs and the page does not give, for one persona and route. */
export interface ContractFailure {
  readonly guideId: string;
  /** The tour step; absent for a hint. */
  readonly stepId?: string;
  /** The anchor name or selector, as the definition gives it. */
  readonly target: string;
  readonly persona: string;
  readonly route: string;
  readonly reason: ContractFailureReason;
  /** What the page showed: `display: none on <section#reports>`, `covered by <div.banner>`. */
  readonly detail: string;
}

/** One anchor the contract found in order. */
export interface ContractPass {
  readonly guideId: string;
  readonly stepId?: string;
  readonly target: string;
  readonly persona: string;
  readonly route: string;
}

/** What the contract found over every persona and route. */
export interface GuideContractReport {
  readonly passed: boolean;
  readonly failures: readonly ContractFailure[];
  readonly passes: readonly ContractPass[];
  /** Targets given as refs, elements or functions, which only the app can resolve. */
  readonly unchecked: readonly { readonly guideId: string; readonly stepId?: string }[];
  /** Per persona, the guides that are theirs. */
  readonly eligible: Readonly<Record<string, readonly string[]>>;
}
