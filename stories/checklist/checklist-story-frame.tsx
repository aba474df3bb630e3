import type { ReactNode } from 'react';
import { Tour, useGuide, useGuidepost } from '@guidepost/react';
import '@guidepost/react/styles.css';
import { usePersona } from '../persona/persona-context';
import {
  PersonaGuidepostProvider,
  type PersonaGuidepostProviderProps,
} from '../persona/persona-guidepost-provider';
import '../persona/story-card.css';
import './checklist-stories.css';

/** Props of {@link ChecklistStoryFrame}. */
export interface ChecklistStoryFrameProps extends Omit<
  PersonaGuidepostProviderProps,
  'storage' | 'children'
> {
  /** The checklist as rendered. */
  readonly children: ReactNode;
  /** The page's language; the toolbar's when left out. */
  readonly locale?: 'en' | 'ja';
}

const TEXT = {
  en: {
    heading: 'Projects',
    create: 'Create a project',
    invite: 'Invite a teammate',
    status: 'Checklist status',
  },
  ja: {
    heading: 'プロジェクト',
    create: 'プロジェクトを作成',
    invite: 'メンバーを招待',
    status: 'チェックリストの状態',
  },
} as const;

/** The app the checklist guides: two buttons that track the events its items wait for. */
function StoryPage({ locale }: { readonly locale: 'en' | 'ja' }) {
  const guidepost = useGuidepost();
  const checklist = useGuide('getting-started');
  const text = TEXT[locale];
  return (
    <main className="story-card checklist-story-page" lang={locale}>
      <h1>{text.heading}</h1>
      <div className="checklist-story-actions">
        <button type="button" onClick={() => guidepost.track('project_created')}>
          {text.create}
        </button>
        <button type="button" onClick={() => guidepost.track('invite_sent')}>
          {text.invite}
        </button>
      </div>
      <p>
        {text.status}: <output>{checklist?.status ?? 'unknown'}</output>
      </p>
    </main>
  );
}

/**
 * A fresh engine for each story, run as the toolbar's persona (a new in-memory store on every
 * mount, seeded with `snapshot` and the persona's usage), the app, the checklist, and the tour
 * its first item starts.
 */
export function ChecklistStoryFrame({
  children,
  locale: localeProp,
  ...provider
}: ChecklistStoryFrameProps) {
  const { persona } = usePersona();
  const locale = localeProp ?? persona.locale;
  return (
    <PersonaGuidepostProvider {...provider}>
      <StoryPage locale={locale} />
      {children}
      <Tour id="welcome" locale={locale} />
    </PersonaGuidepostProvider>
  );
}
