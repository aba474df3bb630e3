import { composeStories } from '@storybook/react';
import { render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import * as stories from '../../../../stories/survey/survey.stories';
import { eventsNamed, onDesktopPage, settleAnimations } from '../test/browser-page.test-helpers';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';

const { Nps, Csat, Choice, FreeText, Japanese, RightToLeft, Dark, HighTierFollowUp } =
  composeStories(stories);

onDesktopPage();
const checked = (dialog: HTMLElement) =>
  within(dialog)
    .getAllByRole('radio')
    .find((radio) => (radio as HTMLInputElement).checked)
    ?.getAttribute('value');

describe('Survey in Chromium', () => {
  it('asks with the keyboard alone: Tab into the scale, arrows to a score, Enter on Send, thanks', async () => {
    const onEvent = vi.fn();
    render(<Nps onEvent={onEvent} />);
    const dialog = await screen.findByRole('dialog', {
      name: 'How likely are you to recommend Acme to a colleague?',
    });
    await vi.waitFor(() => expect(document.activeElement).toBe(dialog));
    const group = within(dialog).getByRole('radiogroup', {
      name: 'How likely are you to recommend Acme to a colleague?',
    });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(within(group).getByRole('radio', { name: '0' })).toHaveAccessibleDescription(
      'Not likely',
    );
    expect(within(group).getByRole('radio', { name: '10' })).toHaveAccessibleDescription(
      'Very likely',
    );
    const send = within(dialog).getByRole('button', { name: 'Send' });
    expect(send).toHaveAttribute('aria-disabled', 'true');

    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close' }));
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(within(group).getByRole('radio', { name: '0' }));
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(checked(dialog)).toBe('3');
    await userEvent.keyboard('{ArrowLeft}');
    expect(checked(dialog)).toBe('2');
    expect(send).not.toHaveAttribute('aria-disabled');
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(send);
    await userEvent.keyboard('{Enter}');

    const thanks = await within(dialog).findByText(
      'Thank you! Your score helps us decide what to build next.',
    );
    expect(document.activeElement).toBe(thanks);
    expect(within(dialog).queryByRole('radiogroup')).toBeNull();
    expect(eventsNamed(onEvent, 'survey_answered')).toEqual([
      expect.objectContaining({
        guideId: 'nps-2026',
        question: 'nps',
        answer: 2,
        attribute: 'npsScore',
      }),
    ]);
    await expectNoAxeViolations(document);

    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(eventsNamed(onEvent, 'guide_dismissed')).toEqual([]);
  });

  it('closes unanswered with Escape, as other pop-ups close, and records no answer', async () => {
    const onEvent = vi.fn();
    render(<Nps onEvent={onEvent} />);
    await screen.findByRole('dialog');
    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(eventsNamed(onEvent, 'guide_dismissed')).toEqual([
      expect.objectContaining({ guideId: 'nps-2026', reason: 'escape' }),
    ]);
    expect(eventsNamed(onEvent, 'survey_answered')).toEqual([]);
  });

  it('mirrors the scale on a right-to-left page, and the arrow keys follow it', async () => {
    render(<RightToLeft />);
    const dialog = await screen.findByRole('dialog');
    const zero = within(dialog).getByRole('radio', { name: '0' });
    const ten = within(dialog).getByRole('radio', { name: '10' });
    expect(zero.getBoundingClientRect().left).toBeGreaterThan(ten.getBoundingClientRect().left);
    zero.focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(checked(dialog)).toBe('1');
  });

  it.each([375, 320])(
    'fits a %i px phone: every score on screen and at least 24 px wide',
    async (width) => {
      await page.viewport(width, 667);
      render(<Nps />);
      const dialog = await screen.findByRole('dialog');
      await settleAnimations();
      const box = dialog.getBoundingClientRect();
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(width);
      for (const radio of within(dialog).getAllByRole('radio')) {
        const point = radio.getBoundingClientRect();
        expect(point.width).toBeGreaterThanOrEqual(24);
        expect(point.height).toBeGreaterThanOrEqual(24);
        expect(point.left).toBeGreaterThanOrEqual(box.left);
        expect(point.right).toBeLessThanOrEqual(box.right);
      }
    },
  );

  it('counts the characters of a free-text answer and stops at its maximum', async () => {
    const onEvent = vi.fn();
    render(<FreeText onEvent={onEvent} />);
    const dialog = await screen.findByRole('dialog');
    const box = within(dialog).getByRole('textbox', {
      name: 'If you could improve one thing in Acme, what would it be?',
    });
    expect(box).toHaveAccessibleDescription('0 of 280 characters');
    await userEvent.type(box, 'Faster exports');
    expect(box).toHaveAccessibleDescription('14 of 280 characters');
    await userEvent.fill(box, 'x'.repeat(400));
    expect((box as HTMLTextAreaElement).value).toHaveLength(280);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send' }));
    expect(eventsNamed(onEvent, 'survey_answered')).toEqual([
      expect.objectContaining({ question: 'text', answer: 'x'.repeat(280) }),
    ]);
  });

  it('follows a high-tier answer of 6 with the specialist’s invitation, from definitions alone', async () => {
    render(<HighTierFollowUp />);
    const survey = await screen.findByRole('dialog');
    await userEvent.click(within(survey).getByRole('radio', { name: '6' }));
    await userEvent.click(within(survey).getByRole('button', { name: 'Send' }));
    await userEvent.click(within(survey).getByRole('button', { name: 'Close' }));
    const invitation = await screen.findByRole(
      'dialog',
      { name: 'Can we help?' },
      { timeout: 4000 },
    );
    expect(
      within(invitation).getByRole('link', { name: 'Book 30 minutes with Mika' }),
    ).toBeVisible();
  });

  it('lets the thank-you step aside when the next pop-up comes, never two dialogs at once', async () => {
    render(<HighTierFollowUp />);
    const survey = await screen.findByRole('dialog');
    await userEvent.click(within(survey).getByRole('radio', { name: '3' }));
    await userEvent.click(within(survey).getByRole('button', { name: 'Send' }));
    await within(survey).findByText('Thank you for your answer.');
    await screen.findByRole('dialog', { name: 'Can we help?' }, { timeout: 4000 });
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
  });
});

describe('Survey accessibility in Chromium', () => {
  it.each<[string, () => ReactElement, string]>([
    ['NPS', () => <Nps />, 'How likely are you to recommend Acme to a colleague?'],
    ['CSAT, named by its title', () => <Csat />, 'Quick question'],
    ['a choice', () => <Choice />, 'How did you hear about Acme?'],
    ['free text', () => <FreeText />, 'If you could improve one thing in Acme, what would it be?'],
    ['Japanese', () => <Japanese />, 'Acme を同僚に勧める可能性はどのくらいありますか？'],
    ['dark', () => <Dark />, 'How likely are you to recommend Acme to a colleague?'],
    [
      'right to left',
      () => <RightToLeft />,
      'How likely are you to recommend Acme to a colleague?',
    ],
  ])(
    '%s: a named modal dialog, the question labelling the answers, no axe violations',
    async (_, story, name) => {
      render(story());
      const dialog = await screen.findByRole('dialog', { name });
      expect(dialog).toHaveAttribute('aria-modal', 'true');
      await settleAnimations();
      await expectNoAxeViolations(document);
    },
  );

  it('speaks Japanese labels at the ends of the scale', async () => {
    render(<Japanese />);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('radio', { name: '0' })).toHaveAccessibleDescription(
      '勧めない',
    );
    expect(within(dialog).getByRole('button', { name: '送信' })).toBeVisible();
  });
});
