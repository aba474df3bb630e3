export { defineGuidepost } from './define-guidepost';
export { parseGuidepost } from './parse-guidepost';
export { isSafeHref } from './is-safe-href';
export { isSafeMediaSrc } from './is-safe-media-src';
export { skippedGuidesOf } from './skipped-guides';
export { GuidepostDefinitionError } from './guidepost-definition-error';
export { formatIssue } from './definition-issue';
export { DEFINITION_LIMITS } from './definition-limits';

export type { ParseGuidepostResult } from './parse-guidepost';
export type {
  CenterArticle,
  CenterContact,
  ContactEntry,
  ContactEntryText,
  ContactSpecialist,
  GuideCenterDefinition,
  GuideCenterInput,
  HelpArticle,
  HelpArticleText,
} from './center-types';
export type { DefinitionIssue } from './definition-issue';
export type {
  ArticleIdsIn,
  AnchorNamesIn,
  DeclaredAnchorsIn,
  EventNamesIn,
  GuideIdsIn,
  GuidepostInput,
  NamesOf,
  SegmentNamesIn,
} from './definition-input';
export type {
  ArticleId,
  AnchorName,
  ChecklistItemId,
  EventName,
  GuideId,
  GuideIdOfKind,
  GuideOf,
  SegmentName,
  StepId,
} from './name-types';
export type {
  AnnouncementGuide,
  ChecklistGuide,
  ChecklistItem,
  DefinitionNames,
  GuideBase,
  GuideChannel,
  GuideCta,
  GuideDefinition,
  GuideFrequency,
  GuideGoal,
  GuideKind,
  GuideMedia,
  GuideNames,
  GuidePlacement,
  GuideSchedule,
  GuideScrollMargin,
  GuideTarget,
  GuideTrigger,
  GuidepostDefinition,
  SelectorText,
  StepAdvance,
  StepFocus,
  SurveyAnswerValue,
  SurveyGuide,
  SurveyOption,
  SurveyQuestion,
  SurveyQuestionType,
  TooltipGuide,
  TouchModel,
  TourGuide,
  TourStep,
} from './types';
export type {
  GuideContent,
  RichTextBlock,
  RichTextInline,
  RichTextLink,
  RichTextList,
  RichTextParagraph,
  RichTextSpan,
} from './rich-text';
