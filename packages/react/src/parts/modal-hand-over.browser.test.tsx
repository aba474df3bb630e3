import { createGuidepost, defineGuidepost, memoryAdapter } from '@guidepost/core';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnnouncementModal } from '../announcement/announcement-modal';
import { GuidepostProvider } from '../provider/guidepost-provider';
import { Tour } from '../tour/tour';
import { shownStep } from '../tour/tour-browser.test-helpers';

const definition = defineGuidepost({
  guides: {
    welcome: { kind: 'tour', steps: [{ id: 'hello', title: 'Welcome aboard' }] },
    release: { kind: 'announcement', trigger: 'manual', title: 'Bulk export' },
  },
});

const engines: { destroy(): void }[] = [];
afterEach(() => {
  cleanup();
  for (const engine of engines.splice(0)) engine.destroy();
});

describe('hand-over between two modal guides', () => {
  it('never draws the tour step and the announcement together', async () => {
    const engine = createGuidepost(definition, { storage: memoryAdapter(), locks: null });
    engines.push(engine);
    render(
      <GuidepostProvider guidepost={engine}>
        <main>Page</main>
        <Tour id="welcome" />
        <AnnouncementModal />
      </GuidepostProvider>,
    );
    await shownStep('Welcome aboard');
    let together = 0;
    let sampling = true;
    const sample = () => {
      if (!sampling) return;
      if (document.querySelectorAll('[role="dialog"]').length > 1) together += 1;
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
    act(() => void engine.start('release', { force: true }));
    await vi.waitFor(() => {
      const dialogs = document.querySelectorAll('[role="dialog"]');
      expect(dialogs.length).toBe(1);
      expect(screen.getByRole('dialog', { name: 'Bulk export' })).toBe(dialogs[0]);
    }, 3000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    sampling = false;
    expect(together).toBe(0);
  });
});
