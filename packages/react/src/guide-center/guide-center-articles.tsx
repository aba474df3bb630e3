import type { HTMLAttributes, Ref } from 'react';
import { RichContent } from '../content/rich-content';
import { SurfaceMedia } from '../parts/surface-media';
import { withRef } from '../parts/with-ref';
import { partClassName } from './guide-center-class-names';
import { useGuideCenterContext } from './guide-center-context';
import { GuideCenterLinks } from './guide-center-links';
import { resultsText } from './guide-center-search';
import { GuideCenterSection } from './guide-center-section';

/** Props of {@link GuideCenterArticles}. */
export interface GuideCenterArticlesProps extends HTMLAttributes<HTMLElement> {
  readonly ref?: Ref<HTMLElement>;
}

/**
 * The help articles this user may read, filtered by `GuideCenter.Search` as they type, best
 * match first. Each is a disclosure (`<details>`): its title opens the answer (text or rich
 * text, never HTML), its media and its links. When the search finds nothing it says so.
 * Renders nothing when the user has no articles.
 *
 * @example
 * <GuideCenter.Articles />
 */
export const GuideCenterArticles = withRef(function GuideCenterArticles({
  className,
  ...props
}: GuideCenterArticlesProps) {
  const context = useGuideCenterContext('GuideCenterArticles');
  const { center, results, query, labels, reportUnsafeLink } = context;
  if (center.articles.length === 0) return null;
  const searching = query.trim() !== '';
  return (
    <GuideCenterSection
      {...props}
      heading={labels.guideCenterArticles}
      className={partClassName('articles', context, className)}
    >
      {searching && results.length === 0 ? (
        <p className="gp-center-empty">{resultsText(labels, 0, query.trim())}</p>
      ) : (
        <ul className="gp-center-list">
          {results.map((article) => (
            <li key={article.id} className="gp-center-item" data-article={article.id}>
              <details className="gp-center-details">
                <summary className="gp-center-summary">{article.title}</summary>
                <div className="gp-center-detail gp-description">
                  <RichContent content={article.body} onUnsafeLink={reportUnsafeLink} />
                  <SurfaceMedia media={article.media} className="gp-media" playsInline />
                  <GuideCenterLinks
                    links={article.links}
                    onUnsafeLink={reportUnsafeLink}
                    newTabLabel={labels.guideCenterOpensInNewTab}
                  />
                </div>
              </details>
            </li>
          ))}
        </ul>
      )}
    </GuideCenterSection>
  );
});
