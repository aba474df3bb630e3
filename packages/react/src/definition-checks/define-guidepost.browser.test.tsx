import { defineGuidepost, GuidepostDefinitionError } from '@guidepost/core';
import { describe, expect, it } from 'vitest';

// This page is served by Vite, as an app in development or Storybook is: Vite replaces
// `process.env.NODE_ENV` and defines no `process`.
describe('defineGuidepost in a page served by Vite', () => {
  it('runs the development checks: a duplicate step id throws, naming the guide and step', () => {
    expect(typeof process).toBe('undefined');
    const define = () =>
      defineGuidepost({
        guides: {
          welcome: {
            kind: 'tour',
            steps: [
              { id: 'hello', title: 'Hello' },
              { id: 'hello', title: 'Hello again' },
            ],
          },
        },
      });
    expect(define).toThrow(GuidepostDefinitionError);
    expect(define).toThrow(/welcome/);
  });

  it('runs the development checks: an unknown segment throws, naming it', () => {
    const define = () =>
      defineGuidepost({
        guides: {
          welcome: {
            kind: 'tour',
            // @ts-expect-error: the compiler catches it too; the check is for untyped callers
            audience: { segment: 'newUsers' },
            steps: [{ id: 'hello', title: 'Hello' }],
          },
        },
      });
    expect(define).toThrow(/newUsers/);
  });
});
