import {
  useCallback,
  useEffect,
  useId,
  useRef,
  type ChangeEvent,
  type InputHTMLAttributes,
  type Ref,
} from 'react';
import { formatLabel } from '../i18n/format-label';
import { composeEventHandlers } from '../parts/compose-event-handlers';
import { composeRefs } from '../parts/compose-refs';
import { withRef } from '../parts/with-ref';
import { partClassName } from './guide-center-class-names';
import { useGuideCenterContext } from './guide-center-context';
import type { GuideCenterLabels } from './guide-center-labels';

/** Props of {@link GuideCenterSearch}. */
export interface GuideCenterSearchProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'defaultValue' | 'type'
> {
  /**
   * How long typing must pause before the result count is announced, in ms, so a screen reader
   * says the count once rather than at every key. @default 500
   */
  readonly announceDelay?: number;
  readonly ref?: Ref<HTMLInputElement>;
}

/** What the live region says for a search: the count, or that nothing matched. */
export function resultsText(labels: GuideCenterLabels, count: number, query: string): string {
  if (count === 0) return formatLabel(labels.guideCenterNoResults, { query });
  if (count === 1) return labels.guideCenterOneResult;
  return formatLabel(labels.guideCenterResults, { count });
}

/**
 * The search field, in a `search` landmark with a visible label: `GuideCenter.Articles` shows
 * what matches as the user types (title, keywords and body; any part of a word, so Japanese
 * text is found without spaces). Once typing pauses, the result count is said politely, and
 * only when it changed. Your `onChange` runs first and may `preventDefault()`.
 *
 * @example
 * <GuideCenter.Search />
 */
export const GuideCenterSearch = withRef(function GuideCenterSearch({
  announceDelay = 500,
  onChange,
  className,
  ref,
  id,
  ...props
}: GuideCenterSearchProps) {
  const context = useGuideCenterContext('GuideCenterSearch');
  const { query, setQuery, results, announcer, labels, searchRef } = context;
  const generatedId = useId();
  const inputId = id ?? `${generatedId}search`;
  const setRef = useCallback(
    (node: HTMLInputElement | null) => composeRefs(ref, searchRef)(node),
    [ref, searchRef],
  );
  const handleChange = composeEventHandlers<ChangeEvent<HTMLInputElement>>(onChange, (event) =>
    setQuery(event.target.value),
  );

  const said = useRef('');
  const text = query.trim() === '' ? '' : resultsText(labels, results.length, query.trim());
  useEffect(() => {
    if (text === '' || text === said.current) {
      if (text === '') said.current = '';
      return;
    }
    const timer = setTimeout(() => {
      said.current = text;
      announcer.announce(text);
    }, announceDelay);
    return () => clearTimeout(timer);
  }, [text, announcer, announceDelay]);

  return (
    <div role="search" className={partClassName('search', context, className)}>
      <label htmlFor={inputId} className="gp-center-search-label">
        {labels.guideCenterSearch}
      </label>
      <input
        {...props}
        ref={setRef}
        id={inputId}
        type="search"
        value={query}
        placeholder={props.placeholder ?? labels.guideCenterSearchPlaceholder}
        autoComplete="off"
        className="gp-center-search-input"
        onChange={handleChange}
      />
    </div>
  );
});
