import type { CSSProperties, HTMLAttributes, Ref } from 'react';
import { RichContent } from '../content/rich-content';
import { formatLabel } from '../i18n/format-label';
import { SurfaceButton } from '../parts/surface-button';
import { withRef } from '../parts/with-ref';
import { partClassName } from './guide-center-class-names';
import { useGuideCenterContext } from './guide-center-context';
import { GuideCenterSection } from './guide-center-section';

/** Props of {@link GuideCenterGuides}. */
export interface GuideCenterGuidesProps extends HTMLAttributes<HTMLElement> {
  readonly ref?: Ref<HTMLElement>;
}

/**
 * "Your guides": the tours this user may replay, each with a Replay button that closes the
 * panel and starts the tour from its first step (the engine's `start(id, { force: true })`;
 * the tour shows where the app renders its `<Tour id>`), and the user's checklists with their
 * progress as text ("2 of 5 done") and a bar. Renders nothing when the user has neither.
 *
 * @example
 * <GuideCenter.Guides />
 */
export const GuideCenterGuides = withRef(function GuideCenterGuides({
  className,
  ...props
}: GuideCenterGuidesProps) {
  const context = useGuideCenterContext('GuideCenterGuides');
  const { center, labels, setOpen, reportUnsafeLink } = context;
  if (center.tours.length === 0 && center.checklists.length === 0) return null;
  return (
    <GuideCenterSection
      {...props}
      heading={labels.guideCenterYourGuides}
      className={partClassName('guides', context, className)}
    >
      <ul className="gp-center-list">
        {center.tours.map((tour) => (
          <li key={tour.id} className="gp-center-item gp-center-row" data-guide={tour.id}>
            <span className="gp-center-item-title">
              {tour.title === undefined ? (
                tour.id
              ) : (
                <RichContent content={tour.title} inline onUnsafeLink={reportUnsafeLink} />
              )}
            </span>
            <SurfaceButton
              className="gp-button"
              data-variant="secondary"
              onClick={() => {
                // Closed first, so the tour's step takes focus from a page without the panel.
                setOpen(false);
                center.replay(tour.id);
              }}
            >
              {labels.guideCenterReplay}
            </SurfaceButton>
          </li>
        ))}
        {center.checklists.map((checklist) => {
          const progress = formatLabel(labels.checklistProgress, {
            done: checklist.done,
            total: checklist.total,
          });
          const share = checklist.total === 0 ? 0 : checklist.done / checklist.total;
          const fill: CSSProperties = { inlineSize: `${Math.round(share * 100)}%` };
          return (
            <li key={checklist.id} className="gp-center-item" data-guide={checklist.id}>
              <span className="gp-center-item-title">
                <RichContent content={checklist.title} inline onUnsafeLink={reportUnsafeLink} />
              </span>
              <span className="gp-center-progress-text">{progress}</span>
              <span className="gp-progress-bar" aria-hidden="true">
                <span className="gp-progress-bar-fill" style={fill} />
              </span>
            </li>
          );
        })}
      </ul>
    </GuideCenterSection>
  );
});
