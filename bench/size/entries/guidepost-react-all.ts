export * from '@guidepost/react';
