import { defaultLabels } from './default-labels';
import { japaneseLabels } from './japanese-labels';
import type { Labels } from './labels';

/**
 * The shipped labels that suit a BCP 47 locale (`'ja'`, `'ja-JP'`), falling back to English.
 *
 * @example
 * labelsForLocale(navigator.language).next; // '次へ' in a Japanese browser
 */
export function labelsForLocale(locale: string): Labels {
  return locale.toLowerCase().split(/[-_]/)[0] === 'ja' ? japaneseLabels : defaultLabels;
}
