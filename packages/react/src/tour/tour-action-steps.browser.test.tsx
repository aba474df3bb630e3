import { createGuidepost, defineGuidepost, memoryAdapter, type TourStep } from '@guidepost/core';
import { act, cleanup, render, screen } from '@testing-library/react';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { useGuidepost } from '../provider/guidepost-context';
import { GuidepostProvider } from '../provider/guidepost-provider';
import { eventLog } from '../provider/testing/event-log';
import { Tour } from './tour';
import { shownStep } from './tour-browser.test-helpers';

function todoTour(first: Partial<TourStep> = {}, trigger: 'auto' | 'manual' = 'auto') {
  return defineGuidepost({
    events: ['todo_added'],
    guides: {
      todos: {
        kind: 'tour',
        trigger,
        steps: [
          {
            id: 'add',
            target: 'new-todo',
            title: 'Add a todo',
            body: 'Type a todo and press Enter.',
            advanceOn: { event: 'todo_added' },
            ...first,
          },
          { id: 'list', target: 'todo-list', title: 'Your todos' },
          { id: 'filters', target: 'filters', title: 'Filter them' },
        ],
      },
    },
  });
}

type Submit = 'keydown' | 'keypress' | 'click' | 'form';

/** A TodoMVC-like app that adds a todo the way `submit` says, and tracks `todo_added`. */
function TodoApp({ submit }: { readonly submit: Submit }) {
  const guidepost = useGuidepost();
  const [todos, setTodos] = useState<string[]>([]);
  const [text, setText] = useState('');
  const add = () => {
    if (text.trim() === '') return;
    setTodos((all) => [...all, text.trim()]);
    setText('');
    guidepost.track('todo_added');
  };
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') add();
  };
  const input = (
    <input
      aria-label="New todo"
      value={text}
      onChange={(event) => setText(event.target.value)}
      {...(submit === 'keydown' ? { onKeyDown: onKey } : {})}
      {...(submit === 'keypress' ? { onKeyPress: onKey } : {})}
    />
  );
  return (
    <main>
      <div data-guidepost="new-todo">
        {submit === 'form' ? (
          <form
            onSubmit={(event: FormEvent) => {
              event.preventDefault();
              add();
            }}
          >
            {input}
          </form>
        ) : (
          input
        )}
        {submit === 'click' ? (
          <button type="button" onClick={add}>
            Add
          </button>
        ) : null}
      </div>
      <ul data-guidepost="todo-list" aria-label="Todos">
        {todos.map((todo) => (
          <li key={todo}>{todo}</li>
        ))}
      </ul>
      <p data-guidepost="filters">All · Active · Done</p>
    </main>
  );
}

function renderTodos(submit: Submit) {
  const log = eventLog();
  render(
    <GuidepostProvider definition={todoTour()} storage={memoryAdapter()} onEvent={log.onEvent}>
      <TodoApp submit={submit} />
      <Tour id="todos" />
    </GuidepostProvider>,
  );
  return log;
}

/** Lets the rest of the key press, and a few frames after it, run. */
async function afterPress(): Promise<void> {
  for (let frame = 0; frame < 5; frame += 1) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

beforeEach(async () => {
  await page.viewport(1024, 768);
});
afterEach(cleanup);

describe('Tour: the key press that completes an action step', () => {
  it.each<[Submit, string]>([
    ['keydown', '{Enter}'],
    ['keypress', '{Enter}'],
    ['form', '{Enter}'],
  ])(
    'an app adding on %s: Enter in the field shows the next step and stays there',
    async (submit, keys) => {
      const log = renderTodos(submit);
      await shownStep('Add a todo');
      await userEvent.click(screen.getByRole('textbox', { name: 'New todo' }));
      await userEvent.keyboard(`Buy milk${keys}`);
      await shownStep('Your todos');
      await afterPress();

      expect(screen.getByRole('dialog', { name: 'Your todos' }).dataset.state).toBe('open');
      expect(screen.getByRole('listitem').textContent).toBe('Buy milk');
      expect(log.named('step_completed').map((event) => event.stepId)).toEqual(['add']);
      expect(log.named('step_viewed').map((event) => event.stepId)).toEqual(['add', 'list']);
    },
  );

  it.each([
    ['Enter', '{Enter}'],
    ['Space', ' '],
  ])('an app adding on a button pressed with %s: the next step stays', async (_, key) => {
    const log = renderTodos('click');
    await shownStep('Add a todo');
    await userEvent.click(screen.getByRole('textbox', { name: 'New todo' }));
    await userEvent.keyboard('Buy milk');
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add' }));
    await userEvent.keyboard(key);
    await shownStep('Your todos');
    await afterPress();
    expect(screen.getByRole('dialog', { name: 'Your todos' }).dataset.state).toBe('open');
    expect(log.named('step_completed').map((event) => event.stepId)).toEqual(['add']);
  });

  it('an app adding on a button clicked: the next step stays, and its Next then works', async () => {
    const log = renderTodos('click');
    await shownStep('Add a todo');
    await userEvent.click(screen.getByRole('textbox', { name: 'New todo' }));
    await userEvent.keyboard('Buy milk');
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    await shownStep('Your todos');
    await afterPress();
    expect(log.named('step_completed').map((event) => event.stepId)).toEqual(['add']);

    await vi.waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Next' })),
    );
    await userEvent.keyboard('{Enter}');
    await shownStep('Filter them');
  });

  it('focus reaches the next step once the key is released', async () => {
    renderTodos('keydown');
    await shownStep('Add a todo');
    await userEvent.click(screen.getByRole('textbox', { name: 'New todo' }));
    await userEvent.keyboard('Buy milk{Enter>}');
    await shownStep('Your todos');
    await afterPress();
    const next = screen.getByRole('button', { name: 'Next' });
    expect(document.activeElement).not.toBe(next);
    await userEvent.keyboard('{/Enter}');
    await vi.waitFor(() => expect(document.activeElement).toBe(next));
    expect(screen.getByRole('dialog', { name: 'Your todos' }).dataset.state).toBe('open');
  });
});

