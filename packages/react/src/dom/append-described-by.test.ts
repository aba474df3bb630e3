import { describe, expect, it } from 'vitest';
import { appendDescribedBy } from './append-described-by';

function button(describedBy: string | null): HTMLButtonElement {
  const element = document.createElement('button');
  if (describedBy !== null) element.setAttribute('aria-describedby', describedBy);
  return element;
}

describe('appendDescribedBy', () => {
  it.each([
    [null, 'hint', null],
    ['help', 'help hint', 'help'],
    ['help  extra ', 'help extra hint', 'help  extra '],
    ['hint help', 'hint help', 'hint help'],
  ] as const)('turns %j into %j and restores exactly %j', (before, during, after) => {
    const element = button(before);
    const restore = appendDescribedBy(element, 'hint');
    expect(element.getAttribute('aria-describedby')).toBe(during);
    restore();
    expect(element.getAttribute('aria-describedby')).toBe(after);
  });

  it('keeps what others added meanwhile and takes out only its own id', () => {
    const element = button('help');
    const restore = appendDescribedBy(element, 'hint');
    element.setAttribute('aria-describedby', 'help hint status');
    restore();
    expect(element.getAttribute('aria-describedby')).toBe('help status');
  });

  it('lets two hints on one target close in any order', () => {
    const element = button(null);
    const restoreFirst = appendDescribedBy(element, 'first');
    const restoreSecond = appendDescribedBy(element, 'second');
    expect(element.getAttribute('aria-describedby')).toBe('first second');
    restoreFirst();
    expect(element.getAttribute('aria-describedby')).toBe('second');
    restoreSecond();
    expect(element.hasAttribute('aria-describedby')).toBe(false);
  });
});
