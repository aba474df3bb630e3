import {
  cloneElement,
  isValidElement,
  type HTMLAttributes,
  type ReactElement,
  type ReactNode,
  type Ref,
} from 'react';
import { composeEventHandlers } from './compose-event-handlers';
import { composeRefs } from './compose-refs';
import { withRef } from './with-ref';

type AnyProps = Record<string, unknown>;

function mergeProps(slotProps: AnyProps, childProps: AnyProps): AnyProps {
  const merged: AnyProps = { ...slotProps, ...childProps };
  for (const name of Object.keys(slotProps)) {
    const slotValue = slotProps[name];
    const childValue = childProps[name];
    if (
      /^on[A-Z]/.test(name) &&
      typeof slotValue === 'function' &&
      typeof childValue === 'function'
    ) {
      merged[name] = composeEventHandlers(
        childValue as (event: { defaultPrevented: boolean }) => void,
        slotValue as (event: { defaultPrevented: boolean }) => void,
      );
    } else if (name === 'className' && childValue !== undefined) {
      merged[name] = [slotValue, childValue].filter(Boolean).join(' ');
    } else if (name === 'style' && childValue !== undefined) {
      merged[name] = { ...(slotValue as object), ...(childValue as object) };
    }
  }
  return merged;
}

/** A getter React puts on the place a ref is not read from, to warn in development. */
function warnsOnRead(target: object): boolean {
  const getter = Object.getOwnPropertyDescriptor(target, 'ref')?.get as
    { isReactWarning?: boolean } | undefined;
  return getter?.isReactWarning === true;
}

/**
 * The child's own ref: `element.ref` on React 18, `element.props.ref` on React 19. Each
 * version warns in development when the other place is read, so read the one it does not
 * guard.
 */
function elementRef(element: ReactElement<AnyProps>): Ref<HTMLElement> | undefined {
  const legacy = element as unknown as { readonly ref?: Ref<HTMLElement> };
  if (warnsOnRead(element.props)) return legacy.ref;
  if (warnsOnRead(element)) return element.props.ref as Ref<HTMLElement> | undefined;
  return (element.props.ref as Ref<HTMLElement> | undefined) ?? legacy.ref;
}

/** Props of {@link Slot}. */
export interface SlotProps extends HTMLAttributes<HTMLElement> {
  readonly children?: ReactNode;
  readonly ref?: Ref<HTMLElement>;
}

/**
 * Renders its only child with the part's props merged in, for `asChild`: handlers run the
 * child's first (which may `preventDefault` the part's), class names and styles are joined,
 * refs are combined.
 *
 * @example
 * <Slot onClick={next}><a href="/next">Next</a></Slot>
 */
export const Slot = withRef(function Slot({ children, ref, ...props }: SlotProps) {
  if (!isValidElement(children)) {
    throw new Error('`asChild` expects exactly one element as its child');
  }
  const child = children as ReactElement<AnyProps>;
  const childRef = elementRef(child);
  return cloneElement(child, {
    ...mergeProps(props as AnyProps, child.props),
    ref: composeRefs(ref, childRef),
  });
});
