import type { DefinitionIssue } from './definition-issue';

type Dict = Readonly<Record<string, unknown>>;

const KINDS: readonly unknown[] = ['tour', 'tooltip', 'checklist', 'announcement', 'survey'];

const isDict = (value: unknown): value is Dict =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isText = (value: unknown): value is string => typeof value === 'string';

const isId = (value: unknown): value is string => isText(value) && value !== '';

const isSpan = (value: unknown): boolean => isText(value) || (isDict(value) && isText(value.text));

const isRun = (run: unknown): boolean =>
  Array.isArray(run) &&
  run.every(
    (inline) =>
      isSpan(inline) ||
      (isDict(inline) && inline.type === 'link' && isRun(inline.children) && isText(inline.href)),
  );

const isContent = (value: unknown): boolean =>
  isText(value) ||
  (Array.isArray(value) &&
    value.every((block) =>
      isDict(block) && block.type === 'list'
        ? Array.isArray(block.items) && block.items.every(isRun)
        : isDict(block) && block.type === 'paragraph' && isRun(block.children),
    ));

const isOptional = (check: (value: unknown) => boolean) => (value: unknown) =>
  value === undefined || check(value);

const isLink = (value: unknown): boolean =>
  isDict(value) && isText(value.label) && isText(value.href);

const isMedia = (value: unknown): boolean =>
  isDict(value) &&
  [value.image, value.video].every(isOptional((source) => isDict(source) && isText(source.src)));

const isTrigger = (value: unknown): boolean =>
  value === 'auto' ||
  value === 'manual' ||
  (isDict(value) && (isText(value.event) || isText(value.route)));

/**
 * Fields each kind renders, and whether they are required: what the engine and the components
 * read without checking. Anything else a definition gets wrong fails closed on its own.
 */
const FIELDS: Readonly<Record<string, Readonly<Record<string, (value: unknown) => boolean>>>> = {
  tour: {},
  tooltip: { target: (value) => value != null, body: isContent, title: isOptional(isContent) },
  checklist: { title: isContent, description: isOptional(isContent) },
  announcement: {
    title: isContent,
    body: isOptional(isContent),
    media: isOptional(isMedia),
    cta: isOptional(isLink),
    secondaryCta: isOptional(isLink),
  },
  survey: {
    title: isOptional(isContent),
    question: (value) =>
      isDict(value) &&
      isContent(value.text) &&
      (value.type === 'nps' ||
        value.type === 'csat' ||
        value.type === 'text' ||
        (value.type === 'choice' &&
          Array.isArray(value.options) &&
          value.options.length > 0 &&
          value.options.every(
            (option) => isDict(option) && isId(option.id) && isText(option.label),
          ))),
    thanks: isOptional(isContent),
    saveAs: isOptional(isId),
  },
};

const STEP_FIELDS: Readonly<Record<string, (value: unknown) => boolean>> = {
  title: isOptional(isContent),
  body: isOptional(isContent),
  media: isOptional(isMedia),
  advanceOn: isOptional(isDict),
};

const ITEM_FIELDS: Readonly<Record<string, (value: unknown) => boolean>> = {
  label: isText,
  description: isOptional(isContent),
  href: isOptional(isText),
  completeOn: isOptional(isDict),
  startGuide: isOptional(isText),
};

function fieldIssue(record: Dict, fields: typeof STEP_FIELDS): string | undefined {
  return Object.keys(fields).find((key) => fields[key]?.(record[key]) === false);
}

/**
 * The first problem that would stop the engine or a component from reading a guide, or
 * `undefined` when it can be read: its kind, its trigger, its steps or items (each an object
 * with a unique id) and the fields its kind renders. A quick check, not validation: production
 * builds of `defineGuidepost` run it instead of the validators and leave out a guide that fails,
 * so a definition that would not validate still never throws in the browser.
 *
 * @example
 * findGuideShapeIssue('tip', { kind: 'tooltip', body: 'Hi' });
 * // { path: 'guides.tip.target', message: 'missing or unreadable', guideId: 'tip' }
 */
export function findGuideShapeIssue(id: string, guide: unknown): DefinitionIssue | undefined {
  const at = `guides.${id}`;
  const issue = (path: string, stepId?: string): DefinitionIssue => ({
    path: `${at}${path}`,
    message: path.endsWith('.id') ? 'missing or duplicate id' : 'missing or unreadable',
    guideId: id,
    ...(stepId === undefined ? {} : { stepId }),
  });
  if (!isDict(guide)) return issue('');
  if (!KINDS.includes(guide.kind)) return issue('.kind');
  if (!isOptional(isTrigger)(guide.trigger)) return issue('.trigger');
  const field = fieldIssue(guide, FIELDS[guide.kind as string] ?? {});
  if (field !== undefined) return issue(`.${field}`);
  if (guide.kind !== 'tour' && guide.kind !== 'checklist') return undefined;
  const [key, fields] = guide.kind === 'tour' ? ['steps', STEP_FIELDS] : ['items', ITEM_FIELDS];
  const list = guide[key];
  if (!Array.isArray(list) || list.length === 0) return issue(`.${key}`);
  const ids = new Set<unknown>();
  for (const [index, entry] of list.entries()) {
    const stepId = guide.kind === 'tour' && isDict(entry) && isId(entry.id) ? entry.id : undefined;
    const path = `.${key}[${index}]`;
    if (!isDict(entry) || !isId(entry.id) || ids.has(entry.id)) return issue(`${path}.id`, stepId);
    ids.add(entry.id);
    const bad = fieldIssue(entry, fields);
    if (bad !== undefined) return issue(`${path}.${bad}`, stepId);
  }
  return undefined;
}
