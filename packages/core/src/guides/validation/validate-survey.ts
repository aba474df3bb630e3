import { DEFINITION_LIMITS } from '../definition-limits';
import { indexPath, keyPath } from './path';
import { quote } from './quote';
import { isDict } from './read';
import type { Dict } from './read';
import { readId, readOneOf, readText } from './read-scalars';
import type { Reader } from './read-scalars';
import type { Output } from './read-field';
import { readField } from './read-field';
import { readContent } from './validate-content';
import { reportUnknownFields } from './unknown-fields';
import { report } from './validation-context';
import type { ValidationContext } from './validation-context';

const QUESTION_TYPES = ['nps', 'csat', 'choice', 'text'] as const;

const readQuestionType = readOneOf(QUESTION_TYPES);

/** The attribute names `saveAs` may write: plain identifiers, so rules can name them. */
export const ATTRIBUTE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * Names an answer may not take: `id` keys the user's progress and rollouts, and the others are
 * what objects inherit, which rules never read.
 */
export const RESERVED_ATTRIBUTES: ReadonlySet<string> = new Set([
  'id',
  '__proto__',
  'constructor',
  'prototype',
]);

/** Reads the fields of a survey: an optional title and thanks, the question, `saveAs`. */
export function readSurvey(
  context: ValidationContext,
  guide: Dict,
  path: string,
  output: Output,
): void {
  readField(context, guide, path, output, 'title', readContent);
  readField(
    context,
    guide,
    path,
    output,
    'question',
    readQuestion,
    "a survey needs a question: { type: 'nps' | 'csat' | 'choice' | 'text', text }",
  );
  readField(context, guide, path, output, 'saveAs', readAttributeName);
  readField(context, guide, path, output, 'thanks', readContent);
}

/** The name of the user attribute an answer is saved as (`saveAs`). */
export const readAttributeName: Reader<string> = (context, path, value) => {
  if (typeof value !== 'string' || !ATTRIBUTE_NAME.test(value)) {
    return void report(
      context,
      path,
      'expected an attribute name: up to 64 letters, digits and _, not starting with a digit',
    );
  }
  if (RESERVED_ATTRIBUTES.has(value)) {
    return void report(context, path, `${quote(value)} is reserved; choose another name`);
  }
  return value;
};

const readQuestion: Reader<Output> = (context, path, value) => {
  if (!isDict(value)) {
    return void report(context, path, 'expected a question object: { type, text }');
  }
  const output: Output = {};
  // Read first and on its own: the other fields a question may have depend on its type.
  const type = readField(
    context,
    value,
    path,
    output,
    'type',
    readQuestionType,
    `expected one of ${QUESTION_TYPES.join(', ')}`,
  );
  if (type === undefined) return undefined;
  const extra = type === 'choice' ? ['options'] : type === 'text' ? ['maxLength'] : [];
  reportUnknownFields(context, value, path, ['type', 'text', ...extra]);
  readField(context, value, path, output, 'text', readContent, 'a question needs its text');
  if (type === 'choice') {
    readField(context, value, path, output, 'options', readOptions, 'a choice needs options');
  }
  if (type === 'text') readField(context, value, path, output, 'maxLength', readMaxLength);
  return output;
};

/** The longest answer a `text` question takes: 1 to `DEFINITION_LIMITS.surveyAnswerLength`. */
export const readMaxLength: Reader<number> = (context, path, value) => {
  const cap = DEFINITION_LIMITS.surveyAnswerLength;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1 && value <= cap) {
    return value;
  }
  return void report(context, path, `expected a whole number from 1 to ${cap}`);
};

const readOptions: Reader<Output[]> = (context, path, value) => {
  const cap = DEFINITION_LIMITS.surveyOptions;
  if (!Array.isArray(value) || value.length < 2 || value.length > cap) {
    return void report(context, path, `expected a list of 2 to ${cap} options`);
  }
  const seen = new Set<string>();
  return value.map((option: unknown, index) => {
    const optionPath = indexPath(path, index);
    const output: Output = {};
    if (!isDict(option)) {
      report(context, optionPath, 'expected an option object: { id, label }');
      return output;
    }
    reportUnknownFields(context, option, optionPath, ['id', 'label']);
    const id = readField(
      context,
      option,
      optionPath,
      output,
      'id',
      readId,
      'an option needs an id',
    );
    if (id !== undefined) {
      if (seen.has(id))
        report(context, keyPath(optionPath, 'id'), `duplicate option id ${quote(id)}`);
      seen.add(id);
    }
    readField(context, option, optionPath, output, 'label', readText, 'an option needs a label');
    return output;
  });
};
