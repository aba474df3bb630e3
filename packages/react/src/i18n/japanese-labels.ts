import type { Labels } from './labels';

/** The Japanese labels. */
export const japaneseLabels: Labels = Object.freeze({
  next: '次へ',
  back: '戻る',
  skip: 'スキップ',
  done: '完了',
  close: '閉じる',
  stepProgress: 'ステップ {current}/{total}',
  dontShowAgain: '今後表示しない',
  openHint: 'ヒントを開く',
  checklist: 'チェックリスト',
  checklistProgress: '{total}件中{done}件完了',
});
