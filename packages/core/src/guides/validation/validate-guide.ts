import type { GuideDefinition, GuideKind } from '../types';
import { keyPath } from './path';
import { quote } from './quote';
import { field, isDict } from './read';
import type { Output } from './read-field';
import { readAnnouncement } from './validate-announcement';
import { readChecklist } from './validate-checklist';
import { GUIDE_BASE_FIELDS, readGuideBase } from './validate-guide-base';
import { readTooltip } from './validate-tooltip';
import { readSurvey } from './validate-survey';
import { readTour } from './validate-tour';
import { reportUnknownFields } from './unknown-fields';
import { report } from './validation-context';
import type { ValidationContext } from './validation-context';
import type { Dict } from './read';

/** The reader of each kind's own fields; the schema of the definition format lists these kinds. */
export const KIND_READERS: Record<
  GuideKind,
  (context: ValidationContext, guide: Dict, path: string, output: Output) => void
> = {
  tour: readTour,
  tooltip: readTooltip,
  checklist: readChecklist,
  announcement: readAnnouncement,
  survey: readSurvey,
};

const KIND_FIELDS: Record<GuideKind, readonly string[]> = {
  tour: ['steps'],
  tooltip: ['target', 'title', 'body', 'placement', 'beacon'],
  checklist: ['title', 'description', 'items'],
  announcement: ['title', 'body', 'media', 'cta', 'secondaryCta', 'publishedAt'],
  survey: ['title', 'question', 'saveAs', 'thanks'],
};

// A literal rather than computed from KIND_READERS: a call at module level would keep every
// reader in a production bundle built from the single-file dist, where nothing else does.
const KINDS = 'tour, tooltip, checklist, announcement, survey';

/**
 * Reads one guide: its kind, the fields every guide may have and those its kind needs. Returns
 * the validated copy, which is only meaningful when no issue was reported.
 */
export function readGuide(
  context: ValidationContext,
  path: string,
  guide: unknown,
): GuideDefinition | undefined {
  if (!isDict(guide)) {
    return void report(context, path, `expected a guide object with a kind: ${KINDS}`);
  }
  const kind = field(guide, 'kind');
  if (typeof kind !== 'string' || !Object.hasOwn(KIND_READERS, kind)) {
    const message =
      kind === undefined
        ? `a guide needs a kind: one of ${KINDS}`
        : typeof kind === 'string'
          ? `unknown kind ${quote(kind)}; expected one of ${KINDS}`
          : `expected one of ${KINDS}`;
    return void report(context, keyPath(path, 'kind'), message);
  }
  reportUnknownFields(context, guide, path, [
    'kind',
    ...GUIDE_BASE_FIELDS,
    ...KIND_FIELDS[kind as GuideKind],
  ]);
  const output: Output = { kind };
  readGuideBase(context, guide, path, output);
  KIND_READERS[kind as GuideKind](context, guide, path, output);
  return output as unknown as GuideDefinition;
}
