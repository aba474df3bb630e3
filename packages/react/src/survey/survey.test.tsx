import { defineGuidepost, memoryAdapter, type GuidepostEvent } from '@guidepost/core';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { StrictMode, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { GuidepostProvider } from '../provider/guidepost-provider';
import { mountGuidepost } from '../script-tag/mount-guidepost';
import { Survey } from './survey';
import { useSurvey } from './use-survey';

afterEach(cleanup);

const definition = defineGuidepost({
  guides: {
    pick: {
      kind: 'survey',
      title: 'One question',
      question: {
        type: 'choice',
        text: 'Which plan fits you?',
        options: [
          { id: 'solo', label: 'Just me' },
          { id: 'team', label: 'A team' },
        ],
      },
      saveAs: 'planFit',
    },
  },
});

function withProvider(children: ReactNode, events: GuidepostEvent[] = []) {
  return (
    <GuidepostProvider
      definition={definition}
      storage={memoryAdapter()}
      user={{ id: 'u1' }}
      onEvent={(event) => events.push(event)}
      onError={() => undefined}
    >
      {children}
    </GuidepostProvider>
  );
}

describe('Survey (jsdom)', () => {
  it('asks once under StrictMode, records the choice, thanks, then hides the thank-you', async () => {
    const events: GuidepostEvent[] = [];
    render(
      <StrictMode>{withProvider(<Survey<typeof definition> id="pick" />, events)}</StrictMode>,
    );
    const dialog = screen.getByRole('dialog', { name: 'One question' });
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    const group = within(dialog).getByRole('radiogroup', { name: 'Which plan fits you?' });
    fireEvent.click(within(group).getByRole('radio', { name: 'A team' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send' }));
    expect(document.activeElement).toBe(within(dialog).getByText('Thank you for your answer.'));
    expect(events.filter((event) => event.name === 'survey_answered')).toEqual([
      expect.objectContaining({ guideId: 'pick', answer: 'team', attribute: 'planFit' }),
    ]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('does nothing on Send until an answer is chosen', () => {
    const events: GuidepostEvent[] = [];
    render(withProvider(<Survey<typeof definition> id="pick" />, events));
    const send = screen.getByRole('button', { name: 'Send' });
    expect(send.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(send);
    expect(events.some((event) => event.name === 'survey_answered')).toBe(false);
    expect(screen.queryByRole('radiogroup')).not.toBeNull();
  });

  it('takes label overrides and the unstyled switch', () => {
    render(
      withProvider(
        <Survey<typeof definition> id="pick" unstyled labels={{ surveySubmit: 'Answer' }} />,
      ),
    );
    const dialog = screen.getByRole('dialog');
    expect(dialog.className).toBe('');
    expect(within(dialog).queryByRole('button', { name: 'Answer' })).not.toBeNull();
  });

  it('renders nothing on the server', () => {
    expect(renderToString(withProvider(<Survey<typeof definition> id="pick" />))).toBe('');
  });

  it('names both the part and its root when a part is used outside one', () => {
    expect(() => render(<Survey.Submit />)).toThrow(
      '`SurveySubmit` must be used within `SurveyRoot`',
    );
  });

  it('gives a look of its own the same data and actions through useSurvey', () => {
    function OwnLook() {
      const { open, survey, answer, answered } = useSurvey<typeof definition>('pick');
      if (answered) return <p>Answered</p>;
      if (!open || survey === undefined) return null;
      return (
        <button type="button" onClick={() => answer('solo')}>
          {String(survey.question.text)}
        </button>
      );
    }
    render(withProvider(<OwnLook />));
    act(() => screen.getByRole('button', { name: 'Which plan fits you?' }).click());
    expect(screen.queryByText('Answered')).not.toBeNull();
  });

  it('is mounted by the script-tag build with the other kinds', async () => {
    const { unmount } = mountGuidepost({
      definition,
      user: { id: 'u1' },
      storage: memoryAdapter(),
      locks: null,
    });
    expect(await screen.findByRole('dialog', { name: 'One question' })).not.toBeNull();
    act(() => unmount());
  });
});
