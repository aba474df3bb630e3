import type { DateInput, Rule, TouchTier } from '../targeting/types';
import type { GuideContent } from './rich-text';
import type { GuideCta, GuideMedia } from './types';

/** A help article's text in one more language: what it leaves out stays as the article has it. */
export interface HelpArticleText {
  readonly title?: string;
  readonly body?: GuideContent;
  readonly keywords?: readonly string[];
}

/**
 * A help article or FAQ entry of the guide center: found by its title, body and keywords as the
 * user types, shown to the users its `audience` matches.
 */
export interface HelpArticle<
  S extends string = string,
  E extends string = string,
  G extends string = string,
> {
  /** The question or the article's name, as plain text. */
  readonly title: string;
  /** The answer: text or rich-text blocks (links checked, never HTML). */
  readonly body: GuideContent;
  /** An image or a video shown with the answer. */
  readonly media?: GuideMedia;
  /** Further reading: checked links (http(s), relative or mailto). */
  readonly links?: readonly GuideCta[];
  /** Words the search also matches (synonyms, the words users use). */
  readonly keywords?: readonly string[];
  /** Who sees it. Without an audience, everyone. */
  readonly audience?: Rule<S, E, G>;
  /** The article in other languages, by locale (`ja`, `pt-BR`). */
  readonly locales?: { readonly [locale: string]: HelpArticleText };
}

/** A contact entry's text in one more language. */
export interface ContactEntryText {
  readonly title?: string;
  readonly body?: GuideContent;
}

/** The person a high-touch user can book a session with. */
export interface ContactSpecialist {
  readonly name: string;
  /** "Customer success manager". */
  readonly role?: string;
  readonly image?: { readonly src: string; readonly alt: string };
}

/**
 * One way to get help, for the users of one touch tier: for high touch a session with a named
 * specialist, for low touch the next webinar or a training video, for tech touch the docs and
 * the community. The guide center shows the entries of the user's tier whose `audience` holds.
 */
export interface ContactEntry<
  S extends string = string,
  E extends string = string,
  G extends string = string,
> {
  /** The touch tier whose users see it. */
  readonly tier: TouchTier;
  readonly title: string;
  readonly body?: GuideContent;
  /** The specialist a high-touch user meets. */
  readonly specialist?: ContactSpecialist;
  /**
   * When the session (a webinar) starts: entries whose start has passed are left out, and the
   * soonest comes first.
   */
  readonly startsAt?: DateInput;
  /** A training video or an image. */
  readonly media?: GuideMedia;
  /** Where to go: booking page, webinar sign-up, docs, community (checked links). */
  readonly links?: readonly GuideCta[];
  /** Narrows the entry within its tier. Without an audience, the whole tier. */
  readonly audience?: Rule<S, E, G>;
  /** The entry in other languages, by locale. */
  readonly locales?: { readonly [locale: string]: ContactEntryText };
}

/** The guide center's content as a definition declares it: help articles and contact entries, by id. */
export interface GuideCenterInput<
  S extends string = string,
  E extends string = string,
  G extends string = string,
> {
  readonly articles?: { readonly [id: string]: HelpArticle<S, E, G> };
  readonly contacts?: { readonly [id: string]: ContactEntry<S, E, G> };
}

/** A help article of a validated definition, with its id. */
export type CenterArticle = HelpArticle & { readonly id: string };

/** A contact entry of a validated definition, with its id. */
export type CenterContact = ContactEntry & { readonly id: string };

/** The guide center's content in a validated definition, in definition order. */
export interface GuideCenterDefinition {
  readonly articles: readonly CenterArticle[];
  readonly contacts: readonly CenterContact[];
}
