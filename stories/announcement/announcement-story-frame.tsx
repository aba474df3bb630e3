import type {
  CreateGuidepostOptions,
  Guidepost,
  GuidepostDefinition,
  GuidepostEvent,
  UserAttributes,
} from '@guidepost/core';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { GuidepostProvider, useGuidepost } from '@guidepost/react';
import '@guidepost/react/styles.css';
import { usePersona } from '../persona/persona-context';
import {
  PersonaGuidepostProvider,
  type StoryEngineCallbacks,
} from '../persona/persona-guidepost-provider';
import { createPersonaStorage } from '../persona/persona-storage';
import './announcement-stories.css';

/** Props of {@link AnnouncementStoryFrame}. */
export interface AnnouncementStoryFrameProps extends StoryEngineCallbacks {
  /** The guides; a fresh engine with in-memory storage is made for each mount. */
  readonly definition?: GuidepostDefinition;
  /** Or makes the story's own engine from these options (to pass `parseGuidepost` issues). */
  readonly createEngine?: (options: CreateGuidepostOptions) => Guidepost;
  /** Attributes the story adds to the persona's (`ltv: 80_000`). */
  readonly user?: UserAttributes;
  /** The announcement modal as rendered. */
  readonly children: ReactNode;
}

const PARAGRAPHS = Array.from(
  { length: 24 },
  (_, index) =>
    `Paragraph ${index + 1}. The page behind the announcement is long, so you can check that it does not scroll while the dialog is open and is back where it was after.`,
);

/** Shows every announcement of the story again: forgets them, then asks for them. */
function ShowAgain() {
  const guidepost = useGuidepost();
  const ids = guidepost.definition.guideIds;
  return (
    <button
      type="button"
      onClick={() => {
        for (const id of ids) guidepost.reset(id);
        for (const id of ids) guidepost.start(id);
      }}
    >
      Show again
    </button>
  );
}

/** The last few events, newest last, for stories about what gets recorded. */
function EventLog({ events }: { readonly events: readonly GuidepostEvent[] }) {
  return (
    <section aria-label="Events" className="announcement-story-events">
      <h2>Events</h2>
      <ol>
        {events.slice(-12).map((event, index) => (
          <li key={index}>
            {event.name} {event.guideId}
            {'code' in event ? ` ${event.code}` : ''}
            {'href' in event ? ` ${event.href}` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * A fresh engine for each story, run as the toolbar's persona (a new in-memory store on every
 * mount, seeded with the persona's usage), a long page with a sticky "Show again" button, the
 * announcement modal, and a log of the events it records.
 */
export function AnnouncementStoryFrame({
  definition,
  createEngine,
  user = {},
  children,
  onEvent,
  onError,
}: AnnouncementStoryFrameProps) {
  const { persona } = usePersona();
  const [storage] = useState(() => createPersonaStorage(persona));
  const [events, setEvents] = useState<readonly GuidepostEvent[]>([]);
  const latest = useRef({ onEvent, onError });
  useLayoutEffect(() => {
    latest.current = { onEvent, onError };
  });
  const [record] = useState(() => (event: GuidepostEvent) => {
    setEvents((before) => [...before, event]);
    latest.current.onEvent?.(event);
  });
  const [guidepost] = useState(() =>
    createEngine?.({
      user: { ...persona.user, ...user },
      storage,
      onEvent: record,
      onError: (error) => latest.current.onError?.(error),
      locks: null,
    }),
  );
  const page = (
    <>
      <div className="announcement-story-page">
        <header className="announcement-story-header">
          <ShowAgain />
          <p>Acme projects</p>
        </header>
        <main className="announcement-story-article">
          {PARAGRAPHS.map((text) => (
            <p key={text}>{text}</p>
          ))}
        </main>
        {/* Below the text, so new entries never shift what the reader sees. */}
        <EventLog events={events} />
      </div>
      {children}
    </>
  );
  if (guidepost !== undefined) {
    return <GuidepostProvider guidepost={guidepost}>{page}</GuidepostProvider>;
  }
  return (
    <PersonaGuidepostProvider
      definition={
        definition ?? { segments: {}, touchModel: {}, guides: {}, guideIds: [], events: [] }
      }
      storage={storage}
      user={user}
      onEvent={record}
      onError={(error) => latest.current.onError?.(error)}
    >
      {page}
    </PersonaGuidepostProvider>
  );
}
