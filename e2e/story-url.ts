/** What to open, and with which toolbar globals (`{ plan: 'pro' }` becomes `globals=plan:pro`). */
export interface StoryTarget {
  id: string;
  /** Alone in the canvas, or as a docs page. */
  viewMode: 'story' | 'docs';
  globals?: Readonly<Record<string, string>>;
}

/**
 * The iframe URL of a story or docs page, as Storybook's own canvas loads it.
 *
 * @example
 * storyUrl('http://127.0.0.1:6006/', { id: 'demo-saas-dashboard--tiers', viewMode: 'story', globals: { ltv: '60000' } });
 * // 'http://127.0.0.1:6006/iframe.html?id=demo-saas-dashboard--tiers&viewMode=story&globals=ltv:60000'
 */
export function storyUrl(baseUrl: string, target: StoryTarget): string {
  const url = new URL('iframe.html', baseUrl);
  url.searchParams.set('id', target.id);
  url.searchParams.set('viewMode', target.viewMode);
  const globals = Object.entries(target.globals ?? {});
  if (globals.length > 0) {
    url.searchParams.set('globals', globals.map(([key, value]) => `${key}:${value}`).join(';'));
  }
  // Storybook splits globals on literal `:` and `;`, so they stay unescaped.
  return url.href.replaceAll('%3A', ':').replaceAll('%3B', ';');
}
