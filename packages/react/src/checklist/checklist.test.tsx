import {
  memoryAdapter,
  type ChecklistGuide,
  type Guidepost,
  type GuidepostDefinition,
} from '@guidepost/core';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';
import { Checklist } from './checklist';
import {
  CaptureEngine,
  checklistDefinition,
  eventLog,
  withChecklistProvider,
  type ProviderOptions,
} from './testing/checklist-fixtures';

afterEach(cleanup);

let engine: Guidepost | undefined;
function mount(
  options: ProviderOptions & { readonly inline?: boolean; readonly locale?: 'en' | 'ja' } = {},
) {
  const { inline, locale, ...provider } = options;
  return render(
    withChecklistProvider(
      <>
        <CaptureEngine onEngine={(captured) => (engine = captured)} />
        <Checklist
          id="getting-started"
          {...(inline === undefined ? {} : { inline })}
          {...(locale === undefined ? {} : { locale })}
        />
      </>,
      provider,
    ),
  );
}

const launcher = () => screen.getByRole('button', { name: /Get started/ });
const progressbar = () => screen.getByRole('progressbar', { name: 'Progress' });
const item = (name: string) => screen.getByText(name).closest('li') as HTMLElement;
const liveRegion = () => screen.getByRole('status');

async function openPanel() {
  await waitFor(() => launcher());
  fireEvent.click(launcher());
  return screen.getByRole('dialog', { name: 'Get started' });
}

