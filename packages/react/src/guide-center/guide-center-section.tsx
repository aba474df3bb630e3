import { useId, type HTMLAttributes, type ReactNode, type Ref } from 'react';

/** Props of {@link GuideCenterSection}. */
export interface GuideCenterSectionProps extends HTMLAttributes<HTMLElement> {
  /** The section's visible heading, which names it. */
  readonly heading: ReactNode;
  /** Controls shown beside the heading. */
  readonly actions?: ReactNode;
  readonly ref?: Ref<HTMLElement>;
}

/**
 * A region of the panel named by its `<h3>` heading, so screen-reader users can jump between
 * articles, guides, news and contacts.
 */
export function GuideCenterSection({
  heading,
  actions,
  children,
  ref,
  ...props
}: GuideCenterSectionProps) {
  const headingId = `${useId()}heading`;
  return (
    <section {...props} ref={ref} aria-labelledby={headingId}>
      <div className="gp-center-section-header">
        <h3 id={headingId} className="gp-center-heading">
          {heading}
        </h3>
        {actions}
      </div>
      {children}
    </section>
  );
}
