import { defineGuidepost } from '@guidepost/core';

/** The NPS question, kept as the `npsScore` attribute. */
export const nps = defineGuidepost({
  guides: {
    'nps-2026': {
      kind: 'survey',
      question: {
        type: 'nps',
        text: 'How likely are you to recommend Acme to a colleague?',
      },
      saveAs: 'npsScore',
      thanks: 'Thank you! Your score helps us decide what to build next.',
    },
  },
});

/** Satisfaction with a feature just used, 1 to 5. */
export const csat = defineGuidepost({
  guides: {
    'export-csat': {
      kind: 'survey',
      title: 'Quick question',
      question: { type: 'csat', text: 'How satisfied are you with the new export?' },
    },
  },
});

/** One question, one of four answers. */
export const choice = defineGuidepost({
  guides: {
    'heard-from': {
      kind: 'survey',
      question: {
        type: 'choice',
        text: 'How did you hear about Acme?',
        options: [
          { id: 'search', label: 'A web search' },
          { id: 'colleague', label: 'A colleague' },
          { id: 'event', label: 'An event or webinar' },
          { id: 'other', label: 'Somewhere else' },
        ],
      },
      saveAs: 'heardFrom',
    },
  },
});

/** Free text, at most 280 characters. */
export const freeText = defineGuidepost({
  guides: {
    'improve-one-thing': {
      kind: 'survey',
      question: {
        type: 'text',
        text: 'If you could improve one thing in Acme, what would it be?',
        maxLength: 280,
      },
    },
  },
});

/** The NPS question in Japanese. */
export const japaneseNps = defineGuidepost({
  guides: {
    'nps-2026': {
      kind: 'survey',
      question: { type: 'nps', text: 'Acme を同僚に勧める可能性はどのくらいありますか？' },
      saveAs: 'npsScore',
    },
  },
});

/**
 * The loop back to a person: a high-touch account that answers 6 or less gets an invitation
 * from its specialist. Only definitions: the answer is kept as `npsScore`, and the invitation's
 * audience reads it like any attribute.
 */
export const npsFollowUp = defineGuidepost({
  touchModel: { high: { attr: 'ltv', gte: 50_000 }, low: { attr: 'ltv', gte: 5_000 } },
  guides: {
    'nps-2026': {
      kind: 'survey',
      question: { type: 'nps', text: 'How likely are you to recommend Acme to a colleague?' },
      saveAs: 'npsScore',
    },
    'specialist-invitation': {
      kind: 'announcement',
      audience: { all: [{ tier: 'high' }, { attr: 'npsScore', lte: 6 }] },
      title: 'Can we help?',
      body: 'Thank you for your honest score. Your specialist, Mika, would like to hear how Acme could serve you better.',
      cta: { label: 'Book 30 minutes with Mika', href: 'https://example.com/book/mika' },
    },
  },
});
