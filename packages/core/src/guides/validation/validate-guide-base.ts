import { parseDateInput } from './parse-date-input';
import { keyPath } from './path';
import { field, isDict } from './read';
import type { Dict } from './read';
import {
  readBoolean,
  readDate,
  readDuration,
  readFiniteNumber,
  readOneOf,
  readPositiveInteger,
  readText,
} from './read-scalars';
import type { Reader } from './read-scalars';
import type { Output } from './read-field';
import { readField } from './read-field';
import { readRule } from './validate-rule';
import { reportUnknownFields } from './unknown-fields';
import { report } from './validation-context';
import type { ValidationContext } from './validation-context';

/** The fields every guide may have, whatever its kind. */
export const GUIDE_BASE_FIELDS = [
  'audience',
  'priority',
  'channel',
  'frequency',
  'schedule',
  'trigger',
  'version',
  'goal',
] as const;

/** Reads what every guide may have: audience, priority, channel, frequency, schedule, trigger, version, goal. */
export function readGuideBase(
  context: ValidationContext,
  guide: Dict,
  path: string,
  output: Output,
): void {
  readField(context, guide, path, output, 'audience', readRule);
  readField(context, guide, path, output, 'priority', readFiniteNumber);
  readField(context, guide, path, output, 'channel', readOneOf(['modal', 'inline']));
  readField(context, guide, path, output, 'frequency', readFrequency);
  readField(context, guide, path, output, 'schedule', readSchedule);
  readField(context, guide, path, output, 'trigger', readTrigger);
  readField(context, guide, path, output, 'version', readPositiveInteger);
  readField(context, guide, path, output, 'goal', readGoal);
}

const readGoal: Reader<Output> = (context, path, value) => {
  if (!isDict(value)) {
    return void report(
      context,
      path,
      "expected { event, within } such as { event: 'project_created', within: '7d' }",
    );
  }
  reportUnknownFields(context, value, path, ['event', 'within']);
  const output: Output = {};
  const event = readField(
    context,
    value,
    path,
    output,
    'event',
    readText,
    'is required: the tracked event that reaches the goal',
  );
  if (event !== undefined) context.references.events.push(event);
  readField(
    context,
    value,
    path,
    output,
    'within',
    readDuration,
    "is required: how long after the start the event still counts, such as '7d'",
  );
  return output;
};

const readFrequency: Reader<Output> = (context, path, value) => {
  if (!isDict(value)) return void report(context, path, 'expected { once?, maxShows?, cooldown? }');
  reportUnknownFields(context, value, path, ['once', 'maxShows', 'cooldown']);
  const output: Output = {};
  readField(context, value, path, output, 'once', readBoolean);
  readField(context, value, path, output, 'maxShows', readPositiveInteger);
  readField(context, value, path, output, 'cooldown', readDuration);
  return output;
};

const readSchedule: Reader<Output> = (context, path, value) => {
  if (!isDict(value)) return void report(context, path, 'expected { from?, until? }');
  reportUnknownFields(context, value, path, ['from', 'until']);
  const output: Output = {};
  const from = parseDateInput(readField(context, value, path, output, 'from', readDate));
  const until = parseDateInput(readField(context, value, path, output, 'until', readDate));
  if (from !== undefined && until !== undefined && from >= until) {
    report(context, path, 'from must be before until');
  }
  return output;
};

/** `'auto'`, `'manual'`, `{ event }` or `{ route }`. */
export const readTrigger: Reader<unknown> = (context, path, value) => {
  if (value === 'auto' || value === 'manual') return value;
  if (isDict(value) && field(value, 'event') !== undefined) {
    reportUnknownFields(context, value, path, ['event']);
    const event = readText(context, keyPath(path, 'event'), value.event);
    if (event !== undefined) context.references.events.push(event);
    return { event };
  }
  if (isDict(value) && field(value, 'route') !== undefined) {
    reportUnknownFields(context, value, path, ['route']);
    return { route: readText(context, keyPath(path, 'route'), value.route) };
  }
  return void report(context, path, "expected 'auto', 'manual', { event } or { route }");
};
