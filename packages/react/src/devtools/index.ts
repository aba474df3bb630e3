export { GuidepostDevtools, type GuidepostDevtoolsProps } from './guidepost-devtools';
export type { GuideVerdict } from './guide-verdicts';
