import type { GuideContent } from '@guidepost/core';
import { cleanup, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentToText } from './content-to-text';
import { RichContent } from './rich-content';
import { unsafeHrefs } from './unsafe-hrefs';

afterEach(cleanup);

const PAYLOAD = '<img src=x onerror=alert(1)>';

const link = (href: string, text = 'the docs') =>
  [
    { type: 'paragraph', children: ['See ', { type: 'link', href, children: [text] }, '.'] },
  ] as const;

describe('RichContent', () => {
  it('shows a plain string as text, never as HTML', () => {
    const { container } = render(<RichContent content={PAYLOAD} />);
    expect(container.textContent).toBe(PAYLOAD);
    expect(container.querySelector('img')).toBeNull();
  });

  it('shows HTML inside rich text as text too', () => {
    const content: GuideContent = [
      { type: 'paragraph', children: [PAYLOAD, { text: PAYLOAD, strong: true }] },
      { type: 'list', items: [[PAYLOAD]] },
    ];
    const { container } = render(<RichContent content={content} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('strong')?.textContent).toBe(PAYLOAD);
    expect(container.querySelector('li')?.textContent).toBe(PAYLOAD);
  });

  it('renders paragraphs, emphasis and lists', () => {
    const content: GuideContent = [
      {
        type: 'paragraph',
        children: ['Start from a ', { text: 'blank', strong: true, em: true }, ' project.'],
      },
      { type: 'list', ordered: true, items: [['Name it'], ['Invite your team']] },
    ];
    render(<RichContent content={content} />);
    expect(screen.getByText(/Start from a/).tagName).toBe('P');
    expect(screen.getByText('blank').closest('strong')?.querySelector('em')).not.toBeNull();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Name it',
      'Invite your team',
    ]);
    expect(screen.getByRole('list').tagName).toBe('OL');
  });

  it.each([
    ['/docs/projects', '/docs/projects'],
    ['https://example.com/docs', 'https://example.com/docs'],
    ['mailto:help@example.com', 'mailto:help@example.com'],
  ])('renders a link to %s', (href, expected) => {
    render(<RichContent content={link(href)} />);
    expect(screen.getByRole('link', { name: 'the docs' }).getAttribute('href')).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    ' JaVa\tScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example',
  ])('renders an unsafe link to %j as plain text and reports it once', (href) => {
    const onUnsafeLink = vi.fn();
    const { container, rerender } = render(
      <StrictMode>
        <RichContent content={link(href)} onUnsafeLink={onUnsafeLink} />
      </StrictMode>,
    );
    rerender(
      <StrictMode>
        <RichContent content={link(href)} onUnsafeLink={onUnsafeLink} />
      </StrictMode>,
    );
    expect(screen.queryByRole('link')).toBeNull();
    expect(container.querySelector('[href]')).toBeNull();
    expect(container.textContent).toBe('See the docs.');
    expect(onUnsafeLink.mock.calls).toEqual([[href]]);
  });

  it('opens links in a new tab with rel="noopener noreferrer" when asked', () => {
    render(<RichContent content={link('https://example.com')} linkTarget="_blank" />);
    const anchor = screen.getByRole('link', { name: 'the docs' });
    expect(anchor.getAttribute('target')).toBe('_blank');
    expect(anchor.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('keeps same-tab links free of target and rel', () => {
    render(<RichContent content={link('/docs')} />);
    const anchor = screen.getByRole('link', { name: 'the docs' });
    expect(anchor.hasAttribute('target')).toBe(false);
    expect(anchor.hasAttribute('rel')).toBe(false);
  });

  it('renders blocks as one run of phrasing content in inline mode', () => {
    const content: GuideContent = [
      { type: 'paragraph', children: ['Your'] },
      { type: 'paragraph', children: [{ text: 'projects', em: true }] },
    ];
    const { container } = render(
      <h2>
        <RichContent content={content} inline />
      </h2>,
    );
    expect(container.querySelector('p')).toBeNull();
    expect(container.textContent).toBe('Your projects');
  });
});

describe('contentToText', () => {
  it.each<[string, GuideContent | undefined, string]>([
    ['nothing', undefined, ''],
    ['a string', 'Create one', 'Create one'],
    ['rich text', link('/docs', 'docs'), 'See docs.'],
    ['a list', [{ type: 'list', items: [['One'], ['Two']] }], 'One Two'],
  ])('gives the plain text of %s', (_, content, expected) => {
    expect(contentToText(content)).toBe(expected);
  });
});

describe('unsafeHrefs', () => {
  it('lists each refused link once, in order, including those in lists', () => {
    const content: GuideContent = [
      ...link('javascript:a'),
      ...link('/safe'),
      { type: 'list', items: [[{ type: 'link', href: 'data:x', children: ['x'] }]] },
      ...link('javascript:a'),
    ];
    expect(unsafeHrefs(content)).toEqual(['javascript:a', 'data:x']);
  });
});
