import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { describeElement } from './anchor-of-element';
import { PICKER_IGNORE_ATTRIBUTE } from './use-element-picker';

/** Props of {@link PickHighlight}. */
export interface PickHighlightProps {
  /** The element to outline; nothing is drawn without one. */
  readonly element: Element | null;
}

/**
 * An outline over the element the picker would pick, with its role and name, drawn above the
 * page and ignored by the pointer. It follows scrolling and resizing. Screen readers hear the
 * focused element itself, so the outline is hidden from them.
 */
export function PickHighlight({ element }: PickHighlightProps) {
  const [box, setBox] = useState<DOMRect | null>(null);
  useEffect(() => {
    if (element === null) return;
    const measure = () => setBox(element.getBoundingClientRect());
    measure();
    window.addEventListener('scroll', measure, true);
    window.addEventListener('resize', measure);
    return () => {
      window.removeEventListener('scroll', measure, true);
      window.removeEventListener('resize', measure);
    };
  }, [element]);
  if (element === null || box === null) return null;
  return createPortal(
    <div
      className="gp-devtools-pick-highlight"
      aria-hidden="true"
      {...{ [PICKER_IGNORE_ATTRIBUTE]: '' }}
      style={{
        position: 'fixed',
        top: box.top,
        left: box.left,
        width: box.width,
        height: box.height,
        pointerEvents: 'none',
        outline: '2px solid #2563eb',
        outlineOffset: 2,
        zIndex: 2147483646,
      }}
    >
      <span className="gp-devtools-pick-label">{describeElement(element)}</span>
    </div>,
    document.body,
  );
}
