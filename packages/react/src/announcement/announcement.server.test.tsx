// @vitest-environment node
import { memoryAdapter } from '@guidepost/core';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { GuidepostProvider } from '../provider/guidepost-provider';
import { AnnouncementModal } from './announcement-modal';
import { releaseNotes } from './testing/announcement-fixtures';

describe('on the server', () => {
  it.each([
    ['one announcement', <AnnouncementModal key="one" id="release-11" />],
    ['every announcement', <AnnouncementModal key="all" />],
  ])('renders %s as nothing, without touching window or document', (_, element) => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(
      <GuidepostProvider definition={releaseNotes} storage={memoryAdapter()} user={{ id: 'u1' }}>
        {element}
      </GuidepostProvider>,
    );
    expect(html).toBe('');
  });
});
