import type { Labels } from '../i18n/labels';
import { createLocaleLabels, type LabelsFor } from './create-locale-labels';

/**
 * The shared labels for a locale (`'ja'`, `'ja-JP'`; English otherwise) with overrides, for
 * components that add none of their own.
 *
 * @example
 * sharedLabelsFor('ja', { close: '閉じる' }).next; // '次へ'
 */
export const sharedLabelsFor: LabelsFor<Labels> = createLocaleLabels({}, {}).labelsFor;
