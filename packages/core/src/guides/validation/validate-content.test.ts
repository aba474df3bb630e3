import { describe, expect, it } from 'vitest';
import { guideWith, issuesOf, stepWith } from '../definition-test-helpers';

const LINK = 'expected an http(s), relative or mailto URL';
const MEDIA = 'expected an http(s) or relative URL';

const body = (content: unknown) => guideWith('tip', { body: content });

describe('content, media and link validation', () => {
  it.each<[string, unknown]>([
    ['plain text', 'Saves your work.'],
    [
      'paragraphs with spans and links',
      [
        {
          type: 'paragraph',
          children: [
            'See ',
            { text: 'docs', em: true },
            {
              type: 'link',
              href: 'https://example.com',
              children: ['here', { text: '!', strong: true }],
            },
          ],
        },
      ],
    ],
    [
      'ordered and unordered lists',
      [
        { type: 'list', items: [['one'], ['two']] },
        {
          type: 'list',
          ordered: true,
          items: [[{ type: 'link', href: '#faq', children: ['FAQ'] }]],
        },
      ],
    ],
  ])('accepts %s', (_name, content) => {
    expect(issuesOf(body(content))).toEqual([]);
  });

  it.each<[string, unknown, string, string]>([
    [
      'content that is a number',
      body(42),
      'guides.tip.body',
      'expected text or a non-empty list of rich-text blocks',
    ],
    [
      'an empty list of blocks',
      body([]),
      'guides.tip.body',
      'expected text or a non-empty list of rich-text blocks',
    ],
    [
      'an unknown block type',
      body([{ type: 'heading', children: ['Hi'] }]),
      'guides.tip.body[0]',
      "unknown block type 'heading'; expected a paragraph or a list block",
    ],
    [
      'a block that is a string',
      body(['Hi']),
      'guides.tip.body[0]',
      'expected a paragraph or a list block',
    ],
    [
      'a paragraph without children',
      body([{ type: 'paragraph' }]),
      'guides.tip.body[0].children',
      'expected children: a list of inline text',
    ],
    [
      'inline content of no known shape',
      body([{ type: 'paragraph', children: [42] }]),
      'guides.tip.body[0].children[0]',
      'expected a string, a text span or a link',
    ],
    [
      'an inline of an unknown type',
      body([{ type: 'paragraph', children: [{ type: 'image', src: '/a.png' }] }]),
      'guides.tip.body[0].children[0]',
      'expected a string, a text span or a link',
    ],
    [
      'a span without text',
      body([{ type: 'paragraph', children: [{ strong: true }] }]),
      'guides.tip.body[0].children[0].text',
      'a text span needs text',
    ],
    [
      'a span with a non-boolean style',
      body([{ type: 'paragraph', children: [{ text: 'a', em: 'yes' }] }]),
      'guides.tip.body[0].children[0].em',
      'expected true or false',
    ],
    [
      'a list whose items are not lists',
      body([{ type: 'list', items: ['one'] }]),
      'guides.tip.body[0].items[0]',
      'expected a list of inline text',
    ],
    [
      'a link inside a link',
      body([
        {
          type: 'paragraph',
          children: [
            { type: 'link', href: '/a', children: [{ type: 'link', href: '/b', children: ['b'] }] },
          ],
        },
      ]),
      'guides.tip.body[0].children[0].children[0]',
      'expected a string, a text span or a link',
    ],
    [
      'a javascript: link in rich text',
      body([
        {
          type: 'paragraph',
          children: [{ type: 'link', href: 'javascript:alert(1)', children: ['x'] }],
        },
      ]),
      'guides.tip.body[0].children[0].href',
      `unsafe link 'javascript:alert(1)'; ${LINK}`,
    ],
    [
      'a link without href',
      body([{ type: 'paragraph', children: [{ type: 'link', children: ['x'] }] }]),
      'guides.tip.body[0].children[0].href',
      'a link needs an href',
    ],
    [
      'an image without alt',
      guideWith('news', { media: { image: { src: '/a.png' } } }),
      'guides.news.media.image.alt',
      "an image needs alt text ('' if it is decorative)",
    ],
    [
      'an image from data:',
      guideWith('news', { media: { image: { src: 'data:image/png;base64,AAAA', alt: '' } } }),
      'guides.news.media.image.src',
      `unsafe media source 'data:image/png;base64,AAAA'; ${MEDIA}`,
    ],
    [
      'a video from mailto:',
      guideWith('news', { media: { video: { src: 'mailto:a@example.com' } } }),
      'guides.news.media.video.src',
      `unsafe media source 'mailto:a@example.com'; ${MEDIA}`,
    ],
    [
      'captions from javascript:',
      guideWith('news', { media: { video: { src: '/v.mp4', captions: 'javascript:x' } } }),
      'guides.news.media.video.captions',
      `unsafe media source 'javascript:x'; ${MEDIA}`,
    ],
    [
      'media with neither image nor video',
      stepWith({ media: {} }),
      'guides.tour.steps[1].media',
      'expected { image } or { video }',
    ],
    [
      'a cta to javascript:',
      guideWith('news', { cta: { label: 'Go', href: 'javascript:alert(1)' } }),
      'guides.news.cta.href',
      `unsafe link 'javascript:alert(1)'; ${LINK}`,
    ],
    [
      'a secondary cta to data:',
      guideWith('news', {
        secondaryCta: { label: 'Go', href: 'data:text/html,<script>alert(1)</script>' },
      }),
      'guides.news.secondaryCta.href',
      `unsafe link 'data:text/html,<script>alert(1)</script>'; ${LINK}`,
    ],
    [
      'a cta without label',
      guideWith('news', { cta: { href: '/export' } }),
      'guides.news.cta.label',
      'a call to action needs a label',
    ],
    [
      'a checklist item linking to vbscript:',
      guideWith('list', { items: [{ id: 'a', label: 'A', href: 'VBScript:msgbox(1)' }] }),
      'guides.list.items[0].href',
      `unsafe link 'VBScript:msgbox(1)'; ${LINK}`,
    ],
    [
      'a protocol-relative cta',
      guideWith('news', { cta: { label: 'Go', href: '//evil.example' } }),
      'guides.news.cta.href',
      `unsafe link '//evil.example'; ${LINK}`,
    ],
  ])('reports %s', (_name, input, path, message) => {
    expect(issuesOf(input)).toEqual([[path, message]]);
  });
});
