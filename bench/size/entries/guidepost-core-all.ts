export * from '@guidepost/core';
