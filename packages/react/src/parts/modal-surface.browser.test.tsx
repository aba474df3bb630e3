import { composeStories } from '@storybook/react';
import { render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import * as announcementStories from '../../../../stories/announcement/announcement.stories';
import * as surveyStories from '../../../../stories/survey/survey.stories';
import { onDesktopPage, settleAnimations } from '../test/browser-page.test-helpers';

const { WithImage } = composeStories(announcementStories);
const { Nps } = composeStories(surveyStories);

onDesktopPage();

const gone = () => vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
const backdrop = () => document.querySelector<HTMLElement>('.gp-overlay');

const kinds: [string, () => ReactElement][] = [
  ['announcement', () => <WithImage />],
  ['survey', () => <Nps />],
];

describe.each(kinds)('the modal surface of the %s', (_, renderKind) => {
  it('scales the dialog and fades the backdrop in and out, and not at all when the user prefers reduced motion', async () => {
    render(renderKind());
    const dialog = await screen.findByRole('dialog');
    expect(dialog.getAnimations().length).toBeGreaterThan(0);
    expect(backdrop()?.getAnimations().length).toBeGreaterThan(0);
    await settleAnimations();
    await userEvent.keyboard('{Escape}');
    expect(screen.getByRole('dialog').getAnimations().length).toBeGreaterThan(0);
    await gone();
    expect(backdrop()).toBeNull();

    await commands.emulateMedia({ reducedMotion: 'reduce' });
    render(renderKind());
    await screen.findByRole('dialog');
    expect(document.getAnimations()).toHaveLength(0);
    await userEvent.keyboard('{Escape}');
    expect(document.getAnimations()).toHaveLength(0);
    await gone();
  });

  it('keeps focus in the dialog, and the dialog open, when the backdrop is pressed', async () => {
    render(renderKind());
    const dialog = await screen.findByRole('dialog');
    await settleAnimations();
    const overlay = backdrop();
    expect(overlay).not.toBeNull();
    await userEvent.click(overlay as HTMLElement, { position: { x: 4, y: 4 } });
    expect(screen.getByRole('dialog')).toBe(dialog);
    expect(dialog.contains(document.activeElement)).toBe(true);
  });
});
