export { GuidepostDevtools, type GuidepostDevtoolsProps } from './guidepost-devtools';
export type { GoalVerdict, GuideVerdict } from './guide-verdicts';
