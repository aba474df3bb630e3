import type {
  EventName,
  GuideId,
  GuidepostDefinition,
  SegmentName,
  TouchTier,
  UserAttributes,
} from '@guidepost/core';

/** What a persona has done with a guide before the test starts. */
export type PersonaGuideState = 'completed' | 'dismissed' | 'active' | 'seen';

/**
 * A user a test or a contract runs as: the attributes given to the provider, the usage
 * recorded before the test starts, and what became of earlier guides. Plain data, so a
 * persona is also what a Playwright contract hands to the `open` callback.
 */
export interface Persona<D extends GuidepostDefinition = GuidepostDefinition> {
  /** How reports name the persona: `new trial user`. */
  readonly name: string;
  /** The user's attributes, with an id (rollouts and stored progress key on it). */
  readonly user: UserAttributes & { readonly id: string };
  /** How often each event was tracked, a moment before the test starts. */
  readonly events: Readonly<Partial<Record<EventName<D>, number>>>;
  /** Guides the persona already completed, dismissed, has open or has seen. */
  readonly guides: Readonly<Partial<Record<GuideId<D>, PersonaGuideState>>>;
  /** The moment the persona describes, epoch ms: sign-up dates count back from it. */
  readonly now: number;
}

/** What {@link buildPersona} builds a user for. */
export interface PersonaSpec<D extends GuidepostDefinition = GuidepostDefinition> {
  /** How reports name the persona. @default the segments and tier asked for */
  readonly name?: string;
  /** The user id. @default derived from the name */
  readonly id?: string;
  /** The touch tier, reached through the definition's touch model. */
  readonly tier?: TouchTier;
  /** Segments the user must be in. */
  readonly segments?: readonly SegmentName<D>[];
  /** Segments the user must not be in. */
  readonly notSegments?: readonly SegmentName<D>[];
  /** Attributes given as they are; the builder adds what the segments and tier need. */
  readonly attributes?: UserAttributes;
  /** Usage counts given as they are; the builder adds what the segments need. */
  readonly events?: Readonly<Partial<Record<EventName<D>, number>>>;
  /** Guide states given as they are. */
  readonly guides?: Readonly<Partial<Record<GuideId<D>, PersonaGuideState>>>;
  /** The moment the persona describes. @default Date.now() */
  readonly now?: number;
}
