import type { GuideKind } from '../../guides/types';
import type { GuidepostPlugin } from '../plugins/guidepost-plugin';

/**
 * The engine's support for one kind of guide besides tours (which every engine serves), given
 * to `createGuidepostEngine` in `kinds`: `tooltipKind`, `checklistKind`, `announcementKind`,
 * `surveyKind`. An app bundles only the kinds it registers; `createGuidepost` registers all.
 * A guide of a kind left out is skipped with a `guide_error` naming the export to add.
 *
 * @example
 * createGuidepostEngine(definition, { kinds: [checklistKind, tooltipKind] });
 */
export interface GuideKindPlugin extends GuidepostPlugin {
  /** The kind of guide it serves. */
  readonly kind: Exclude<GuideKind, 'tour'>;
}

/**
 * Why guide `id`, of `kind`, cannot be served with the kinds `registered`, naming the export
 * to add (each kind's is `<kind>Kind`); `undefined` when it can. The lean engine checks this;
 * `createGuidepost` registers every kind and leaves it out.
 */
export function missingKindMessage(
  id: string,
  kind: string,
  registered: ReadonlySet<string>,
): string | undefined {
  if (kind === 'tour' || registered.has(kind)) return undefined;
  return `guide '${id}' is a ${kind}: add ${kind}Kind from '@guidepost/core/engine' to the engine's kinds`;
}