// axe takes seconds in jsdom when the suite runs alongside others.
describe('Checklist', { timeout: 20_000 }, () => {
  it.each([
    ['a member', { id: 'u1' }, 5],
    ['an admin', { id: 'u1', role: 'admin' }, 6],
  ])('shows %s the items meant for them, with progress as text and bar', async (_, user, total) => {
    mount({ user, inline: true });
    const panel = await screen.findByRole('region', { name: 'Get started' });
    expect(within(panel).getAllByRole('listitem')).toHaveLength(total);
    expect(within(panel).getByText(`0 of ${total} done`)).toBeInstanceOf(HTMLElement);
    expect(progressbar().getAttribute('aria-valuenow')).toBe('0');
    expect(progressbar().getAttribute('aria-valuemin')).toBe('0');
    expect(progressbar().getAttribute('aria-valuemax')).toBe(String(total));
    expect(progressbar().getAttribute('aria-valuetext')).toBe(`0 of ${total} done`);
    expect(screen.queryByText('Set up billing') !== null).toBe(total === 6);
    await expectNoAxeViolations(document.body);
  });

  it('shows a link that is not safe as text and reports it', async () => {
    const checklist = checklistDefinition.guides['getting-started'] as ChecklistGuide;
    // A definition that skipped validation, as a hand-built object can.
    const tampered: GuidepostDefinition = {
      ...checklistDefinition,
      guides: {
        ...checklistDefinition.guides,
        'getting-started': {
          ...checklist,
          items: checklist.items.map((entry) =>
            entry.id === 'help' ? { ...entry, href: 'javascript:alert(1)' } : entry,
          ),
        },
      },
    };
    const log = eventLog();
    mount({ definition: tampered, inline: true, onEvent: log.onEvent });
    await screen.findByRole('region', { name: 'Get started' });
    expect(screen.queryByRole('link', { name: 'To do: Read the help' })).toBeNull();
    expect(within(item('Read the help')).getByText('Read the help').tagName).toBe('SPAN');
    await waitFor(() =>
      expect(log.named('guide_error').map((event) => [event.guideId, event.code])).toEqual([
        ['getting-started', 'unsafe_link'],
      ]),
    );
  });

  it('opens from a launcher that tells its state and what it controls, and takes focus in', async () => {
    mount();
    await waitFor(() => launcher());
    expect(launcher().getAttribute('aria-expanded')).toBe('false');
    expect(launcher().hasAttribute('aria-controls')).toBe(false);
    expect(launcher().textContent).toContain('0 of 5 done');
    await expectNoAxeViolations(document.body);

    launcher().focus();
    const panel = await openPanel();
    expect(launcher().getAttribute('aria-expanded')).toBe('true');
    expect(launcher().getAttribute('aria-controls')).toBe(panel.id);
    expect(panel.hasAttribute('aria-modal')).toBe(false);
    expect(document.activeElement).toBe(panel);
    expect(panel.getAttribute('aria-describedby')).toBe(
      screen.getByText('Five tasks to your first export.').closest('[id]')?.id,
    );
    await expectNoAxeViolations(document.body);
  });

  it('collapses on Escape and gives focus back to the launcher', async () => {
    mount();
    await waitFor(() => launcher());
    launcher().focus();
    const panel = await openPanel();
    fireEvent.keyDown(panel, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(launcher()));
    expect(launcher().getAttribute('aria-expanded')).toBe('false');
  });

  it('stays open when a control inside the panel handled Escape first', async () => {
    mount();
    await waitFor(() => launcher());
    launcher().focus();
    const panel = await openPanel();
    const handleFirst = (event: KeyboardEvent) => event.preventDefault();
    panel.addEventListener('keydown', handleFirst);
    fireEvent.keyDown(panel, { key: 'Escape' });
    panel.removeEventListener('keydown', handleFirst);
    expect(screen.getByRole('dialog')).toBe(panel);
    expect(launcher().getAttribute('aria-expanded')).toBe('true');
  });

  it('ticks an item on a tracked event, with its state as text and a shape', async () => {
    const log = eventLog();
    mount({ inline: true, onEvent: log.onEvent });
    await screen.findByRole('region', { name: 'Get started' });
    expect(item('Create a project').dataset.state).toBe('pending');
    expect(within(item('Create a project')).getByText(/To do/)).toBeInstanceOf(HTMLElement);

    act(() => engine?.track('project_created'));
    expect(item('Create a project').dataset.state).toBe('completed');
    expect(within(item('Create a project')).getByText(/Done/)).toBeInstanceOf(HTMLElement);
    expect(item('Create a project').querySelector('svg path')).not.toBeNull();
    expect(progressbar().getAttribute('aria-valuenow')).toBe('1');
    expect(screen.getByText('1 of 5 done')).toBeInstanceOf(HTMLElement);
    expect(log.named('checklist_item_completed').map((event) => event.itemId)).toEqual(['project']);
  });

  it('starts the tour from its item and ticks the item when the tour completes', async () => {
    mount({ inline: true });
    await screen.findByRole('region', { name: 'Get started' });
    fireEvent.click(screen.getByRole('button', { name: 'To do: Take the tour' }));
    expect(engine?.getState().guides['welcome']?.open).toBe(true);
    expect(item('Take the tour').dataset.state).toBe('pending');

    act(() => engine?.complete('welcome'));
    expect(item('Take the tour').dataset.state).toBe('completed');
  });

  it('ticks an item by hand as a checkbox', async () => {
    mount({ inline: true });
    await screen.findByRole('region', { name: 'Get started' });
    const box = screen.getByRole('checkbox', { name: 'Fill in your profile' });
    expect(box.getAttribute('aria-checked')).toBe('false');
    expect(box.getAttribute('aria-describedby')).toBe(
      screen.getByText('A name and a photo.').closest('[id]')?.id,
    );
    fireEvent.click(box);
    expect(box.getAttribute('aria-checked')).toBe('true');
    expect(screen.getByText('1 of 5 done')).toBeInstanceOf(HTMLElement);
  });

  it('records a followed link and ticks it', async () => {
    const log = eventLog();
    mount({ inline: true, onEvent: log.onEvent });
    await screen.findByRole('region', { name: 'Get started' });
    const link = screen.getByRole('link', { name: 'To do: Read the help' });
    expect(link.getAttribute('href')).toBe('/help');
    // jsdom cannot navigate: the link is followed as far as the page's own handlers.
    const stayOnPage = (event: Event) => event.preventDefault();
    window.addEventListener('click', stayOnPage);
    fireEvent.click(link);
    window.removeEventListener('click', stayOnPage);
    expect(log.named('cta_clicked').map((event) => event.href)).toEqual(['/help']);
    expect(item('Read the help').dataset.state).toBe('completed');
  });

  it('announces each completion once in the polite live region', async () => {
    mount({ inline: true });
    await screen.findByRole('region', { name: 'Get started' });
    expect(liveRegion().textContent).toBe('');
    act(() => engine?.track('invite_sent'));
    await waitFor(() =>
      expect(liveRegion().textContent).toBe('Completed: Invite a teammate. 1 of 5 done'),
    );
    act(() => engine?.track('invite_sent'));
    act(() => engine?.track('project_created'));
    await waitFor(() =>
      expect(liveRegion().textContent).toBe('Completed: Create a project. 2 of 5 done'),
    );
  });

  it('celebrates once when the last item is done while watched, and says so', async () => {
    mount({ inline: true });
    await screen.findByRole('region', { name: 'Get started' });
    act(() => {
      engine?.track('project_created');
      engine?.track('invite_sent');
      engine?.completeItem('getting-started', 'tour');
      engine?.completeItem('getting-started', 'help');
    });
    expect(screen.queryByText('All done!')).toBeNull();
    act(() => engine?.completeItem('getting-started', 'profile'));
    expect(engine?.getState().guides['getting-started']?.status).toBe('completed');
    expect(screen.getByText('All done!')).toBeInstanceOf(HTMLElement);
    expect(screen.getByRole('region', { name: 'Get started' }).hasAttribute('data-complete')).toBe(
      true,
    );
    await waitFor(() =>
      expect(liveRegion().textContent).toBe(
        'Completed: Fill in your profile. 5 of 5 done All done!',
      ),
    );
    await expectNoAxeViolations(document.body);

    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Get started' })).toBeNull());
  });

  it('does not show a checklist that was complete before the page opened', async () => {
    const storage = memoryAdapter();
    const first = mount({ storage, inline: true });
    await screen.findByRole('region', { name: 'Get started' });
    act(() => {
      for (const id of ['tour', 'project', 'invite', 'profile', 'help']) {
        engine?.completeItem('getting-started', id);
      }
    });
    first.unmount();
    await act(async () => {
      await Promise.resolve();
    });
    mount({ storage, inline: true });
    await act(async () => {
      await Promise.resolve();
    });
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.queryByText('All done!')).toBeNull();
  });

  it('remembers a dismissed checklist across a new provider on the same storage', async () => {
    const storage = memoryAdapter();
    const log = eventLog();
    const first = mount({ storage, onEvent: log.onEvent });
    await openPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss checklist' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.queryByRole('button', { name: /Get started/ })).toBeNull();
    expect(log.named('guide_dismissed').map((event) => event.guideId)).toEqual(['getting-started']);
    first.unmount();
    await act(async () => {
      await Promise.resolve();
    });

    mount({ storage });
    await act(async () => {
      await Promise.resolve();
    });
    expect(engine?.getState().ready).toBe(true);
    expect(screen.queryByRole('button', { name: /Get started/ })).toBeNull();
  });

  it('speaks Japanese', async () => {
    mount({ inline: true, locale: 'ja' });
    await screen.findByRole('region', { name: 'Get started' });
    expect(screen.getByText('5件中0件完了')).toBeInstanceOf(HTMLElement);
    expect(screen.getByRole('progressbar', { name: '進捗' })).toBeInstanceOf(HTMLElement);
    expect(screen.getByRole('button', { name: 'チェックリストを非表示にする' })).toBeInstanceOf(
      HTMLElement,
    );
  });

  it('names both parts when one is used outside its root', () => {
    expect(() => render(withChecklistProvider(<Checklist.Progress />))).toThrow(
      '`ChecklistProgress` must be used within `ChecklistRoot`',
    );
  });
});
