export { GuidepostError } from './errors/guidepost-error';
export type { GuidepostErrorCode, GuidepostErrorDetails } from './errors/guidepost-error';
export type * from './targeting/types';
export type * from './guides/types';
export type * from './guides/rich-text';
export type * from './persistence/types';
export { SNAPSHOT_VERSION } from './persistence/types';
export type * from './analytics/types';
