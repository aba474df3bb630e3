import type { Dict } from './read';
import { readDate } from './read-scalars';
import type { Output } from './read-field';
import { readField } from './read-field';
import { readContent } from './validate-content';
import { readCta, readMedia } from './validate-media';
import type { ValidationContext } from './validation-context';

/** Reads the fields of an announcement: a title, optional body, media, calls to action and date. */
export function readAnnouncement(
  context: ValidationContext,
  guide: Dict,
  path: string,
  output: Output,
): void {
  readField(context, guide, path, output, 'title', readContent, 'an announcement needs a title');
  readField(context, guide, path, output, 'body', readContent);
  readField(context, guide, path, output, 'media', readMedia);
  readField(context, guide, path, output, 'cta', readCta);
  readField(context, guide, path, output, 'secondaryCta', readCta);
  readField(context, guide, path, output, 'publishedAt', readDate);
}
