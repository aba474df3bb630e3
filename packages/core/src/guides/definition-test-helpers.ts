import { defineGuidepost } from './define-guidepost';
import type { GuidepostInput } from './definition-input';
import { GuidepostDefinitionError } from './guidepost-definition-error';

/** A valid guide of each kind, for tests that break one field. */
export const VALID_GUIDES = {
  tour: {
    kind: 'tour',
    steps: [
      { id: 'a', target: 'anchor-a' },
      { id: 'b', title: 'B' },
    ],
  },
  tip: { kind: 'tooltip', target: 'save-button', body: 'Saves your work.' },
  list: { kind: 'checklist', title: 'Start', items: [{ id: 'a', label: 'A' }] },
  news: { kind: 'announcement', title: 'News' },
} as const;

/** A definition with one segment, `trial`, the valid guides, and `overrides` on top. */
export function definitionWith(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const { guides, ...rest } = overrides;
  return {
    segments: { trial: { attr: 'plan', eq: 'trial' } },
    ...rest,
    guides: { ...VALID_GUIDES, ...(guides as Record<string, unknown> | undefined) },
  };
}

/** A definition whose guide `id` is the valid one of that id with `fields` on top. */
export function guideWith(id: keyof typeof VALID_GUIDES, fields: Record<string, unknown>) {
  return definitionWith({ guides: { [id]: { ...VALID_GUIDES[id], ...fields } } });
}

/** A definition whose tour's second step (`b`) has `fields` on top. */
export function stepWith(fields: Record<string, unknown>) {
  return guideWith('tour', { steps: [{ id: 'a' }, { id: 'b', ...fields }] });
}

/** A definition whose tooltip has `rule` as its audience. */
export function audience(rule: unknown) {
  return guideWith('tip', { audience: rule });
}

/** Calls `defineGuidepost` with any input, as JavaScript callers can. */
export function define(input: unknown) {
  return defineGuidepost(input as GuidepostInput);
}

/** The `[path, message]` pairs `defineGuidepost` reports for `input`; empty when it is valid. */
export function issuesOf(input: unknown): [string, string][] {
  try {
    define(input);
    return [];
  } catch (error) {
    if (!(error instanceof GuidepostDefinitionError)) throw error;
    return error.issues.map((issue) => [issue.path, issue.message]);
  }
}
