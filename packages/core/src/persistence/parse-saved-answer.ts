import { getOwn, isRecord } from './own-record';
import { asFinite } from './parse-fields';
import type { SavedAnswer } from './types';

/** The attribute names a definition's `saveAs` may use; anything else was not written by one. */
const ATTRIBUTE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const RESERVED: ReadonlySet<string> = new Set(['id', '__proto__', 'constructor', 'prototype']);
/** As long as the longest answer a definition may allow (`DEFINITION_LIMITS.surveyAnswerLength`). */
const MAX_TEXT = 2000;

/**
 * Reads a stored survey answer, or `undefined` when it is not one a survey could have written:
 * a plain attribute name that is not reserved (so a tampered snapshot cannot pose as the user's
 * `id` or reach a prototype), a finite number or a bounded string, and a finite time.
 */
export function parseSavedAnswer(value: unknown): SavedAnswer | undefined {
  if (!isRecord(value)) return undefined;
  const attribute = getOwn(value, 'attribute');
  const answer = getOwn(value, 'value');
  const at = asFinite(getOwn(value, 'at'));
  if (typeof attribute !== 'string' || !ATTRIBUTE_NAME.test(attribute) || RESERVED.has(attribute)) {
    return undefined;
  }
  const number = asFinite(answer);
  const usable =
    number !== undefined
      ? number
      : typeof answer === 'string' && answer.length <= MAX_TEXT
        ? answer
        : undefined;
  if (usable === undefined || at === undefined) return undefined;
  return { attribute, value: usable, at };
}
