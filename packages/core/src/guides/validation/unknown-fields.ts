import { keyPath } from './path';
import { quote } from './quote';
import { presentKeys } from './read';
import type { Dict } from './read';
import { report } from './validation-context';
import type { ValidationContext } from './validation-context';

/**
 * In code, reports every field of `source` that is not in `known`: TypeScript does not flag
 * extra fields of an inferred definition, and a misspelt optional field (`audiance`) would
 * otherwise be ignored without a word. Data from elsewhere may carry fields a newer version
 * knows, so there they are only left out of the copy.
 */
export function reportUnknownFields(
  context: ValidationContext,
  source: Dict,
  path: string,
  known: readonly string[],
): void {
  if (!context.code) return;
  for (const key of presentKeys(source)) {
    if (known.includes(key)) continue;
    const suggestion = closest(key, known);
    const hint = suggestion === undefined ? '' : `; did you mean ${quote(suggestion)}?`;
    report(context, keyPath(path, key), `unknown field ${quote(key)}${hint}`);
  }
}

function closest(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
