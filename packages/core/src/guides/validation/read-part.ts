import type { DefinitionPart } from './read-definition';
import { createContext, report } from './validation-context';
import type { ValidationContext } from './validation-context';

/** Reads one part of a definition from its value, writing issues to the part's own context. */
export type PartReader = (
  context: ValidationContext,
  path: string,
  name: string,
  value: unknown,
) => unknown;

/**
 * Reads one part on its own: a part that cannot be read (a throwing getter, a revoked proxy) is
 * reported and dropped, never thrown. Issues of a guide carry its id.
 */
export function readPart(
  code: boolean,
  kind: DefinitionPart['kind'],
  path: string,
  name: string,
  load: () => unknown,
  read: PartReader,
): DefinitionPart {
  const context = createContext(code, kind === 'guide' ? name : undefined);
  let value: unknown;
  try {
    value = read(context, path, name, load());
  } catch {
    report(context, path, 'could not be read');
  }
  return { kind, name, path, value, context };
}
