import { cleanup, render } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { anchor } from './anchor';
import { resolveTarget } from '../dom/resolve-target';

afterEach(cleanup);

describe('anchor', () => {
  it('makes the element it is spread on findable by its anchor name', () => {
    const { getByRole } = render(
      <button type="button" {...anchor('new-project')}>
        New project
      </button>,
    );
    expect(resolveTarget('new-project')).toBe(getByRole('button', { name: 'New project' }));
  });

  it('marks the element in server-rendered markup, before any script runs', () => {
    const html = renderToString(
      <a href="/billing" {...anchor('billing-link')}>
        Billing
      </a>,
    );
    expect(html).toBe('<a href="/billing" data-guidepost="billing-link">Billing</a>');
  });
});
