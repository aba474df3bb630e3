// @vitest-environment node
import { memoryAdapter } from '@guidepost/core';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { GuidepostProvider } from '../provider/guidepost-provider';
import { Checklist } from './checklist';
import { checklistDefinition } from './testing/checklist-fixtures';

describe('on the server', () => {
  it.each([
    ['the checklist', <Checklist key="c" id="getting-started" />],
    ['the inline checklist', <Checklist key="c" id="getting-started" inline />],
  ])('renders %s as nothing, without touching window or document', (_, element) => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(
      <GuidepostProvider
        definition={checklistDefinition}
        storage={memoryAdapter()}
        user={{ id: 'u1' }}
      >
        {element}
      </GuidepostProvider>,
    );
    expect(html).toBe('');
  });
});
