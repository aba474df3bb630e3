import { defaultLabels } from '../i18n/default-labels';
import { japaneseLabels } from '../i18n/japanese-labels';
import type { Labels } from '../i18n/labels';
import { labelsForLocale } from '../i18n/labels-for-locale';

/** The labels for a locale (`'ja'`, `'ja-JP'`; English otherwise) with overrides. */
export type LabelsFor<L extends Labels> = (locale: string, overrides?: Partial<L>) => L;

/** A component's shipped labels, the shared ones plus its own, and how to pick them. */
export interface LocaleLabels<L extends Labels> {
  /** The English labels, frozen. */
  readonly english: L;
  /** The Japanese labels, frozen. */
  readonly japanese: L;
  readonly labelsFor: LabelsFor<L>;
}

/**
 * A component's labels: the shared ones of each locale with the component's own added.
 *
 * @example
 * const pager = createLocaleLabels({ page: '{current} of {total}' }, { page: '{current}/{total}' });
 * pager.labelsFor('ja-JP').page; // '{current}/{total}'
 */
export function createLocaleLabels<Own extends object>(
  english: Own,
  japanese: Own,
): LocaleLabels<Labels & Own> {
  const shipped = {
    english: Object.freeze({ ...defaultLabels, ...english }),
    japanese: Object.freeze({ ...japaneseLabels, ...japanese }),
  };
  return {
    ...shipped,
    labelsFor: (locale, overrides = {}) => ({
      ...(labelsForLocale(locale) === japaneseLabels ? shipped.japanese : shipped.english),
      ...overrides,
    }),
  };
}
