import { defineGuidepost } from '@guidepost/core';
import { GuidepostProvider, Survey } from '@guidepost/react';
import '@guidepost/react/styles/base.css';
import '@guidepost/react/styles/survey.css';
import type { ReactNode } from 'react';

const guides = defineGuidepost({
  guides: {
    'nps-2026': {
      kind: 'survey',
      question: { type: 'nps', text: 'How likely are you to recommend Acme to a colleague?' },
      saveAs: 'npsScore',
    },
  },
});

/** One NPS survey: the provider, the definition and `<Survey>` with its styles. */
export function NpsSurvey({ children }: { readonly children?: ReactNode }) {
  return (
    <GuidepostProvider definition={guides}>
      {children}
      <Survey id="nps-2026" />
    </GuidepostProvider>
  );
}
