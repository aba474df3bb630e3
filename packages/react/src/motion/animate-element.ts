/** For each CSS property (as `element.style` names it, camelCase), its keyframes; `null` for its value now. */
export type Keyframes = Readonly<Record<string, readonly (string | null)[]>>;

/** How long an animation runs and how it eases. */
export interface AnimationTiming {
  /** In seconds. */
  readonly duration: number;
  /** A cubic Bézier curve, as CSS `cubic-bezier()` takes it. */
  readonly ease: readonly [number, number, number, number];
}

/** The animation running on each property of each element, so that a new one takes over. */
const running = new WeakMap<Element, Map<string, Animation>>();

const cssName = (property: string) =>
  property.replace(/[A-Z]/g, (upper) => `-${upper.toLowerCase()}`);

/**
 * Animates `element` with the Web Animations API, one animation per property: a property
 * already animating stops where it stands and goes on from there (its `null` keyframe reads
 * that value), the others run on. Each property's last keyframe stays as the element's inline
 * style once its animation ends, and the animation is then removed, so nothing is left running
 * and no `<style>` is injected (it runs under a strict CSP). Resolves when every property has
 * finished; rejects when one is stopped by a later call. Where Web Animations are missing
 * (jsdom) the last keyframes are written at once.
 *
 * @example
 * await animateElement(surface, { opacity: ['0', '1'] }, { duration: 0.16, ease: [0.16, 1, 0.3, 1] });
 */
export function animateElement(
  element: Element,
  keyframes: Keyframes,
  { duration, ease }: AnimationTiming,
): Promise<void> {
  const { style } = element as Element & ElementCSSInlineStyle;
  const current = getComputedStyle(element);
  const animations = running.get(element) ?? new Map<string, Animation>();
  running.set(element, animations);
  const finishes = Object.entries(keyframes).map(([property, frames]) => {
    const name = cssName(property);
    // Read before the animation it takes over from stops, which would put the value back.
    const values = frames.map((value) => value ?? current.getPropertyValue(name));
    const last = values.at(-1) ?? '';
    animations.get(property)?.cancel();
    if (typeof element.animate !== 'function') {
      style.setProperty(name, last);
      return Promise.resolve();
    }
    const animation = element.animate(
      { [property]: values },
      { duration: duration * 1000, easing: `cubic-bezier(${ease.join(', ')})` },
    );
    animations.set(property, animation);
    return animation.finished.then(() => {
      style.setProperty(name, last);
      animation.cancel();
      if (animations.get(property) === animation) animations.delete(property);
    });
  });
  return Promise.all(finishes).then(() => undefined);
}
