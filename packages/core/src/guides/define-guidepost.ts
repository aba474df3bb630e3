import { adoptDefinition } from './adopt-definition';
import type {
  DeclaredAnchorsIn,
  GuideIdsIn,
  GuidepostInput,
  NamesOf,
  SegmentNamesIn,
} from './definition-input';
import { GuidepostDefinitionError } from './guidepost-definition-error';
import type { GuidepostDefinition } from './types';
import { assembleDefinition, collectIssues } from './validation/assemble-definition';
import { checkReferences } from './validation/check-references';
import { readDefinition } from './validation/read-definition';

declare const process: { readonly env: { readonly NODE_ENV?: string } };

/**
 * Returns a definition written in code typed with the names it declares, validated in
 * development: guide ids, segment names, step ids, checklist item ids and event names become
 * literal types, so `start('welcom')` or `{ segment: 'newUsr' }` is a compile error.
 *
 * Segment names and guide ids are inferred from the keys where they are declared; every reference
 * to them (`{ segment }`, `{ guide, is }`, `startGuide`, `completeOn: { guide }`) is checked
 * against those keys. Event names are never checked: each one the definition mentions (in
 * `events`, `event` rules, `trigger`, `advanceOn`, `completeOn`) joins `EventName<typeof
 * definition>`, so a misspelt event is caught where the app tracks it. Collecting them from the
 * inferred definition, rather than inferring one type from every place an event appears, keeps
 * inference working when rules are plain functions.
 *
 * In development (`process.env.NODE_ENV` is not `'production'`) it throws a
 * `GuidepostDefinitionError` (code `invalid_definition`) listing every problem, one per line
 * with its path, when anything is wrong, and returns validated copies of the guides, segments
 * and tier rules; functions, elements and refs are kept as given. Production builds skip the
 * validation and take the definition as written, so the validators never reach the browser; a
 * guide that cannot be read is left out on its own, and the engine reports it through `onError`
 * and a `guide_error` event. Definitions from a server go through `parseGuidepost`, which
 * always validates.
 *
 * @example
 * export const guidepost = defineGuidepost({
 *   segments: { trial: { attr: 'plan', eq: 'trial' } },
 *   guides: {
 *     welcome: {
 *       kind: 'tour',
 *       audience: { segment: 'trial' },
 *       steps: [{ id: 'projects', target: 'sidebar-projects', title: 'Your projects' }],
 *     },
 *   },
 * });
 */
export function defineGuidepost<
  // The default matters: the compiler's first inference pass skips function rules and finds no
  // names, and only a permissive default lets it proceed to the pass that infers them.
  const D extends GuidepostInput<SegmentNamesIn<D>, GuideIdsIn<D>, DeclaredAnchorsIn<D>> =
    GuidepostInput,
>(definition: D): GuidepostDefinition<NamesOf<D>> {
  // Written out here rather than behind a helper: bundlers fold the condition only where it
  // stands, and only then drop the validators it guards. No `typeof process` guard: Vite and
  // Storybook replace `process.env.NODE_ENV` but define no `process`, so the guard would turn
  // the checks off there. Without `process` and without a bundler (a page loading the package
  // as is) reading it throws, which reads as production.
  try {
    if (process.env.NODE_ENV !== 'production') {
      const read = readDefinition(definition, true);
      checkReferences(read);
      const issues = collectIssues(read);
      if (issues.length > 0) throw new GuidepostDefinitionError(issues);
      return assembleDefinition(read, () => true) as GuidepostDefinition<NamesOf<D>>;
    }
  } catch (error) {
    if (!(error instanceof ReferenceError) || typeof process !== 'undefined') throw error;
  }
  return adoptDefinition(definition) as GuidepostDefinition<NamesOf<D>>;
}
