import { DEFINITION_LIMITS } from '../definition-limits';
import { indexPath, keyPath } from './path';
import { quote } from './quote';
import { isDict, presentKeys } from './read';
import type { Dict } from './read';
import { readDate, readOneOf, readText } from './read-scalars';
import type { ListReader, Reader, RecordReader } from './read-scalars';
import type { Output } from './read-field';
import { readField } from './read-field';
import { readContent } from './validate-content';
import { readCta, readImage, readMedia } from './validate-media';
import { readRule } from './validate-rule';
import { reportUnknownFields } from './unknown-fields';
import { report } from './validation-context';
import type { ValidationContext } from './validation-context';

/** A language tag as BCP 47 writes it: `ja`, `pt-BR`, `zh-Hant-TW`. */
const LOCALE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/**
 * Reads one help article: a title, a body (text or rich text, links checked), and optionally
 * media, further links, search keywords, an audience rule and the same text in other locales.
 */
export function readArticle(
  context: ValidationContext,
  path: string,
  _id: string,
  value: unknown,
): Output | undefined {
  if (!isDict(value)) return void report(context, path, 'expected a help article object');
  reportUnknownFields(context, value, path, [
    'title',
    'body',
    'media',
    'links',
    'keywords',
    'audience',
    'locales',
  ]);
  const output: Output = {};
  readField(context, value, path, output, 'title', readText, 'an article needs a title');
  readField(context, value, path, output, 'body', readContent, 'an article needs a body');
  readField(context, value, path, output, 'media', readMedia);
  readField(context, value, path, output, 'links', readLinks);
  readField(context, value, path, output, 'keywords', readKeywords);
  readField(context, value, path, output, 'audience', readRule);
  readField(context, value, path, output, 'locales', readLocales(readArticleText));
  return output;
}

/**
 * Reads one contact entry: the touch tier it is for, a title, and optionally a body, the named
 * specialist, when the session starts, media, links, an audience rule and other locales' text.
 */
export function readContact(
  context: ValidationContext,
  path: string,
  _id: string,
  value: unknown,
): Output | undefined {
  if (!isDict(value)) return void report(context, path, 'expected a contact entry object');
  reportUnknownFields(context, value, path, [
    'tier',
    'title',
    'body',
    'specialist',
    'startsAt',
    'media',
    'links',
    'audience',
    'locales',
  ]);
  const output: Output = {};
  readField(
    context,
    value,
    path,
    output,
    'tier',
    readOneOf(['high', 'low', 'tech']),
    'a contact entry needs a tier: high, low or tech',
  );
  readField(context, value, path, output, 'title', readText, 'a contact entry needs a title');
  readField(context, value, path, output, 'body', readContent);
  readField(context, value, path, output, 'specialist', readSpecialist);
  readField(context, value, path, output, 'startsAt', readDate);
  readField(context, value, path, output, 'media', readMedia);
  readField(context, value, path, output, 'links', readLinks);
  readField(context, value, path, output, 'audience', readRule);
  readField(context, value, path, output, 'locales', readLocales(readContactText));
  return output;
}

function readList<T>(read: Reader<T>, what: string): ListReader<T> {
  const readEntries: Reader<T[]> = (context, path, value) => {
    if (!Array.isArray(value)) return void report(context, path, `expected a list of ${what}`);
    if (value.length > DEFINITION_LIMITS.listLength) {
      return void report(context, path, `more than ${DEFINITION_LIMITS.listLength} ${what}`);
    }
    return value
      .map((entry: unknown, index) => read(context, indexPath(path, index), entry))
      .filter((entry): entry is T => entry !== undefined);
  };
  return Object.assign(readEntries, { items: read });
}

const readLinks = readList(readCta, 'links: { label, href, newTab? }');

const readKeywords = readList(readText, 'keywords');

const readSpecialist: Reader<Output> = (context, path, value) => {
  if (!isDict(value)) return void report(context, path, 'expected { name, role?, image? }');
  reportUnknownFields(context, value, path, ['name', 'role', 'image']);
  const output: Output = {};
  readField(context, value, path, output, 'name', readText, 'a specialist needs a name');
  readField(context, value, path, output, 'role', readText);
  readField(context, value, path, output, 'image', readImage);
  return output;
};

const readArticleText: Reader<Output> = (context, path, value) => {
  if (!isDict(value)) return void report(context, path, 'expected { title?, body?, keywords? }');
  reportUnknownFields(context, value, path, ['title', 'body', 'keywords']);
  const output: Output = {};
  readField(context, value, path, output, 'title', readText);
  readField(context, value, path, output, 'body', readContent);
  readField(context, value, path, output, 'keywords', readKeywords);
  return output;
};

const readContactText: Reader<Output> = (context, path, value) => {
  if (!isDict(value)) return void report(context, path, 'expected { title?, body? }');
  reportUnknownFields(context, value, path, ['title', 'body']);
  const output: Output = {};
  readField(context, value, path, output, 'title', readText);
  readField(context, value, path, output, 'body', readContent);
  return output;
};

/** Text by locale; each key a language tag, at most `DEFINITION_LIMITS.localesPerEntry` of them. */
function readLocales(read: Reader<Output>): RecordReader<Output> {
  const readTranslations: Reader<Record<string, Output>> = (context, path, value) => {
    if (!isDict(value)) {
      return void report(context, path, 'expected an object of translations by locale');
    }
    const locales = presentKeys(value);
    if (locales.length > DEFINITION_LIMITS.localesPerEntry) {
      return void report(context, path, `more than ${DEFINITION_LIMITS.localesPerEntry} locales`);
    }
    // A null-prototype copy: locale keys come from data and are looked up by the user's locale.
    const output = Object.create(null) as Record<string, Output>;
    for (const locale of locales) {
      const at = keyPath(path, locale);
      if (!LOCALE.test(locale)) {
        report(
          context,
          at,
          `invalid locale ${quote(locale)}; expected a language tag such as ja or pt-BR`,
        );
        continue;
      }
      const text = read(context, at, (value as Dict)[locale]);
      if (text !== undefined) output[locale] = text;
    }
    return output;
  };
  return Object.assign(readTranslations, { keys: LOCALE, values: read });
}
