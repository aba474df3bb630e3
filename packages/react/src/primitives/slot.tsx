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
export function Slot({ children, ref, ...props }: SlotProps) {
  if (!isValidElement(children)) {
    throw new Error('`asChild` expects exactly one element as its child');
  }
  const child = children as ReactElement<AnyProps>;
  const childRef = child.props.ref as Ref<HTMLElement> | undefined;
  return cloneElement(child, {
    ...mergeProps(props as AnyProps, child.props),
    ref: composeRefs(ref, childRef),
  });
}
