export type { GuidepostEvent, Rule, TouchTier, UserAttributes } from '@guidepost/core';