// An engine the app creates outlives its provider; a stale one would hold the page's modal channel.
const engines: { destroy(): void }[] = [];
afterEach(() => {
  for (const engine of engines.splice(0)) engine.destroy();
});

/** The todo app with a tour started by the test, while the user may be typing. */
function renderManualTour(first: Partial<TourStep> = {}) {
  const engine = createGuidepost(todoTour(first, 'manual'), { storage: memoryAdapter() });
  render(
    <GuidepostProvider guidepost={engine}>
      <TodoApp submit="keydown" />
      <Tour id="todos" />
    </GuidepostProvider>,
  );
  engines.push(engine);
  return {
    start: () => act(() => engine.start('todos')),
  };
}

const field = () => screen.getByRole('textbox', { name: 'New todo' });

describe('Tour: where focus goes on a step that waits for an action', () => {
  it('leaves focus in the field the user is typing in, and the text keeps coming', async () => {
    const { start } = renderManualTour();
    await userEvent.click(field());
    await userEvent.keyboard('Buy');
    start();
    await shownStep('Add a todo');
    await userEvent.keyboard(' milk');
    expect(document.activeElement).toBe(field());
    expect((field() as HTMLInputElement).value).toBe('Buy milk');
  });

  it('describes the field by the step, and says the step once in the live region', async () => {
    const { start } = renderManualTour();
    const region = document.querySelector('[data-live-announcer]') as HTMLElement;
    await userEvent.click(field());
    start();
    await shownStep('Add a todo');
    await vi.waitFor(() => expect(field().getAttribute('aria-describedby') ?? '').not.toBe(''));
    expect(field()).toBe(
      screen.getByRole('textbox', { description: /Type a todo and press Enter\./ }),
    );
    await vi.waitFor(() =>
      expect(region.textContent).toBe('Step 1 of 3: Add a todo. Type a todo and press Enter.'),
    );
  });

  it('moves focus to the control in the target when it was elsewhere, with Next secondary', async () => {
    const { start } = renderManualTour();
    start();
    await shownStep('Add a todo');
    await vi.waitFor(() => expect(document.activeElement).toBe(field()));
    const next = screen.getByRole('button', { name: 'Next' });
    expect(next.dataset.variant).toBe('secondary');

    await userEvent.keyboard('Buy milk{Enter}');
    await shownStep('Your todos');
    await vi.waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Next' })),
    );
    expect(field().hasAttribute('aria-describedby')).toBe(false);
    expect(screen.getByRole('button', { name: 'Next' }).dataset.variant).toBe('primary');
  });

  it("focus: 'step' moves focus to Next, a primary button, as on any step", async () => {
    const { start } = renderManualTour({ focus: 'step' });
    await userEvent.click(field());
    start();
    await shownStep('Add a todo');
    const next = screen.getByRole('button', { name: 'Next' });
    await vi.waitFor(() => expect(document.activeElement).toBe(next));
    expect(next.dataset.variant).toBe('primary');
  });

  it("focus: 'none' leaves focus where it was, outside the target too", async () => {
    const { start } = renderManualTour({ focus: 'none' });
    const filters = screen.getByText('All · Active · Done');
    filters.tabIndex = -1;
    act(() => filters.focus());
    start();
    await shownStep('Add a todo');
    await afterPress();
    expect(document.activeElement).toBe(filters);
  });
});
