import type { GuideCta, GuideMedia } from '../types';
import { field, isDict } from './read';
import { readBoolean, readHref, readMediaSrc, readString, readText } from './read-scalars';
import type { Reader } from './read-scalars';
import type { Output } from './read-field';
import { readField } from './read-field';
import { reportUnknownFields } from './unknown-fields';
import { report } from './validation-context';

/** Reads `{ image?: { src, alt }, video?: { src, captions?, poster?, title? } }`: one at least. */
export const readMedia: Reader<GuideMedia> = (context, path, value) => {
  if (!isDict(value)) return void report(context, path, 'expected { image } or { video }');
  reportUnknownFields(context, value, path, ['image', 'video']);
  const output: Output = {};
  readField(context, value, path, output, 'image', readImage);
  readField(context, value, path, output, 'video', readVideo);
  if (field(value, 'image') === undefined && field(value, 'video') === undefined) {
    report(context, path, 'expected { image } or { video }');
  }
  return output as GuideMedia;
};

/** Reads an image `{ src, alt }`: in media and wherever a guide shows a picture (a specialist's). */
export const readImage: Reader<Output> = (context, path, value) => {
  if (!isDict(value)) return void report(context, path, 'expected { src, alt }');
  reportUnknownFields(context, value, path, ['src', 'alt']);
  const output: Output = {};
  readField(context, value, path, output, 'src', readMediaSrc, 'an image needs a src');
  readField(
    context,
    value,
    path,
    output,
    'alt',
    readString,
    "an image needs alt text ('' if it is decorative)",
  );
  return output;
};

const readVideo: Reader<Output> = (context, path, value) => {
  if (!isDict(value)) {
    return void report(context, path, 'expected { src, captions?, poster?, title? }');
  }
  reportUnknownFields(context, value, path, ['src', 'captions', 'poster', 'title']);
  const output: Output = {};
  readField(context, value, path, output, 'src', readMediaSrc, 'a video needs a src');
  readField(context, value, path, output, 'captions', readMediaSrc);
  readField(context, value, path, output, 'poster', readMediaSrc);
  readField(context, value, path, output, 'title', readText);
  return output;
};

/** Reads a call to action `{ label, href, newTab? }`; the link must be one Guidepost follows. */
export const readCta: Reader<GuideCta> = (context, path, value) => {
  if (!isDict(value)) return void report(context, path, 'expected { label, href, newTab? }');
  reportUnknownFields(context, value, path, ['label', 'href', 'newTab']);
  const output: Output = {};
  readField(context, value, path, output, 'label', readText, 'a call to action needs a label');
  readField(context, value, path, output, 'href', readHref, 'a call to action needs an href');
  readField(context, value, path, output, 'newTab', readBoolean);
  return output as unknown as GuideCta;
};
