import { describe, expect, it } from 'vitest';
import { storyUrl } from './story-url';
import type { StoryTarget } from './story-url';

describe('storyUrl', () => {
  it.each<[StoryTarget, string]>([
    [
      { id: 'tour-basics--basic-three-steps', viewMode: 'story' },
      'iframe.html?id=tour-basics--basic-three-steps&viewMode=story',
    ],
    [{ id: 'docs-tour--docs', viewMode: 'docs' }, 'iframe.html?id=docs-tour--docs&viewMode=docs'],
    [
      { id: 'demo--saa-s-dashboard', viewMode: 'story', globals: { plan: 'pro', ltv: '12000' } },
      'iframe.html?id=demo--saa-s-dashboard&viewMode=story&globals=plan:pro;ltv:12000',
    ],
    [
      { id: 'demo--saa-s-dashboard', viewMode: 'story', globals: {} },
      'iframe.html?id=demo--saa-s-dashboard&viewMode=story',
    ],
  ])('opens %o at %s', (target, path) => {
    expect(storyUrl('http://127.0.0.1:6006/', target)).toBe(`http://127.0.0.1:6006/${path}`);
  });
});
