import { DEFINITION_LIMITS } from '../definition-limits';
import { indexPath, keyPath } from './path';
import { PLACEMENTS } from './placements';
import { quote } from './quote';
import { field, isDict } from './read';
import type { Dict } from './read';
import { readBoolean, readId, readOneOf, readPositiveMilliseconds, readText } from './read-scalars';
import type { Reader } from './read-scalars';
import type { Output } from './read-field';
import { readField } from './read-field';
import { readContent } from './validate-content';
import { readMedia } from './validate-media';
import { readTarget } from './validate-target';
import { reportUnknownFields } from './unknown-fields';
import { report, withStep } from './validation-context';
import type { ValidationContext } from './validation-context';

/** Reads the fields of a tour: a non-empty list of steps with unique ids. */
export function readTour(
  context: ValidationContext,
  guide: Dict,
  path: string,
  output: Output,
): void {
  readField(context, guide, path, output, 'steps', readSteps, 'a tour needs at least one step');
}

const STEP_FIELDS = [
  'id',
  'target',
  'title',
  'body',
  'media',
  'placement',
  'overlay',
  'advanceOn',
  'onMissing',
  'targetTimeout',
  'route',
  'scrollMargin',
  'focus',
];

const readSteps: Reader<Output[]> = (context, path, value) => {
  if (!Array.isArray(value) || value.length === 0) {
    return void report(context, path, 'a tour needs at least one step');
  }
  if (value.length > DEFINITION_LIMITS.stepsPerTour) {
    return void report(context, path, `a tour has at most ${DEFINITION_LIMITS.stepsPerTour} steps`);
  }
  const seen = new Set<string>();
  return value.map((step: unknown, index) => readStep(context, indexPath(path, index), step, seen));
};

function readStep(
  context: ValidationContext,
  path: string,
  step: unknown,
  seen: Set<string>,
): Output {
  const output: Output = {};
  if (!isDict(step)) {
    report(context, path, 'expected a step object');
    return output;
  }
  const rawId = field(step, 'id');
  const stepContext = withStep(context, typeof rawId === 'string' ? rawId : undefined);
  reportUnknownFields(stepContext, step, path, STEP_FIELDS);
  const id = readField(stepContext, step, path, output, 'id', readId, 'a step needs an id');
  if (id !== undefined) {
    if (seen.has(id)) report(stepContext, keyPath(path, 'id'), `duplicate step id ${quote(id)}`);
    seen.add(id);
  }
  readField(stepContext, step, path, output, 'target', readTarget);
  readField(stepContext, step, path, output, 'title', readContent);
  readField(stepContext, step, path, output, 'body', readContent);
  readField(stepContext, step, path, output, 'media', readMedia);
  readField(stepContext, step, path, output, 'placement', readOneOf(PLACEMENTS));
  readField(stepContext, step, path, output, 'overlay', readOneOf(['block', 'target', 'none']));
  readField(stepContext, step, path, output, 'advanceOn', readAdvance);
  readField(stepContext, step, path, output, 'onMissing', readOneOf(['skip', 'center', 'end']));
  readField(stepContext, step, path, output, 'targetTimeout', readPositiveMilliseconds);
  readField(stepContext, step, path, output, 'route', readText);
  readField(stepContext, step, path, output, 'scrollMargin', readScrollMargin);
  readField(stepContext, step, path, output, 'focus', readOneOf(['step', 'target', 'none']));
  return output;
}

const readAdvance: Reader<Output> = (context, path, value) => {
  if (!isDict(value)) return void report(context, path, 'expected { click?, event?, route? }');
  reportUnknownFields(context, value, path, ['click', 'event', 'route']);
  const output: Output = {};
  readField(context, value, path, output, 'click', readBoolean);
  const event = readField(context, value, path, output, 'event', readText);
  if (event !== undefined) context.references.events.push(event);
  readField(context, value, path, output, 'route', readText);
  if (['click', 'event', 'route'].every((key) => field(value, key) === undefined)) {
    report(context, path, 'expected at least one of click, event, route');
  }
  return output;
};

const readPixels: Reader<number> = (context, path, value) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0
    ? value
    : void report(context, path, 'expected a number of pixels, 0 or more');

const SIDES = ['top', 'right', 'bottom', 'left'];

/** A number of pixels for every side, or `{ top?, right?, bottom?, left? }`. */
export const readScrollMargin: Reader<number | Output> = (context, path, value) => {
  if (!isDict(value)) return readPixels(context, path, value);
  reportUnknownFields(context, value, path, SIDES);
  const output: Output = {};
  for (const side of SIDES) readField(context, value, path, output, side, readPixels);
  return output;
};
