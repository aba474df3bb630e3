import {
  forwardRef,
  type ForwardRefExoticComponent,
  type PropsWithoutRef,
  type ReactNode,
  type Ref,
  type RefAttributes,
} from 'react';

/** The element type a `ref` prop of `Props` points to. */
type RefTarget<Props> = Props extends { readonly ref?: Ref<infer Target> | undefined }
  ? Target
  : never;

/**
 * A component whose render function reads `ref` from its props, on React 18 as on React 19.
 * React 19 passes `ref` to function components as a prop; React 18 passes it only through
 * `forwardRef`, and otherwise drops it with "Function components cannot be given refs". The
 * render function is written the React 19 way and gets `ref` back in its props either way.
 *
 * @example
 * export const TourTitle = withRef(function TourTitle({ ref, ...props }: TourTitleProps) {
 *   return <h2 ref={ref} {...props} />;
 * });
 */
export function withRef<Props extends object>(
  render: (props: Props) => ReactNode,
): ForwardRefExoticComponent<PropsWithoutRef<Props> & RefAttributes<RefTarget<Props>>> {
  const component = forwardRef<RefTarget<Props>, Props>((props, ref) =>
    render({ ...props, ref } as Props),
  );
  component.displayName = render.name;
  return component;
}
