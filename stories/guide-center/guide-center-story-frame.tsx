import type { ReactNode } from 'react';
import { Tour } from '@guidepost/react';
import '@guidepost/react/styles.css';
import { usePersona } from '../persona/persona-context';
import {
  PersonaGuidepostProvider,
  type PersonaGuidepostProviderProps,
} from '../persona/persona-guidepost-provider';
import '../persona/story-card.css';
import './guide-center-stories.css';

/** Props of {@link GuideCenterStoryFrame}. */
export interface GuideCenterStoryFrameProps extends Omit<
  PersonaGuidepostProviderProps,
  'storage' | 'children'
> {
  /** The guide center as rendered. */
  readonly children: ReactNode;
  /** The page's language; the toolbar's when left out. */
  readonly locale?: 'en' | 'ja';
}

const HEADING = { en: 'Reports', ja: 'レポート' } as const;

/**
 * A fresh engine for each story, run as the toolbar's persona (a new in-memory store on every
 * mount, seeded with `snapshot`), a page, the guide center, and the tour it replays.
 */
export function GuideCenterStoryFrame({
  children,
  locale: localeProp,
  ...provider
}: GuideCenterStoryFrameProps) {
  const { persona } = usePersona();
  const locale = localeProp ?? persona.locale;
  return (
    <PersonaGuidepostProvider {...provider}>
      <main className="story-card guide-center-story-page" lang={locale}>
        <h1>{HEADING[locale]}</h1>
      </main>
      {children}
      <Tour id="welcome" locale={locale} />
    </PersonaGuidepostProvider>
  );
}
