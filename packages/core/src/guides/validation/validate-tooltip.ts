import { PLACEMENTS } from './placements';
import type { Dict } from './read';
import { readBoolean, readOneOf } from './read-scalars';
import type { Output } from './read-field';
import { readField } from './read-field';
import { readContent } from './validate-content';
import { readTarget } from './validate-target';
import type { ValidationContext } from './validation-context';

/** Reads the fields of a tooltip: a target and a body, an optional title, placement and beacon. */
export function readTooltip(
  context: ValidationContext,
  guide: Dict,
  path: string,
  output: Output,
): void {
  readField(context, guide, path, output, 'target', readTarget, 'a tooltip needs a target');
  readField(context, guide, path, output, 'title', readContent);
  readField(context, guide, path, output, 'body', readContent, 'a tooltip needs a body');
  readField(context, guide, path, output, 'placement', readOneOf(PLACEMENTS));
  readField(context, guide, path, output, 'beacon', readBoolean);
}
