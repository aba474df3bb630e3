import { defineGuidepost, memoryAdapter, type GuidepostError } from '@guidepost/core';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { GuidepostProvider } from '../provider/guidepost-provider';
import { GuideCenter } from './guide-center';

afterEach(cleanup);

const definition = defineGuidepost({
  guides: {
    news: {
      kind: 'announcement',
      trigger: 'manual',
      title: 'Release 12',
      publishedAt: '2026-01-01',
    },
  },
  center: {
    articles: {
      faq: {
        title: 'Where are my files?',
        body: 'In Files.',
        links: [{ label: 'Files', href: '/files' }],
      },
    },
    contacts: { docs: { tier: 'tech', title: 'Docs' } },
  },
});

function mount(node: React.ReactNode, onError?: (error: GuidepostError) => void) {
  return render(
    <GuidepostProvider
      definition={definition}
      storage={memoryAdapter()}
      user={{ id: 'u1' }}
      {...(onError === undefined ? {} : { onError })}
    >
      {node}
    </GuidepostProvider>,
  );
}

describe('GuideCenter', () => {
  it('names its launcher with the unread count and opens a dialog named by its title', async () => {
    mount(<GuideCenter />);
    const launcher = await screen.findByRole('button', { name: /^Help.*1 new$/ });
    fireEvent.click(launcher);
    const dialog = screen.getByRole('dialog', { name: 'Help' });
    expect(
      within(dialog)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toContain('Help articles');
    expect(within(dialog).getByRole('search').querySelector('input')).not.toBeNull();
  });

  it('renders nothing on the server', () => {
    const html = renderToString(
      <GuidepostProvider definition={definition} user={{ id: 'u1' }}>
        <GuideCenter defaultOpen />
      </GuidepostProvider>,
    );
    expect(html).not.toContain('Help');
  });

  it('throws, naming both, when a part is used outside the root', () => {
    expect(() => render(<GuideCenter.Search />)).toThrow(
      '`GuideCenterSearch` must be used within `GuideCenterRoot`',
    );
  });

  it('leaves out a link that is not safe and reports it once', async () => {
    const errors: GuidepostError[] = [];
    const hostile = defineGuidepost({
      guides: {},
      center: { articles: { faq: { title: 'Q', body: 'A' } } },
    });
    // As a production build takes it: unchecked.
    const unchecked = {
      ...hostile,
      center: {
        articles: [
          {
            id: 'faq',
            title: 'Q',
            body: 'A',
            links: [{ label: 'Evil', href: 'javascript:alert(1)' }],
          },
        ],
        contacts: [],
      },
    };
    render(
      <GuidepostProvider
        definition={unchecked}
        storage={memoryAdapter()}
        user={{ id: 'u1' }}
        onError={(error) => errors.push(error)}
      >
        <GuideCenter defaultOpen />
      </GuidepostProvider>,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Help' });
    fireEvent.click(within(dialog).getByText('Q'));
    expect(within(dialog).queryByRole('link', { name: 'Evil' })).toBeNull();
    await waitFor(() => expect(errors.map((error) => error.code)).toEqual(['unsafe_link']));
  });

  it('is controlled through open and onOpenChange', async () => {
    const changes: boolean[] = [];
    mount(<GuideCenter open={false} onOpenChange={(open) => changes.push(open)} />);
    fireEvent.click(await screen.findByRole('button', { name: /^Help/ }));
    expect(changes).toEqual([true]);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
