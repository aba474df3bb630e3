import { GuidepostError, type Guidepost } from '@guidepost/core';
import { useCallback, useRef } from 'react';

/**
 * A root's `reportUnsafeLink`: reports a link `isSafeHref` refused to the engine's `onError`,
 * once per link, as an `unsafe_link` error naming where it stands.
 *
 * @param where What holds the link, as the message names it (`checklist 'setup'`).
 * @param guideId The guide the link belongs to, when it belongs to one.
 * @example
 * const reportUnsafeLink = useReportUnsafeLink(engine, `checklist '${id}'`, id);
 */
export function useReportUnsafeLink(
  engine: Pick<Guidepost, 'reportError'>,
  where: string,
  guideId?: string,
): (href: string) => void {
  const reported = useRef(new Set<string>());
  return useCallback(
    (href: string) => {
      if (reported.current.has(href)) return;
      reported.current.add(href);
      const message = `${where} has a link that is not safe: ${href}`;
      engine.reportError(
        new GuidepostError('unsafe_link', message, guideId === undefined ? {} : { guideId }),
      );
    },
    [engine, where, guideId],
  );
}
