import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AnchoredArrow } from './anchored-arrow';
import type { Side } from './placement-parts';

afterEach(cleanup);

function arrowFor(side: Side, x?: number, y?: number): SVGSVGElement {
  const { container } = render(
    <AnchoredArrow position={{ side, x, y }} width={16} height={8} className="gp-arrow" />,
  );
  return container.querySelector('svg') as SVGSVGElement;
}

describe('AnchoredArrow', () => {
  it.each<[Side, number | undefined, number | undefined, Partial<CSSStyleDeclaration>]>([
    ['bottom', 30, undefined, { bottom: '100%', left: '30px', transform: 'rotate(180deg)' }],
    ['top', 12, undefined, { top: '100%', left: '12px', transform: '' }],
    ['left', undefined, 20, { left: '100%', top: '20px', transform: 'rotate(-90deg)' }],
    ['right', undefined, 5, { right: '100%', top: '5px', transform: 'rotate(90deg)' }],
  ])('on a surface placed %s of its target, sits at x %s, y %s', (side, x, y, expected) => {
    const svg = arrowFor(side, x, y);
    expect(svg.style).toMatchObject({ position: 'absolute', pointerEvents: 'none', ...expected });
  });

  it('is a square box the arrow turns in, hidden from assistive technology', () => {
    const svg = arrowFor('bottom', 0);
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.getAttribute('width')).toBe('16');
    expect(svg.getAttribute('height')).toBe('16');
    expect(svg.getAttribute('viewBox')).toBe('0 0 16 16');
    expect(svg.querySelector('path')?.getAttribute('d')).toBe('M0,0 H16 L8,8 Z');
    expect(svg.getAttribute('class')).toBe('gp-arrow');
  });

  it('adds a transform of its own after the turn', () => {
    const { container } = render(
      <AnchoredArrow
        position={{ side: 'bottom', x: 0, y: undefined }}
        style={{ transform: 'scale(2)' }}
      />,
    );
    expect((container.querySelector('svg') as SVGSVGElement).style.transform).toBe(
      'rotate(180deg) scale(2)',
    );
  });
});
